package dev.rolebook.cloudformation;

import dev.rolebook.load.JsonReadResult;
import dev.rolebook.load.StrictJson;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.Position;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * A CloudFormation template read from YAML or JSON, short-form tags ({@code !Ref}, {@code !Sub},
 * {@code !GetAtt}…) turned into their long form, with every value's position kept by JSON pointer.
 */
public record TemplateFile(SourceFile source) {

  /** The template, or the problems that stopped it from being read (TPL001). */
  public record Read(Optional<TemplateFile> template, List<Diagnostic> diagnostics) {
    public Read {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Reads {@code text}; {@code display} names the file in diagnostics. JSON when it starts with '{'. */
  public static Read read(String display, String text) {
    SourceFile source;
    if (text.stripLeading().startsWith("{")) {
      JsonReadResult parsed = new StrictJson().parse(display, text);
      if (parsed.file().isEmpty()) {
        return new Read(Optional.empty(), parsed.diagnostics().stream()
            .map(d -> new Diagnostic(Code.TPL001.severity(), d.file(), d.line(), d.column(), Code.TPL001,
                "not a JSON template: " + d.message(), d.hint()))
            .toList());
      }
      source = parsed.file().get();
    } else {
      YamlTree.Result parsed = YamlTree.parse(display, text);
      if (parsed.file().isEmpty()) {
        return new Read(Optional.empty(), List.of(parsed.problem().get()));
      }
      source = parsed.file().get();
    }
    if (!(source.root() instanceof JsonObject root) || !(root.get("Resources").orElse(null) instanceof JsonObject)) {
      return new Read(Optional.empty(), List.of(Diagnostic.of(Code.TPL001, display, new Position(1, 1),
          "not a CloudFormation template: it has no Resources section",
          "give the file that 'cdk bootstrap --show-template' prints")));
    }
    return new Read(Optional.of(new TemplateFile(source)), List.of());
  }

  public JsonObject root() {
    return (JsonObject) source.root();
  }

  public String path() {
    return source.path();
  }

  /** A top-level section ("Parameters", "Conditions", "Resources", "Outputs"), empty when absent. */
  public JsonObject section(String name) {
    return root().get(name).orElse(null) instanceof JsonObject o ? o : new JsonObject(List.of());
  }

  public Optional<JsonObject> resource(String logicalId) {
    return section("Resources").get(logicalId).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
  }

  /** The resource's Type, or "". */
  public static String type(JsonValue resource) {
    return resource instanceof JsonObject o && o.get("Type").orElse(null) instanceof JsonValue.JsonString s ? s.value() : "";
  }

  /** Where the value at {@code pointer} was written. */
  public Position position(String pointer) {
    return source.position(pointer);
  }
}
