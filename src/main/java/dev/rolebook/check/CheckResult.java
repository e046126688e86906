package dev.rolebook.check;

import dev.rolebook.model.PolicySet;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code check} found: sorted diagnostics, size figures per policy and target, the
 * set's hash (empty when the manifest could not be read), and the findings about statements with
 * their policy, Sid and value (the guide's "Known problems" section), in diagnostic order.
 */
public record CheckResult(
    Optional<PolicySet> policySet,
    List<Diagnostic> diagnostics,
    List<SizeFigure> sizes,
    Optional<String> hash,
    List<PolicyFinding> findings) {
  public CheckResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    sizes = List.copyOf(sizes);
    findings = findings.stream()
        .sorted(java.util.Comparator.comparing(PolicyFinding::file).thenComparingInt(PolicyFinding::line)
            .thenComparingInt(PolicyFinding::column).thenComparing(PolicyFinding::code).thenComparing(PolicyFinding::message))
        .toList();
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** True when nothing fails the build: no errors, and no warnings either when {@code strict}. */
  public boolean passes(boolean strict) {
    return count(Severity.ERROR) == 0 && (!strict || count(Severity.WARNING) == 0);
  }
}
