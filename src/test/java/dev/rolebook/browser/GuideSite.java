package dev.rolebook.browser;

import dev.rolebook.check.Checker;
import dev.rolebook.load.ProjectInput;
import dev.rolebook.render.RenderModel;
import dev.rolebook.render.SharedRenderer;
import dev.rolebook.render.Site;
import dev.rolebook.substitute.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Sites rendered for the browser tests with the test JVM's one shared Renderer (JRuby boots once).
 * This project's guide is rendered at most once per JVM, into target/browser-site, unless
 * {@code -Drolebook.browser.site=DIR} names a site rendered beforehand.
 */
final class GuideSite {
  static final Path OUT = SharedRenderer.PROJECT.resolve("target/browser-site");
  static final Path EXAMPLE = SharedRenderer.PROJECT.resolve("examples/abca-upstream-six-policies");
  private static Path guide;
  private static Path example;

  private GuideSite() {}

  /** The root of the rendered guide of this project. */
  static synchronized Path guide() {
    if (guide == null) {
      String given = System.getProperty("rolebook.browser.site", "");
      guide = given.isBlank() ? render(SharedRenderer.PROJECT, OUT) : Path.of(given).toAbsolutePath();
    }
    return guide;
  }

  /** The example project with optional policies, rendered as Rolebook renders it (once per JVM). */
  static synchronized Path example() {
    if (example == null) {
      example = render(EXAMPLE, SharedRenderer.PROJECT.resolve("target/browser-example-site"));
    }
    return example;
  }

  /** Checks and renders {@code project} into {@code out}; fails the calling test on any message. */
  static Path render(Path project, Path out) {
    // As `render` does: with the project's deployment targets, so the account pages are served too.
    ProjectInput input = ProjectInput.load(project);
    List<Target> targets = input.targets().targets();
    RenderModel model = RenderModel.of(Checker.check(input.loaded(), targets), targets)
        .orElseThrow(() -> new AssertionError("the policies of " + project + " do not load"));
    try {
      Site.Result result = Site.build(SharedRenderer.renderer(), model, project, out);
      if (!result.ok()) {
        throw new AssertionError("rendering " + project + " logged: " + result.messages());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
