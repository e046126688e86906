package dev.rolebook.check;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Limits;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.VariantEntry;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.PolicySet;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.substitute.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * IAM's size quotas, measured on the document IAM receives under each target (with the optional
 * policies that target chooses; as written and in the worst case, all of them): managed policies
 * (6,144), trust policies (the manifest's quota, 2,048 by default), and a role's inline policies
 * together (10,240). Warns when headroom falls under the manifest's margin.
 */
final class SizeCheck {
  private SizeCheck() {}

  static List<SizeFigure> measure(PolicySet set, List<Target> targets, List<Diagnostic> out) {
    List<SizeFigure> figures = new ArrayList<>();
    Manifest m = set.manifest();
    Limits limits = m.limits();
    for (Target target : targets) {
      Map<String, Integer> inlinePerRole = new LinkedHashMap<>();
      for (Map.Entry<PolicyEntry, PolicyDocument> e : set.entries().entrySet()) {
        PolicyEntry p = e.getKey();
        // A target measures only what it deploys; as written and the worst case choose everything.
        if (!target.substitution().attaches(p)) {
          continue;
        }
        for (List<String> variants : combinations(set, p, target)) {
          Optional<JsonValue> doc = set.combined(p.name(), variants);
          if (doc.isEmpty()) {
            continue;
          }
          int chars = PolicySize.of(target.substitution().apply(doc.get()));
          int limit = switch (p.type()) {
            case PolicyEntry.TRUST -> limits.trustPolicyMaxChars();
            case PolicyEntry.INLINE -> Limits.ROLE_INLINE_MAX_CHARS;
            default -> Limits.MANAGED_POLICY_MAX_CHARS;
          };
          SizeFigure f = new SizeFigure(p.name(), variants, target.name(), chars, limit);
          figures.add(f);
          if (p.type().equals(PolicyEntry.INLINE)) {
            if (variants.size() == variantsOf(set, p).size()) {
              inlinePerRole.merge(p.attachTo(), chars, Integer::sum);
            }
            continue;
          }
          judge(f, p.type().equals(PolicyEntry.TRUST) ? Code.IAM002 : Code.IAM001, target, e.getValue(), limits, out);
        }
      }
      inlinePerRole.forEach((role, total) -> {
        if (total > Limits.ROLE_INLINE_MAX_CHARS) {
          out.add(Diagnostic.of(Code.IAM003, m.source().path(), m.source().position(m.role(role).map(Manifest.Role::pointer).orElse("")),
              String.format(Locale.ROOT, "inline policies of role '%s' total %,d characters %s; IAM allows %,d per role",
                  role, total, under(target), Limits.ROLE_INLINE_MAX_CHARS),
              "move some statements into a managed policy"));
        }
      });
    }
    return figures;
  }

  private static void judge(SizeFigure f, Code code, Target target, PolicyDocument doc, Limits limits, List<Diagnostic> out) {
    if (f.chars() > f.limit()) {
      out.add(Diagnostic.of(code, doc.path(), doc.source().position(""),
          String.format(Locale.ROOT, "%s is %,d characters %s; the limit is %,d (%,d over)",
              f.label(), f.chars(), under(target), f.limit(), f.chars() - f.limit()),
          code == Code.IAM002
              ? "shorten the trust policy, or raise the quota (L-C07B4B0D) and set limits.trustPolicyMaxChars in the manifest"
              : "split the statements into another managed policy; white space does not count, so reformatting will not help"));
    } else if (100L * f.headroom() < (long) limits.headroomWarningPercent() * f.limit()) {
      out.add(Diagnostic.of(Code.IAM005, doc.path(), doc.source().position(""),
          String.format(Locale.ROOT, "%s is %,d of %,d characters %s: %,d left, under the %d%% margin",
              f.label(), f.chars(), f.limit(), under(target), f.headroom(), limits.headroomWarningPercent()),
          "plan a split before the next addition, or lower limits.headroomWarningPercent"));
    }
  }

  static String under(Target target) {
    return switch (target.name()) {
      case Target.AS_WRITTEN -> "as written";
      case Target.WORST_CASE -> "in the worst case (" + target.description() + ")";
      default -> "for target '" + target.name() + "'";
    };
  }

  /**
   * What to measure for one policy. As written and in the worst case: the policy alone, then with each of its variants
   * (and all of them together when there are several). A deployment target: the policy with
   * exactly the variants that target enables, since that is the one document it deploys.
   */
  private static List<List<String>> combinations(PolicySet set, PolicyEntry p, Target target) {
    List<String> all = variantsOf(set, p);
    List<List<String>> out = new ArrayList<>();
    if (target.name().equals(Target.AS_WRITTEN) || target.name().equals(Target.WORST_CASE)) {
      out.add(List.of());
      all.forEach(v -> out.add(List.of(v)));
      if (all.size() > 1) {
        out.add(all);
      }
      return out;
    }
    out.add(all.stream().filter(target.variants()::contains).toList());
    return out;
  }

  private static List<String> variantsOf(PolicySet set, PolicyEntry p) {
    return set.variantsOf(p.name()).stream().map(VariantEntry::name).toList();
  }
}
