package dev.rolebook.load;

import dev.rolebook.model.PolicySet;
import dev.rolebook.report.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What loading a project produced: the policy set when the manifest could be read (documents that
 * failed to parse are missing from it), and every problem found on the way.
 */
public record LoadResult(Optional<PolicySet> policySet, List<Diagnostic> diagnostics) {
  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
