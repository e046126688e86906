package dev.rolebook.render;

import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.load.ProjectInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Not a test: writes this project's guide as plain AsciiDoc that any Asciidoctor can render, each
 * macro replaced by the HTML it renders to and the {@code rb-…} attributes set in the header, so
 * that bench/coldstart-bench.sh can time Ruby Asciidoctor on the same text.
 *
 * <p>Usage: PastedGuide OUTPUT.adoc
 */
public final class PastedGuide {
  public static void main(String[] args) throws Exception {
    Path project = SharedRenderer.PROJECT;
    ProjectInput input = ProjectInput.load(project);
    CheckResult check = Checker.check(input.loaded(), input.targets().targets());
    RenderModel model = RenderModel.of(check, input.targets().targets()).orElseThrow();
    String pasted = ExtensionOverheadBench.pasted(Files.readString(project.resolve("src/docs/guide.adoc")), model);
    StringBuilder attributes = new StringBuilder();
    for (Map.Entry<String, String> e : DocAttributes.of(model).entrySet()) {
      attributes.append(':').append(e.getKey()).append(": ").append(e.getValue()).append('\n');
    }
    // The attribute entries go right after the document title (the header's first line).
    int afterTitle = pasted.indexOf('\n') + 1;
    Files.writeString(Path.of(args[0]), pasted.substring(0, afterTitle) + attributes + pasted.substring(afterTitle));
  }
}
