package dev.rolebook.load;

import dev.rolebook.report.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A project as the commands see it: the loaded set and its deployment targets, problems merged. */
public record ProjectInput(LoadResult loaded, TargetsResult targets) {
  public static ProjectInput load(Path project) {
    LoadResult loaded = new ProjectLoader().load(project);
    if (loaded.policySet().isEmpty()) {
      return new ProjectInput(loaded, new TargetsResult(List.of(), List.of()));
    }
    TargetsResult targets = new TargetsLoader().load(project, loaded.policySet().get().manifest());
    List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
    all.addAll(targets.diagnostics());
    return new ProjectInput(new LoadResult(loaded.policySet(), all), targets);
  }
}
