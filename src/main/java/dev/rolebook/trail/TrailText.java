package dev.rolebook.trail;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The trail report for a terminal: the evidence, then Denied, Unused and Coverage. */
public final class TrailText {
  private TrailText() {}

  public static void print(TrailResult r, PrintStream out) {
    out.println(String.format(Locale.ROOT, "evidence: %,d file%s, %,d record%s: %,d call%s of the set's roles, %,d ignored (other identities, not API calls)",
        r.files(), s(r.files()), r.records(), s(r.records()), r.tracked(), s(r.tracked()), r.ignored()));
    out.println("  time:     " + span(r));
    out.println("  where:    " + where(r));
    r.roles().forEach((role, n) -> out.println(String.format(Locale.ROOT, "  role:     %s (%,d call%s)", role, n, s(n))));
    out.println("  matching: " + r.scope());
    out.println("  catalog:  " + r.catalog());
    out.println();
    out.println("Denied calls the set does not grant (" + r.denied().size() + "):");
    if (r.denied().isEmpty()) {
      out.println("  none");
    }
    r.denied().forEach(d -> denied(d, out, true));
    section(out, "Denied calls the set already grants (deploy the set)", r.grantedButDenied());
    section(out, "Denied by a policy outside the set", r.deniedElsewhere());
    if (!r.notGranted().isEmpty()) {
      out.println();
      out.println("Calls that succeeded though the set does not grant them (the deployed policies differ):");
      r.notGranted().forEach(n -> out.println(String.format(Locale.ROOT, "  %s (%,d): %s", n.action(), n.count(), n.outcome())));
    }
    if (!r.unmapped().isEmpty()) {
      out.println();
      out.println("Events not mapped to an IAM action (" + r.unmapped().size() + "):");
      r.unmapped().forEach(u -> out.println(String.format(Locale.ROOT, "  %s %s (%,d): %s", u.source(), u.name(), u.count(), u.reason())));
    }
    out.println();
    out.println("Unused: granted actions never seen in the evidence (" + span(r) + "):");
    for (TrailResult.UnusedStatement u : r.unused()) {
      String head = "  " + u.policy() + " \u203a " + u.sid() + ": ";
      if (u.granted() == 0 && !u.note().isEmpty()) {
        out.println(head + u.note());
        continue;
      }
      out.println(head + u.unused().size() + " of " + u.granted() + " unused");
      if (!u.unused().isEmpty()) {
        out.println("    " + String.join(", ", u.unused()));
      }
      if (!u.note().isEmpty()) {
        out.println("    (" + u.note() + ")");
      }
    }
    out.println();
    out.println("Coverage (distinct granted actions seen used):");
    int width = r.coverage().stream().mapToInt(c -> c.policy().length()).max().orElse(0);
    for (TrailResult.Coverage c : r.coverage()) {
      out.println(String.format(Locale.ROOT, "  %-" + width + "s  %,d/%,d (%d%%)", c.policy(), c.used(), c.granted(), percent(c)));
    }
    if (r.overflow() > 0) {
      out.println();
      out.println(String.format(Locale.ROOT, "note: %,d events fell beyond the %,d distinct rows kept per list and were only counted", r.overflow(), Trail.MAX_ROWS));
    }
    out.println();
    out.println("trail: " + r.denied().size() + " denied call" + s(r.denied().size()) + " open, "
        + r.unmapped().size() + " unmapped event name" + s(r.unmapped().size()));
  }

  private static void section(PrintStream out, String title, List<TrailResult.DeniedCall> calls) {
    if (calls.isEmpty()) {
      return;
    }
    out.println();
    out.println(title + " (" + calls.size() + "):");
    calls.forEach(d -> denied(d, out, false));
  }

  private static void denied(TrailResult.DeniedCall d, PrintStream out, boolean withSuggestion) {
    out.println(String.format(Locale.ROOT, "  %s%s: %,d call%s, %s",
        d.action(), d.resource().isEmpty() ? "" : " on " + d.resource(), d.count(), s(d.count()), times(d.first(), d.last())));
    d.notes().forEach(n -> out.println("    " + n));
    TrailResult.Suggestion s = d.suggestion();
    if (!withSuggestion) {
      return;
    }
    if (!s.present()) {
      out.println("    no suggestion: " + s.reason());
      return;
    }
    String size = String.format(Locale.ROOT, "%,d/%,d characters in the worst case", s.size(), s.limit());
    out.println(s.extendsSid().isEmpty()
        ? "    suggest: a new statement in " + s.policy() + " (" + size + "):"
        : "    suggest: add " + d.action() + " to statement " + s.extendsSid() + " of " + s.policy() + " (" + size + "):");
    s.statement().lines().forEach(l -> out.println("      " + l));
  }

  static String span(TrailResult r) {
    return r.from().isEmpty() ? "no calls of the set's roles" : r.from() + " to " + r.to();
  }

  static String where(TrailResult r) {
    return (r.regions().isEmpty() ? "no Region" : "Region" + s(r.regions().size()) + " " + String.join(", ", r.regions()))
        + (r.accounts().isEmpty() ? "" : "; account" + s(r.accounts().size()) + " " + String.join(", ", r.accounts()));
  }

  static String times(String first, String last) {
    if (first.isEmpty()) {
      return "time not recorded";
    }
    return first.equals(last) ? first : first + " to " + last;
  }

  static int percent(TrailResult.Coverage c) {
    return c.granted() == 0 ? 0 : (int) (100L * c.used() / c.granted());
  }

  static String s(long n) {
    return n == 1 ? "" : "s";
  }
}
