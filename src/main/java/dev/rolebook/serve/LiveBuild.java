package dev.rolebook.serve;

import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.load.ProjectInput;
import dev.rolebook.render.RenderMessage;
import dev.rolebook.render.RenderModel;
import dev.rolebook.render.Renderer;
import dev.rolebook.render.Site;
import dev.rolebook.report.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Check and render in one warm JVM: the {@link Renderer} (and JRuby with it) is created once, so a
 * rebuild after an edit costs milliseconds, not the seconds of a cold start.
 */
final class LiveBuild implements AutoCloseable {
  private final Path project;
  private final Path out;
  private final Renderer renderer;
  private long generation;

  LiveBuild(Path project, Path out) {
    this.project = project;
    this.out = out;
    this.renderer = Renderer.create();
  }

  /** Runs check then render; on failure the previous site stays and the problems are returned. */
  synchronized BuildState build() {
    generation++;
    List<String> problems = new ArrayList<>();
    ProjectInput input = ProjectInput.load(project);
    CheckResult check = Checker.check(input.loaded(), input.targets().targets());
    for (Diagnostic d : check.diagnostics()) {
      if (d.isError()) {
        problems.add(d.location() + ": " + d.code() + " " + d.message());
      }
    }
    Optional<RenderModel> model = RenderModel.of(check, input.targets().targets());
    if (problems.isEmpty() && model.isPresent()) {
      try {
        Site.Result result = Site.build(renderer, model.get(), project, out);
        result.messages().stream().map(RenderMessage::toString).forEach(problems::add);
      } catch (IOException | RuntimeException e) {
        problems.add("render failed: " + e.getMessage());
      }
    } else if (problems.isEmpty()) {
      problems.add("the policy set could not be loaded");
    }
    return new BuildState(generation, problems);
  }

  @Override
  public void close() {
    renderer.close();
  }
}
