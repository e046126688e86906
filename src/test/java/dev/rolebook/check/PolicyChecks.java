package dev.rolebook.check;

import dev.rolebook.load.StrictJson;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs the value and grant checks over one policy written inline, as "CODE message | hint" lines. */
final class PolicyChecks {
  static final Placeholders PLACEHOLDERS = new Placeholders(Set.of("ACCOUNT_ID", "REGION"));

  private PolicyChecks() {}

  /** {@code statements}: the JSON of the Statement array's elements, e.g. {@code {"Effect": …}}. */
  static List<String> identity(String statements) {
    return run(statements, false);
  }

  static List<String> trust(String statements) {
    return run(statements, true);
  }

  static List<String> run(String statements, boolean trust) {
    String text = "{\"Version\": \"2012-10-17\", \"Statement\": [" + statements + "]}";
    SourceFile file = new StrictJson().parse("p.json", text).file().orElseThrow(() -> new AssertionError("bad JSON: " + text));
    List<Diagnostic> out = new ArrayList<>();
    Checker.values(new PolicyDocument(file), trust, PLACEHOLDERS, dev.rolebook.catalog.Catalog.bundled(),
        new Findings(file, out, "P", Acknowledgements.NONE, new ArrayList<>()));
    return out.stream().sorted(Diagnostic.ORDER).map(d -> d.code() + " " + d.message() + " | " + d.hint()).toList();
  }

  /** An Allow statement with Sid S granting {@code action} on {@code resource} (JSON values). */
  static String allow(String action, String resource) {
    return "{\"Sid\": \"S\", \"Effect\": \"Allow\", \"Action\": " + action + ", \"Resource\": " + resource + "}";
  }

  static String allow(String action, String resource, String condition) {
    return "{\"Sid\": \"S\", \"Effect\": \"Allow\", \"Action\": " + action + ", \"Resource\": " + resource
        + ", \"Condition\": " + condition + "}";
  }
}
