package dev.rolebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.model.JsonValue;
import dev.rolebook.report.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An evaluation corpus of realistic policy mistakes, one per small policy, of the kinds IAM Access
 * Analyzer's ValidatePolicy, parliament, cfn-lint and iam-policy-validator report (plus clean
 * policies that must stay silent). Each case runs through {@link Checker} as a one-policy project;
 * it counts as caught when a diagnostic of the expected code points at the expected line.
 * {@code src/test/resources/eval/expected.txt} lists the cases; recall is printed at the end.
 */
class LinterEvaluationTest {
  static final Path EVAL = Path.of("src/test/resources/eval");
  private static final List<String> CAUGHT = new ArrayList<>();
  private static final List<String> MISSED = new ArrayList<>();

  @TempDir Path temp;

  record Case(String name, String type, int line, String code) {
    @Override
    public String toString() {
      return name + (code.equals("clean") ? " (clean)" : " → " + code + " at line " + line);
    }
  }

  static Stream<Case> cases() throws IOException {
    return Files.readAllLines(EVAL.resolve("expected.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split(" "))
        .map(f -> new Case(f[0], f[1], f[2].equals("-") ? -1 : Integer.parseInt(f[2]), f[3]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseIsCaughtAtItsLine(Case c) throws IOException {
    Path project = temp.resolve(c.name());
    Path policies = Files.createDirectories(project.resolve("policies"));
    String policy = Files.readString(EVAL.resolve(c.name() + ".json"));
    Files.writeString(policies.resolve("policy.json"), policy);
    Files.writeString(policies.resolve("rolebook.json"), manifest(c, policy));
    List<Diagnostic> found = Checker.check(project).diagnostics();
    List<String> shown = found.stream().map(d -> d.location() + " " + d.code() + " " + d.message()).toList();
    if (c.code().equals("clean")) {
      assertEquals(List.of(), shown, c.name() + " should be clean");
      return;
    }
    boolean caught = found.stream()
        .anyMatch(d -> d.file().equals("policies/policy.json") && d.line() == c.line() && d.code().name().equals(c.code()));
    (caught ? CAUGHT : MISSED).add(c.name());
    assertTrue(caught, c + " not reported; found:\n" + String.join("\n", shown));
  }

  @AfterAll
  static void recall() {
    int total = CAUGHT.size() + MISSED.size();
    if (total > 0) {
      System.out.printf(java.util.Locale.ROOT, "linter evaluation: caught %d of %d mistakes at the right line (%.1f%%)%s%n",
          CAUGHT.size(), total, 100.0 * CAUGHT.size() / total, MISSED.isEmpty() ? "" : "; missed: " + MISSED);
    }
  }

  /** A manifest naming the one policy, with a reason for each statement on every resource. */
  private static String manifest(Case c, String policy) {
    StringBuilder reasons = new StringBuilder();
    for (dev.rolebook.model.Statement st : dev.rolebook.model.PolicyDocument.statementsOf(parse(policy))) {
      if (!c.type().equals("trust") && st.wildcardResource() && st.sid().isPresent()) {
        reasons.append(reasons.length() == 0 ? "" : ",").append("{\"policy\": \"P\", \"sid\": \"").append(st.sid().get())
            .append("\", \"service\": \"Any\", \"reason\": \"Evaluation case.\"}");
      }
    }
    return "{\"title\": \"Evaluation\", \"version\": \"1.0.0\","
        + " \"roles\": [{\"id\": \"r\", \"kind\": \"runtime\", \"name\": \"Role\", \"assumedBy\": \"x\", \"purpose\": \"y\"}],"
        + " \"policies\": [{\"name\": \"P\", \"file\": \"policy.json\", \"type\": \"" + c.type() + "\", \"attachTo\": \"r\", \"scope\": \"s\"}],"
        + " \"resourceReasons\": [" + reasons + "]}";
  }

  private static JsonValue parse(String text) {
    return new dev.rolebook.load.StrictJson().parse("p.json", text).file().orElseThrow().root();
  }
}
