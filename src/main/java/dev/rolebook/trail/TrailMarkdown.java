package dev.rolebook.trail;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The trail report as GitHub-flavoured Markdown, for a pull request or an issue. */
public final class TrailMarkdown {
  private TrailMarkdown() {}

  public static void print(TrailResult r, PrintStream out) {
    out.println("# CloudTrail evidence");
    out.println();
    out.println(String.format(Locale.ROOT, "%,d record%s in %,d file%s: **%,d call%s** of the set's roles, %,d ignored. %s; %s. Matching %s; catalog %s.",
        r.records(), TrailText.s(r.records()), r.files(), TrailText.s(r.files()), r.tracked(), TrailText.s(r.tracked()), r.ignored(),
        TrailText.span(r), TrailText.where(r), r.scope(), r.catalog()));
    out.println();
    out.println("## Denied");
    out.println();
    if (r.denied().isEmpty()) {
      out.println("No denied call is left open.");
    } else {
      out.println("| action | resource | calls | when | suggestion |");
      out.println("|---|---|---|---|---|");
      for (TrailResult.DeniedCall d : r.denied()) {
        TrailResult.Suggestion s = d.suggestion();
        String suggestion = s.present()
            ? (s.extendsSid().isEmpty() ? "new statement in " : "add to " + code(s.extendsSid()) + " of ") + code(s.policy())
                + String.format(Locale.ROOT, " (%,d/%,d)", s.size(), s.limit())
            : cell(s.reason() + (d.notes().isEmpty() ? "" : " (" + String.join("; ", d.notes()) + ")"));
        out.println("| " + code(d.action()) + " | " + (d.resource().isEmpty() ? "" : code(d.resource())) + " | " + d.count()
            + " | " + TrailText.times(d.first(), d.last()) + " | " + suggestion + " |");
      }
      for (TrailResult.DeniedCall d : r.denied()) {
        if (d.suggestion().present()) {
          out.println();
          out.println("`" + d.action() + "` → `" + d.suggestion().policy() + "`:");
          out.println();
          out.println("```json");
          out.println(d.suggestion().statement());
          out.println("```");
        }
      }
    }
    list(out, "Denied though the set grants it (deploy the set)", r.grantedButDenied());
    list(out, "Denied by a policy outside the set", r.deniedElsewhere());
    if (!r.unmapped().isEmpty()) {
      out.println();
      out.println("## Not mapped to an IAM action");
      out.println();
      out.println("| event source | event name | calls | why |");
      out.println("|---|---|---|---|");
      r.unmapped().forEach(u -> out.println("| " + code(u.source()) + " | " + code(u.name()) + " | " + u.count() + " | " + cell(u.reason()) + " |"));
    }
    out.println();
    out.println("## Unused");
    out.println();
    out.println("Granted actions never seen used between " + TrailText.span(r) + ".");
    out.println();
    out.println("| policy | statement | unused | actions |");
    out.println("|---|---|---|---|");
    for (TrailResult.UnusedStatement u : r.unused()) {
      String actions = u.unused().isEmpty() ? "" : String.join(", ", u.unused().stream().map(TrailMarkdown::code).toList());
      String count = u.granted() == 0 ? cell(u.note()) : u.unused().size() + " of " + u.granted();
      out.println("| " + code(u.policy()) + " | " + code(u.sid()) + " | " + count + " | " + actions + " |");
    }
    out.println();
    out.println("## Coverage");
    out.println();
    out.println("| policy | used | granted | share |");
    out.println("|---|---:|---:|---:|");
    r.coverage().forEach(c -> out.println("| " + code(c.policy()) + " | " + c.used() + " | " + c.granted() + " | " + TrailText.percent(c) + "% |"));
  }

  private static void list(PrintStream out, String title, List<TrailResult.DeniedCall> calls) {
    if (calls.isEmpty()) {
      return;
    }
    out.println();
    out.println("## " + title);
    out.println();
    calls.forEach(d -> out.println("- " + code(d.action()) + (d.resource().isEmpty() ? "" : " on " + code(d.resource()))
        + ", " + d.count() + " call" + TrailText.s(d.count()) + (d.notes().isEmpty() ? "" : ": " + cell(String.join("; ", d.notes())))));
  }

  private static String code(String s) {
    return "`" + s.replace("`", "'") + "`";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }
}
