package dev.rolebook.load;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.ResourceReason;
import dev.rolebook.model.Manifest.Role;
import dev.rolebook.model.Manifest.VariantEntry;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.PolicySet;
import dev.rolebook.model.Releases;
import dev.rolebook.model.Position;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
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
import java.util.regex.PatternSyntaxException;

/** Loads a project's {@code policies/}: the manifest and every document it names. */
public final class ProjectLoader {
  public static final String POLICIES_DIR = "policies";
  /** Files in policies/ that are not policies. */
  static final Set<String> NOT_POLICIES =
      Set.of(Manifest.FILE, "rolebook.schema.json", "targets.json", "evidence.json", Releases.FILE, Releases.SCHEMA_FILE);

  private final StrictJson json;

  public ProjectLoader() {
    this(new StrictJson());
  }

  public ProjectLoader(StrictJson json) {
    this.json = json;
  }

  public LoadResult load(Path projectDir) {
    return load(projectDir, ProjectFiles.directory(projectDir.resolve(POLICIES_DIR)));
  }

  /**
   * Loads a project whose policies/ is read from {@code files} (a git revision, say);
   * {@code projectDir} is only recorded in the set.
   */
  public LoadResult load(Path projectDir, ProjectFiles files) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Path policiesDir = projectDir.resolve(POLICIES_DIR);
    String manifestPath = POLICIES_DIR + "/" + Manifest.FILE;
    Optional<SourceFile> manifestFile = readJson(files, Manifest.FILE, manifestPath, diagnostics, true);
    if (manifestFile.isEmpty()) {
      return new LoadResult(Optional.empty(), diagnostics);
    }
    Optional<Manifest> manifest = ManifestReader.read(manifestFile.get(), diagnostics);
    if (manifest.isEmpty()) {
      return new LoadResult(Optional.empty(), diagnostics);
    }
    Manifest m = manifest.get();
    crossCheck(m, diagnostics);

