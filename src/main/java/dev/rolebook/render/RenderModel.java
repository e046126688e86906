package dev.rolebook.render;

import dev.rolebook.catalog.Catalog;
import dev.rolebook.check.CheckResult;
import dev.rolebook.check.PolicyFinding;
import dev.rolebook.check.SizeFigure;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.PolicySet;
import dev.rolebook.substitute.Target;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the guide's macros draw from: a policy set that passed the check, its measured sizes, its
 * hash, its deployment targets, the check's findings about its statements and the IAM catalog the
 * tables expand wildcard actions with. Built once per render; the macros only read it.
 */
public record RenderModel(
    PolicySet set, List<SizeFigure> sizes, String hash, List<Target> targets, List<PolicyFinding> findings, Catalog catalog) {
  public RenderModel {
    sizes = List.copyOf(sizes);
    targets = List.copyOf(targets);
    findings = List.copyOf(findings);
    Objects.requireNonNull(catalog, "catalog");
  }

  /** With the bundled IAM catalog. */
  public RenderModel(PolicySet set, List<SizeFigure> sizes, String hash, List<Target> targets, List<PolicyFinding> findings) {
    this(set, sizes, hash, targets, findings, Catalog.bundled());
  }

  /** The model of a check result without deployment targets; empty when the manifest could not be read. */
  public static Optional<RenderModel> of(CheckResult check) {
    return of(check, List.of());
  }

  /** The model of a check result that measured {@code targets} (each gets an account page). */
  public static Optional<RenderModel> of(CheckResult check, List<Target> targets) {
    return of(check, targets, Catalog.bundled());
  }

  /** As above, the tables expanding wildcard actions through {@code catalog} (e.g. from --catalog). */
  public static Optional<RenderModel> of(CheckResult check, List<Target> targets, Catalog catalog) {
    if (check.policySet().isEmpty() || check.hash().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RenderModel(check.policySet().get(), check.sizes(), check.hash().get(), targets, check.findings(), catalog));
  }

  public Manifest manifest() {
    return set.manifest();
  }

  /** The figure for {@code policy} with exactly {@code variants} joined, under {@code target}. */
  public Optional<SizeFigure> size(String policy, List<String> variants, String target) {
    return sizes.stream()
        .filter(f -> f.policy().equals(policy) && f.variants().equals(variants) && f.target().equals(target))
        .findFirst();
  }

  public Optional<SizeFigure> asWritten(String policy, List<String> variants) {
    return size(policy, variants, Target.AS_WRITTEN);
  }

  public Optional<SizeFigure> worstCase(String policy, List<String> variants) {
    return size(policy, variants, Target.WORST_CASE);
  }

  /** Every as-written figure in check order: each policy, then the policy with its variants. */
  public List<SizeFigure> asWrittenFigures() {
    return sizes.stream().filter(f -> f.target().equals(Target.AS_WRITTEN)).toList();
  }
}
