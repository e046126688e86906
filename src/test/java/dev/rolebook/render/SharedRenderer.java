package dev.rolebook.render;

import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.load.ProjectLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * One Asciidoctor for the whole test run (JRuby takes seconds to boot) and the model of this
 * repository's own policies/. Tests render one page at a time, as the Renderer requires; the browser
 * tests render their sites with the same instance.
 */
public final class SharedRenderer {
  public static final Path PROJECT = Path.of("").toAbsolutePath();
  /** A frozen copy of policies/ with hostile text added, so golden files do not move with the real set. */
  static final Path FIXTURE = PROJECT.resolve("src/test/resources/fixture-project");
  private static Renderer renderer;
  private static RenderModel model;
  private static RenderModel fixture;

  private SharedRenderer() {}

  public static synchronized Renderer renderer() {
    if (renderer == null) {
      renderer = Renderer.create();
    }
    return renderer;
  }

  static synchronized RenderModel model() {
    if (model == null) {
      model = load(PROJECT);
    }
    return model;
  }

  static synchronized RenderModel fixture() {
    if (fixture == null) {
      fixture = load(FIXTURE);
    }
    return fixture;
  }

  static RenderModel load(Path project) {
    CheckResult check = Checker.check(new ProjectLoader().load(project), List.of());
    return RenderModel.of(check).orElseThrow();
  }

  /** Renders AsciiDoc text as {@code src/docs/test.adoc} against this repository's policies. */
  static Renderer.Page render(String adoc) {
    return renderer().render(adoc, "src/docs/test.adoc", PROJECT, model());
  }

  /** Renders AsciiDoc text against the fixture project's policies. */
  static Renderer.Page renderFixture(String adoc, String displayPath) {
    return renderer().render(adoc, displayPath, FIXTURE, fixture());
  }
}
