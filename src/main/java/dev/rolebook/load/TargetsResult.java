package dev.rolebook.load;

import dev.rolebook.report.Diagnostic;
import dev.rolebook.substitute.Target;
import java.util.List;
import java.util.Optional;

/**
 * The deployment targets declared in {@code policies/targets.json} (empty when the project has no
 * such file), in file order, and every problem found reading them. A target with a bad value is
 * left out, so whatever is returned can be measured and published.
 */
public record TargetsResult(List<Target> targets, List<Diagnostic> diagnostics) {
  public TargetsResult {
    targets = List.copyOf(targets);
    diagnostics = List.copyOf(diagnostics);
  }

  public Optional<Target> target(String name) {
    return targets.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
