package dev.rolebook.load;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.Manifest.VariantEntry;
import dev.rolebook.model.Position;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.Quote;
import dev.rolebook.substitute.ParameterValues;
import dev.rolebook.substitute.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@code policies/targets.json}: the accounts and Regions the set is deployed to.
 *
 * <pre>{"targets": [{"name": "prod-us", "description": "…", "account": "123456789012",
 *   "region": "us-east-1", "partition": "aws", "qualifier": "prod1", "stack": "backgroundagent-prod",
 *   "variants": ["ecs"]}]}</pre>
 *
 * Apart from {@code name}, {@code description} and {@code variants}, the keys are the manifest's
 * parameter names; a parameter with a default may be left out. Every value is validated exactly as
 * on the command line and reported at its line and column.
 */
public final class TargetsLoader {
  public static final String FILE = "targets.json";
  /** Target names become file and page names: keep them to one safe, lowercase form. */
  static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9-]*$");
  static final int NAME_MAX = 64;

  private final StrictJson json;

  public TargetsLoader() {
    this(new StrictJson());
  }

  public TargetsLoader(StrictJson json) {
    this.json = json;
  }

  /** Loads the project's targets file; a project without one has no targets and no problems. */
  public TargetsResult load(Path projectDir, Manifest manifest) {
    Path file = projectDir.resolve(ProjectLoader.POLICIES_DIR).resolve(FILE);
    String display = ProjectLoader.POLICIES_DIR + "/" + FILE;
    if (!Files.exists(file)) {
      return new TargetsResult(List.of(), List.of());
    }
    byte[] bytes;
    try {
      bytes = Files.size(file) > StrictJson.DEFAULT_MAX_BYTES
          ? new byte[StrictJson.DEFAULT_MAX_BYTES + 1]
          : Files.readAllBytes(file);
    } catch (IOException e) {
      return new TargetsResult(List.of(),
          List.of(Diagnostic.of(Code.JSON006, display, Position.UNKNOWN, "cannot read " + display + ": " + e.getMessage(), "")));
    }
    return read(json.read(display, bytes), manifest);
  }

  /** Reads already-parsed targets text (tests and tools that hold the text). */
  public TargetsResult parse(String display, String text, Manifest manifest) {
    return read(json.parse(display, text), manifest);
  }

  private static TargetsResult read(JsonReadResult parsed, Manifest manifest) {
    List<Diagnostic> sink = new ArrayList<>(parsed.diagnostics());
    if (parsed.file().isEmpty()) {
      return new TargetsResult(List.of(), sink);
    }
    SourceFile f = parsed.file().get();
    if (!(f.root() instanceof JsonValue.JsonObject root)) {
      sink.add(Diagnostic.of(Code.TGT001, f.path(), f.position(""),
          "the targets file must be an object, found " + f.root().typeName(), "{\"targets\": [{\"name\": …}]}"));
      return new TargetsResult(List.of(), sink);
    }
    ObjectReader top = new ObjectReader(f, root, "", Code.TGT001, sink, "the targets file");
    top.allowOnly(Set.of("$schema", "targets"));
    Map<String, String> seen = new HashMap<>();
    List<Target> targets = new ArrayList<>();
    top.list("targets", true, (r, i) -> target(r, manifest, seen, sink)).forEach(t -> t.ifPresent(targets::add));
    return new TargetsResult(targets, sink);
  }

  private static Optional<Target> target(ObjectReader r, Manifest m, Map<String, String> seen, List<Diagnostic> sink) {
    SourceFile f = r.file();
    Set<String> allowed = new TreeSet<>(Set.of("name", "description", "variants"));
    m.parameters().forEach(p -> allowed.add(p.name()));
    r.allowOnly(allowed);
    int before = sink.size();
    String name = r.requiredString("name");
    String namePointer = SourceFile.child(r.pointer(), "name");
    if (!name.isEmpty() && (!NAME.matcher(name).matches() || name.length() > NAME_MAX)) {
      sink.add(Diagnostic.of(Code.TGT002, f.path(), f.position(namePointer),
          "target name '" + Quote.visible(name) + "' is not lowercase letters, digits and hyphens starting with a letter or digit"
              + " (pattern " + NAME.pattern() + ", at most " + NAME_MAX + " characters)",
          "the name becomes a page and folder name: accounts/<name>.html"));
    } else if (!name.isEmpty()) {
      String earlier = seen.putIfAbsent(name, namePointer);
      if (earlier != null) {
        sink.add(Diagnostic.of(Code.TGT003, f.path(), f.position(namePointer),
            "target '" + name + "' is declared twice (first at line " + f.position(earlier).line() + ")",
            "target names must be unique; rename or remove one"));
      }
    }
    String description = r.optionalString("description").orElse("");

    Map<String, String> given = new LinkedHashMap<>();
    for (Parameter p : m.parameters()) {
      if (p.isList()) {
        choices(r, p, name, sink).ifPresent(v -> given.put(p.name(), v));
        continue;
      }
      Optional<String> value = p.defaultValue().isPresent() ? r.optionalString(p.name()) : Optional.of(r.requiredString(p.name()));
      // Missing, mistyped or (when required) empty values were reported by the reads above.
      if (value.isEmpty() || (value.get().isEmpty() && p.defaultValue().isEmpty())) {
        continue;
      }
      Optional<String> problem = ParameterValues.check(p, value.get());
      if (problem.isPresent()) {
        sink.add(Diagnostic.of(Code.TGT004, f.path(), f.position(SourceFile.child(r.pointer(), p.name())),
            "target '" + Quote.visible(name) + "': " + problem.get(),
            p.name() + " must be " + hint(p) + ", e.g. '" + p.example() + "'"));
      } else {
        given.put(p.name(), value.get());
      }
    }
    List<String> variants = variants(r, m, name, sink);
    if (sink.size() > before) {
      return Optional.empty();
    }
    ParameterValues.Result values = ParameterValues.validate(m, given, true);
    if (!values.ok()) {
      return Optional.empty();
    }
    return Optional.of(new Target(name, description.isEmpty() ? describe(m, values) : description, values.substitution(), variants));
  }

  /**
   * A list parameter's value: a JSON array of its choices, joined as the command line gives it
   * ({@code "ecs,lambda-microvm"}); empty when absent (the default applies).
   */
  private static Optional<String> choices(ObjectReader r, Parameter p, String target, List<Diagnostic> sink) {
    SourceFile f = r.file();
    Optional<JsonValue> raw = r.raw(p.name());
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String example = "e.g. \"" + p.name() + "\": [\"" + (p.choices().isEmpty() ? "…" : p.choices().get(0)) + "\"]";
    if (!(raw.get() instanceof JsonArray array)) {
      r.report(p.name(), "'" + p.name() + "' is a list parameter: give an array of its choices, found " + raw.get().typeName(), example);
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    String base = SourceFile.child(r.pointer(), p.name());
    for (int i = 0; i < array.elements().size(); i++) {
      String at = SourceFile.child(base, i);
      if (!(array.elements().get(i) instanceof JsonString s)) {
        sink.add(Diagnostic.of(Code.TGT001, f.path(), f.position(at),
            "'" + p.name() + "' must hold choices as strings, found " + array.elements().get(i).typeName(), example));
        continue;
      }
      Optional<String> problem = ParameterValues.checkChoice(p, s.value());
      if (problem.isPresent()) {
        sink.add(Diagnostic.of(Code.TGT004, f.path(), f.position(at),
            "target '" + Quote.visible(target) + "': " + problem.get(), example));
      } else if (!out.contains(s.value())) {
        out.add(s.value());
      }
    }
    return Optional.of(String.join(",", out));
  }

  private static List<String> variants(ObjectReader r, Manifest m, String target, List<Diagnostic> sink) {
    SourceFile f = r.file();
    Optional<JsonValue> raw = r.raw("variants");
    List<String> out = new ArrayList<>();
    if (raw.isEmpty()) {
      return out;
    }
    String base = SourceFile.child(r.pointer(), "variants");
    if (!(raw.get() instanceof JsonArray array)) {
      r.report("variants", "'variants' must be an array of variant names, found " + raw.get().typeName(), "e.g. \"variants\": [\"ecs\"]");
      return out;
    }
    Set<String> known = new TreeSet<>(m.variants().stream().map(VariantEntry::name).toList());
    for (int i = 0; i < array.elements().size(); i++) {
      String at = SourceFile.child(base, i);
      if (!(array.elements().get(i) instanceof JsonString s)) {
        sink.add(Diagnostic.of(Code.TGT001, f.path(), f.position(at),
            "'variants' must hold variant names, found " + array.elements().get(i).typeName(), "e.g. \"variants\": [\"ecs\"]"));
      } else if (!known.contains(s.value())) {
        sink.add(Diagnostic.of(Code.TGT005, f.path(), f.position(at),
            "target '" + Quote.visible(target) + "' enables unknown variant '" + Quote.visible(s.value()) + "'",
            known.isEmpty() ? "the manifest declares no variants" : "known: " + String.join(", ", known)));
      } else if (!out.contains(s.value())) {
        out.add(s.value());
      }
    }
    return out;
  }

  private static String describe(Manifest m, ParameterValues.Result values) {
    StringBuilder sb = new StringBuilder();
    for (Parameter p : m.parameters()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      if (p.isList()) {
        List<String> chosen = values.substitution().chosen(p.name());
        sb.append(p.name()).append(' ').append(chosen.isEmpty() ? "none" : String.join(",", chosen));
      } else {
        sb.append(p.name()).append(' ').append(values.substitution().valueOf(p));
      }
    }
    return sb.toString();
  }

  private static String hint(Parameter p) {
    return p.patternHint().isEmpty() ? "a value matching " + p.pattern() : p.patternHint();
  }
}