    Map<String, PolicyDocument> documents = new LinkedHashMap<>();
    for (PolicyEntry p : m.policies()) {
      document(files, policiesDir, m, p.file(), SourceFile.child(p.pointer(), "file"), diagnostics)
          .ifPresent(d -> documents.putIfAbsent(p.name(), d));
    }
    Map<String, PolicyDocument> variants = new LinkedHashMap<>();
    for (VariantEntry v : m.variants()) {
      document(files, policiesDir, m, v.file(), SourceFile.child(v.pointer(), "file"), diagnostics)
          .ifPresent(d -> variants.putIfAbsent(v.name(), d));
    }
    unlistedFiles(files, m, diagnostics);
    return new LoadResult(Optional.of(new PolicySet(projectDir, m, documents, variants)), diagnostics);
  }

  private Optional<PolicyDocument> document(
      ProjectFiles files, Path policiesDir, Manifest m, String file, String pointer, List<Diagnostic> sink) {
    SourceFile manifest = m.source();
    if (file.isBlank()) {
      return Optional.empty();
    }
    Path resolved = policiesDir.resolve(file).normalize();
    if (file.startsWith("/") || file.contains("\\") || !resolved.startsWith(policiesDir.normalize())) {
      sink.add(
          Diagnostic.of(
              Code.MAN002,
              manifest.path(),
              manifest.position(pointer),
              "file '" + file + "' is outside policies/",
              "name a file inside policies/, relative to it"));
      return Optional.empty();
    }
    String relative = policiesDir.normalize().relativize(resolved).toString().replace('\\', '/');
    String display = POLICIES_DIR + "/" + relative;
    if (!files.isFile(relative)) {
      boolean directory = files.isDirectory(relative);
      sink.add(
          Diagnostic.of(
              Code.JSON006,
              manifest.path(),
              manifest.position(pointer),
              "policy file '" + file + "' " + (directory ? "is a directory" : "does not exist"),
              directory ? "name the JSON file inside it" : "create " + display + " or fix the file name"));
      return Optional.empty();
    }
    return readJson(files, relative, display, sink, false).map(PolicyDocument::new);
  }

  private Optional<SourceFile> readJson(
      ProjectFiles files, String file, String display, List<Diagnostic> sink, boolean isManifest) {
    byte[] bytes;
    try {
      Optional<byte[]> read = files.read(file, StrictJson.DEFAULT_MAX_BYTES);
      if (read.isEmpty()) {
        throw new NoSuchFileException(display);
      }
      bytes = read.get();
    } catch (NoSuchFileException e) {
      sink.add(
          isManifest
              ? Diagnostic.of(
                  Code.MAN001,
                  display,
                  Position.UNKNOWN,
                  "no manifest at " + display,
                  "create it; README's \"Manifest format\" section shows the fields")
              : Diagnostic.of(Code.JSON006, display, Position.UNKNOWN, "cannot read " + display, ""));
      return Optional.empty();
    } catch (IOException e) {
      sink.add(Diagnostic.of(Code.JSON006, display, Position.UNKNOWN, "cannot read " + display + ": " + e.getMessage(), ""));
      return Optional.empty();
    }
    JsonReadResult result = json.read(display, bytes);
    sink.addAll(result.diagnostics());
    return result.file();
  }

  /** Names unique, references resolvable, patterns valid: the manifest's own consistency. */
  private static void crossCheck(Manifest m, List<Diagnostic> sink) {
    SourceFile f = m.source();
    Map<String, String> names = new HashMap<>();
    for (PolicyEntry p : m.policies()) {
      unique(f, names, p.name(), p.pointer(), "policy", sink);
    }
    for (VariantEntry v : m.variants()) {
      unique(f, names, v.name(), v.pointer(), "variant", sink);
    }
    Map<String, String> roleIds = new HashMap<>();
    for (Role r : m.roles()) {
      unique(f, roleIds, r.id(), r.pointer(), "role", sink);
      r.variant()
          .filter(v -> m.variant(v).isEmpty())
          .ifPresent(v -> unknown(f, SourceFile.child(r.pointer(), "variant"), "variant", v, variantNames(m), sink));
    }
    Map<String, String> params = new HashMap<>();
    for (Parameter p : m.parameters()) {
      unique(f, params, p.name(), p.pointer(), "parameter", sink);
      parameter(f, p, sink);
    }
    Set<String> roleNames = new TreeSet<>(roleIds.keySet());
    for (PolicyEntry p : m.policies()) {
      if (!p.attachTo().isEmpty() && !roleIds.containsKey(p.attachTo())) {
        unknown(f, SourceFile.child(p.pointer(), "attachTo"), "role", p.attachTo(), roleNames, sink);
      }
      p.when().ifPresent(w -> OptionalPolicies.check(m, p, w, sink));
    }
    Set<String> policyNames = new TreeSet<>();
    m.policies().forEach(p -> policyNames.add(p.name()));
    for (VariantEntry v : m.variants()) {
      if (!v.extendsPolicy().isEmpty() && m.policy(v.extendsPolicy()).isEmpty()) {
        unknown(f, SourceFile.child(v.pointer(), "extends"), "policy", v.extendsPolicy(), policyNames, sink);
      }
    }
    Map<String, String> reasonKeys = new HashMap<>();
    for (ResourceReason r : m.reasons()) {
      unique(f, reasonKeys, r.policy() + "/" + r.sid(), r.pointer(), "resource reason", sink);
      if (!r.policy().isEmpty() && m.policy(r.policy()).isEmpty() && m.variant(r.policy()).isEmpty()) {
        Set<String> owners = new TreeSet<>(policyNames);
        owners.addAll(variantNames(m));
        unknown(f, SourceFile.child(r.pointer(), "policy"), "policy or variant", r.policy(), owners, sink);
      }
    }
    for (Manifest.Acknowledgement a : m.acknowledgements()) {
      if (!a.policy().isEmpty() && m.policy(a.policy()).isEmpty() && m.variant(a.policy()).isEmpty()) {
        Set<String> owners = new TreeSet<>(policyNames);
        owners.addAll(variantNames(m));
        unknown(f, SourceFile.child(a.pointer(), "policy"), "policy or variant", a.policy(), owners, sink);
      }
    }
  }

  private static void parameter(SourceFile f, Parameter p, List<Diagnostic> sink) {
    if (p.isList()) {
      OptionalPolicies.checkChoices(f, p, sink);
      return;
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(p.pattern());
    } catch (PatternSyntaxException e) {
      sink.add(
          Diagnostic.of(
              Code.MAN005,
              f.path(),
              f.position(SourceFile.child(p.pointer(), "pattern")),
              "pattern '" + p.pattern() + "' of parameter '" + p.name() + "' is not a valid regular expression: "
                  + e.getDescription(),
              "patterns use the syntax shared by Java and JavaScript, e.g. ^[0-9]{12}$"));
      return;
    }
    matches(f, p, pattern, "example", Optional.of(p.example()), sink);
    matches(f, p, pattern, "default", p.defaultValue(), sink);
    if (p.maxLength() == 0) {
      sink.add(
          Diagnostic.of(
              Code.MAN002,
              f.path(),
              f.position(p.pointer()),
              "missing field 'maxLength' in parameter '" + p.name() + "'",
              "the worst-case size check needs the longest value you support"));
    }
  }

  private static void matches(
      SourceFile f, Parameter p, Pattern pattern, String field, Optional<String> value, List<Diagnostic> sink) {
    if (value.isPresent() && !value.get().isEmpty() && !pattern.matcher(value.get()).matches()) {
      sink.add(
          Diagnostic.of(
              Code.MAN005,
              f.path(),
              f.position(SourceFile.child(p.pointer(), field)),
              field + " '" + value.get() + "' of parameter '" + p.name() + "' does not match its pattern '" + p.pattern() + "'",
              "fix the " + field + " or the pattern"));
    }
  }

  private static void unique(
      SourceFile f, Map<String, String> seen, String name, String pointer, String what, List<Diagnostic> sink) {
    if (name.isEmpty()) {
      return;
    }
    String earlier = seen.putIfAbsent(name, pointer);
    if (earlier != null) {
      sink.add(
          Diagnostic.of(
              Code.MAN003,
              f.path(),
              f.position(pointer),
              what + " '" + name + "' is declared twice (first at line " + f.position(earlier).line() + ")",
              "names must be unique; rename or remove one"));
    }
  }

  private static void unknown(
      SourceFile f, String pointer, String what, String name, Set<String> known, List<Diagnostic> sink) {
    sink.add(
        Diagnostic.of(
            Code.MAN004,
            f.path(),
            f.position(pointer),
            "unknown " + what + " '" + name + "'",
            known.isEmpty() ? "declare it first" : "known: " + String.join(", ", known)));
  }

  private static Set<String> variantNames(Manifest m) {
    Set<String> out = new TreeSet<>();
    m.variants().forEach(v -> out.add(v.name()));
    return out;
  }

  private static void unlistedFiles(ProjectFiles policiesDir, Manifest m, List<Diagnostic> sink) {
    Set<String> listed = new TreeSet<>(NOT_POLICIES);
    m.policies().forEach(p -> listed.add(p.file()));
    m.variants().forEach(v -> listed.add(v.file()));
    try {
      policiesDir.list().stream()
          .filter(n -> n.endsWith(".json") && !listed.contains(n))
          .forEach(
              n ->
                  sink.add(
                      Diagnostic.of(
                          Code.MAN006,
                          POLICIES_DIR + "/" + n,
                          Position.UNKNOWN,
                          "'" + n + "' is not named by the manifest, so nothing checks or publishes it",
                          "add it to \"policies\" or \"variants\" in " + POLICIES_DIR + "/" + Manifest.FILE)));
    } catch (IOException e) {
      sink.add(Diagnostic.of(Code.JSON006, POLICIES_DIR, Position.UNKNOWN, "cannot list policies/: " + e.getMessage(), ""));
    }
  }
}
