package dev.rolebook.diff;

import dev.rolebook.catalog.Catalog;
import dev.rolebook.check.CheckResult;
import dev.rolebook.check.SizeFigure;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.VariantEntry;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.PolicySet;
import dev.rolebook.model.SourceFile;
import dev.rolebook.substitute.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Diffs two loaded revisions of a policy set, policy by policy and variant by variant. A policy's
 * grants are judged against everything always attached to the same role on the other side, so a
 * statement moved between two policies of one role is neutral; a variant is judged against that
 * plus its own other revision, since it is attached only when a deployment enables it.
 */
public final class SetDiffer {
  private final ActionSpace space;

  private SetDiffer(ActionSpace space) {
    this.space = space;
  }

  /** Compares actions as written. */
  public static SetDiffer written() {
    return new SetDiffer(ActionSpace.WRITTEN);
  }

  /** Expands action wildcards with {@code catalog} and ranks risk by access level. */
  public static SetDiffer with(Catalog catalog) {
    return new SetDiffer(new CatalogSpace(catalog));
  }

  public SetDiff diff(Revision base, Revision head) {
    List<UnitDiff> units = new ArrayList<>();
    PolicySet b = base.set();
    PolicySet h = head.set();
    Set<String> policies = new LinkedHashSet<>();
    h.manifest().policies().forEach(p -> policies.add(p.name()));
    b.manifest().policies().forEach(p -> policies.add(p.name()));
    for (String name : policies) {
      Optional<PolicyEntry> be = b.manifest().policy(name);
      Optional<PolicyEntry> he = h.manifest().policy(name);
      PolicyEntry entry = he.or(() -> be).orElseThrow();
      String kind = switch (entry.type()) {
        case PolicyEntry.TRUST -> "trust policy";
        case PolicyEntry.INLINE -> "inline policy";
        default -> entry.when().map(w -> "optional managed policy, when " + w.describe()).orElse("managed policy");
      };
      // An optional policy is judged against the always-attached ones plus its own other revision.
      Optional<Named> selfBase = be.filter(PolicyEntry::optional).flatMap(e -> b.document(name)).map(d -> new Named(name, d));
      Optional<Named> selfHead = he.filter(PolicyEntry::optional).flatMap(e -> h.document(name)).map(d -> new Named(name, d));
      UnitDiff u = unit(name, kind, b.document(name), h.document(name), pool(b, entry, selfBase), pool(h, entry, selfHead),
          size(base.check(), name, List.of()), size(head.check(), name, List.of()));
      units.add(Attachment.compare(u, be, he, b.manifest(), h.manifest()));
    }
    Set<String> variants = new LinkedHashSet<>();
    h.manifest().variants().forEach(v -> variants.add(v.name()));
    b.manifest().variants().forEach(v -> variants.add(v.name()));
    for (String name : variants) {
      VariantEntry v = h.manifest().variant(name).or(() -> b.manifest().variant(name)).orElseThrow();
      Optional<PolicyEntry> extended = h.manifest().policy(v.extendsPolicy()).or(() -> b.manifest().policy(v.extendsPolicy()));
      String kind = "variant of " + v.extendsPolicy();
      PolicyEntry role = extended.orElse(
          new PolicyEntry("", v.extendsPolicy(), "", PolicyEntry.MANAGED, "", "", "", Optional.empty()));
      units.add(unit(name, kind, b.variantDocument(name), h.variantDocument(name),
          pool(b, role, b.variantDocument(name).map(d -> new Named(name, d))),
          pool(h, role, h.variantDocument(name).map(d -> new Named(name, d))),
          size(base.check(), v.extendsPolicy(), List.of(name)), size(head.check(), v.extendsPolicy(), List.of(name))));
    }
    return new SetDiff(base.side(), head.side(), units, describe());
  }

