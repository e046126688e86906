package dev.rolebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.load.ProjectLoader;
import dev.rolebook.report.Severity;
import dev.rolebook.testing.Projects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acknowledgements turn a warning into a note that quotes the reason; they never hide it. */
class AcknowledgementTest {
  @TempDir Path temp;

  private CheckResult withAcknowledgement(String entry) {
    Path dir = Projects.copy(temp, m -> m.replace("\"acknowledgements\": [", "\"acknowledgements\": [\n    " + entry + ","));
    return Checker.check(new ProjectLoader().load(dir), List.of());
  }

  private static List<String> lines(CheckResult r, String code) {
    return r.diagnostics().stream().filter(d -> d.code().name().equals(code))
        .map(d -> d.location() + ": " + d.severity().word() + " " + d.message() + " | " + d.hint()).toList();
  }

  @Test
  void acknowledgingEveryFindingOfACodeInAStatement() {
    CheckResult r = withAcknowledgement("{\"policy\": \"IaCRole-ABCA-Application\", \"sid\": \"Lambda\", \"code\": \"LINT002\","
        + " \"reason\": \"Kept to match the published policy.\"}");
    assertEquals(List.of(
        "policies/IaCRole-ABCA-Application.json:62:9: note resource 'arn:aws:lambda:*:*:function:backgroundagent-dev-AWS*' in statement"
            + " Lambda is already covered by 'arn:aws:lambda:*:*:function:backgroundagent-dev-*' (acknowledged in the manifest: Kept to"
            + " match the published policy.) | remove the narrower pattern; it grants nothing the wider one does not",
        "policies/IaCRole-ABCA-Observability.json:89:9: warning resource 'arn:aws:s3:::cdk-hnb659fds-assets-*/*' in statement S3CDKAssets"
            + " is already covered by 'arn:aws:s3:::cdk-hnb659fds-assets-*' | remove the narrower pattern; it grants nothing the wider one"
            + " does not"), lines(r, "LINT002"));
    assertEquals(8, r.count(Severity.WARNING)); // the set's nine warnings, one of them acknowledged here
    assertTrue(r.findings().stream().anyMatch(f -> f.statement().equals("Lambda") && f.acknowledged().isPresent()));
  }

  @Test
  void anAcknowledgementThatMatchesNothingIsStale() {
    CheckResult r = withAcknowledgement("{\"policy\": \"IaCRole-ABCA-Application\", \"sid\": \"Lambda\", \"code\": \"LINT002\","
        + " \"value\": \"arn:aws:lambda:*:*:function:other\", \"reason\": \"r\"}");
    assertEquals(List.of("policies/rolebook.json:296:5: warning acknowledgement of LINT002 'arn:aws:lambda:*:*:function:other' in"
        + " statement Lambda of 'IaCRole-ABCA-Application' matches no warning | remove the entry; the check no longer reports this"),
        lines(r, "MAN007"));
  }

  @Test
  void errorsCannotBeAcknowledged() {
    CheckResult r = withAcknowledgement("{\"policy\": \"IaCRole-ABCA-Application\", \"sid\": \"Lambda\", \"code\": \"IAM023\","
        + " \"reason\": \"r\"}");
    assertEquals(List.of("policies/rolebook.json:296:5: warning acknowledgement of IAM023 in statement Lambda of"
        + " 'IaCRole-ABCA-Application' matches no warning | IAM023 is an error, which cannot be acknowledged: fix the statement"),
        lines(r, "MAN007"));
  }

  @Test
  void anUnknownStatementIsNamed() {
    CheckResult r = withAcknowledgement("{\"policy\": \"IaCRole-ABCA-Application\", \"sid\": \"Lambdas\", \"code\": \"LINT002\","
        + " \"reason\": \"r\"}");
    assertEquals(1, lines(r, "MAN004").size());
    assertTrue(lines(r, "MAN004").get(0).contains("unknown statement 'Lambdas' in 'IaCRole-ABCA-Application'"), lines(r, "MAN004").toString());
  }
}