  /**
   * The changes between two revisions of one policy document judged on their own (no other policy
   * of the role in the pools): what the property tests exercise.
   */
  static List<Change> documents(ActionSpace space, String name, SourceFile base, SourceFile head) {
    List<StatementView> b = views(name, Optional.of(new PolicyDocument(base)));
    List<StatementView> h = views(name, Optional.of(new PolicyDocument(head)));
    Grants grants = new Grants(space);
    Pool basePool = new Pool(b.stream().flatMap(s -> grants.of(s).stream()).toList());
    Pool headPool = new Pool(h.stream().flatMap(s -> grants.of(s).stream()).toList());
    return new UnitDiffer(name, space, basePool, headPool).diff(b, h);
  }

  private String describe() {
    return space.describe();
  }

  private record Named(String name, PolicyDocument document) {}

  private UnitDiff unit(String name, String kind, Optional<PolicyDocument> before, Optional<PolicyDocument> after,
      Pool basePool, Pool headPool, Optional<UnitDiff.Size> sizeBefore, Optional<UnitDiff.Size> sizeAfter) {
    List<StatementView> b = views(name, before);
    List<StatementView> h = views(name, after);
    List<Change> changes = new ArrayList<>(new UnitDiffer(name, space, basePool, headPool).diff(b, h));
    String vb = before.flatMap(PolicyDocument::version).orElse("(none)");
    String va = after.flatMap(PolicyDocument::version).orElse("(none)");
    if (before.isPresent() && after.isPresent() && !vb.equals(va)) {
      var at = after.get().source().keyPosition("/Version");
      var was = before.get().source().keyPosition("/Version");
      changes.add(0, new Change(name, "", Element.VERSION, Direction.NEUTRAL, Risk.NONE,
          "policy language Version " + vb + " → " + va, List.of(),
          Optional.of(new Where(after.get().path(), at.line(), at.column())),
          Optional.of(new Where(before.get().path(), was.line(), was.column()))));
    }
    UnitDiff.Status status = before.isEmpty() ? UnitDiff.Status.ADDED
        : after.isEmpty() ? UnitDiff.Status.REMOVED
        : changes.isEmpty() && Objects.equals(sizeBefore, sizeAfter) ? UnitDiff.Status.UNCHANGED : UnitDiff.Status.CHANGED;
    return new UnitDiff(name, kind, status, changes, sizeBefore, sizeAfter);
  }

  private static List<StatementView> views(String unit, Optional<PolicyDocument> doc) {
    return doc.map(d -> d.statements().stream().map(s -> StatementView.of(unit, d.source(), s)).toList()).orElse(List.of());
  }

  /**
   * Grants of one side that a unit is judged against: every policy always attached to the same
   * role (trust policies stand alone: they are the role's own), plus the unit itself when it is a
   * variant or an optional policy ({@code self}).
   */
  private Pool pool(PolicySet set, PolicyEntry unit, Optional<Named> self) {
    Grants grants = new Grants(space);
    List<Grant> all = new ArrayList<>();
    Manifest m = set.manifest();
    boolean trust = unit.type().equals(PolicyEntry.TRUST);
    for (PolicyEntry p : m.policies()) {
      boolean same = p.name().equals(unit.name());
      boolean sibling = !trust && !p.type().equals(PolicyEntry.TRUST) && !unit.attachTo().isEmpty()
          && p.attachTo().equals(unit.attachTo()) && !p.optional();
      if ((same && !p.optional()) || sibling) {
        set.document(p.name()).ifPresent(d -> views(p.name(), Optional.of(d)).forEach(s -> all.addAll(grants.of(s))));
      }
    }
    self.ifPresent(v -> views(v.name(), Optional.of(v.document())).forEach(s -> all.addAll(grants.of(s))));
    return new Pool(all);
  }

  private static Optional<UnitDiff.Size> size(CheckResult check, String policy, List<String> variants) {
    Optional<SizeFigure> written = figure(check, policy, variants, Target.AS_WRITTEN);
    Optional<SizeFigure> worst = figure(check, policy, variants, Target.WORST_CASE);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new UnitDiff.Size(written.get().chars(), worst.map(SizeFigure::chars).orElse(written.get().chars()),
        written.get().limit()));
  }

  private static Optional<SizeFigure> figure(CheckResult check, String policy, List<String> variants, String target) {
    return check.sizes().stream()
        .filter(f -> f.policy().equals(policy) && f.variants().equals(variants) && f.target().equals(target))
        .findFirst();
  }
}
