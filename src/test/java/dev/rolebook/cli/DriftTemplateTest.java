package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift --against template.yaml}: a bootstrap template's managed policies against the set,
 * hard-coded parameters, missing policies and the recorded version and hash.
 */
class DriftTemplateTest {
  private static final String MINI = BootstrapTemplateCommandTest.MINI;
  private static final String UPSTREAM_SET = "src/test/resources/template/upstream-abca";

  @TempDir Path temp;

  private Path generated() {
    Path out = temp.resolve("bootstrap.yaml");
    Run r = Run.of("bootstrap-template", "--project", MINI, "--base", BootstrapTemplateCommandTest.BASE, "--out", out.toString());
    assertEquals(0, r.code(), r.printed());
    return out;
  }

  @Test
  void aGeneratedTemplateIsInSync() {
    Run r = Run.of("drift", "--project", MINI, "--against", generated().toString());
    assertEquals(0, r.code(), r.printed());
    assertTrue(r.printed().contains(": 3 managed policies of the set, 3 in sync\n"), r.printed());
    assertTrue(r.printed().endsWith("drift: IN SYNC: 3 of 3 policy blocks equal the policy set; 0 errors, 0 warnings\n"), r.printed());
  }

  @Test
  void anEditedTemplateShowsEachKindOfDrift() throws IOException {
    Path t = generated();
    String text = Files.readString(t)
        .replace("\"s3:CreateBucket\",", "")
        .replace("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-*", "arn:aws:iam::${AWS::AccountId}:role/cdk-hnb659fds-*")
        .replace("    Value: 2.1.0\n", "    Value: 2.0.0\n");
    // Drop the optional ECS policy's resource entirely.
    int from = text.indexOf("  RolebookMiniEcs:\n");
    int to = text.indexOf("  RolebookMiniMicrovm:\n");
    text = text.substring(0, from) + text.substring(to);
    Files.writeString(t, text);
    Run r = Run.of("drift", "--project", MINI, "--against", t.toString());
    assertEquals(1, r.code(), r.printed());
    List<String> errors = r.printed().lines().filter(l -> l.contains(": error: ")).map(l -> l.replace(t.toString(), "T")).toList();
    assertEquals(List.of(
        "T:1:1: error: DRIFT012 managed policy Mini-Ecs of the set has no AWS::IAM::ManagedPolicy in this template",
        "T:135:9: error: DRIFT001 Mini-App › Buckets › Action › 's3:CreateBucket' removed: "
            + "policies/app.json:7 has it, this block does not",
        "T:135:9: error: DRIFT011 Mini-App › PassRole › Resource hard-codes partition 'aws' and qualifier 'hnb659fds':"
            + " evaluated for partition 'aws-us-gov' and qualifier 'xxxxxxxxxx' it still reads"
            + " 'arn:aws:iam::xxxxxxxxxxxx:role/cdk-hnb659fds-*', so deployed with another partition or qualifier this"
            + " template grants the wrong resources",
        "T:162:12: error: DRIFT010 the template records policy-set version 2.0.0; the set is 2.1.0"), errors);
    assertTrue(r.printed().contains(": hard-coded partition in 1 value, qualifier in 1 value\n"), r.printed());
  }

  /**
   * Upstream's hand-made template (shared/upstream, beside the checkout) against its own six
   * policies with the partition and the qualifier as parameters: the documents agree, and every
   * literal arn:aws: and hnb659fds is reported.
   */
  @Test
  void upstreamsTemplateHardCodesThePartitionAndTheQualifier() {
    Path upstream = upstream();
    Run r = Run.of("drift", "--project", UPSTREAM_SET, "--against", upstream.toString());
    assertEquals(1, r.code(), r.printed());
    String out = r.printed().replace(upstream.toString(), "T");
    assertEquals(37, out.lines().filter(l -> l.contains(": error: DRIFT011 ")).count(), out);
    assertEquals(37, out.lines().filter(l -> l.contains(": error: ")).count(), out);
    assertTrue(out.contains("T:1370:23: error: DRIFT011 IaCRole-ABCA-Observability › STSForCDK › Resource hard-codes partition"
        + " 'aws' and qualifier 'hnb659fds': evaluated for partition 'aws-us-gov' and qualifier 'xxxxxxxxxx' it still reads"
        + " 'arn:aws:iam::*:role/cdk-hnb659fds-*', so deployed with another partition or qualifier this template grants the"
        + " wrong resources\n"), out);
    assertTrue(out.contains("drift: T: hard-coded partition in 37 values, qualifier in 4 values\n"), out);
    assertTrue(out.contains("drift: T: records no Rolebook version or hash (outputs RolebookPolicySetVersion,"
        + " RolebookPolicySetHash), so neither was compared\n"), out);
    assertTrue(out.contains("drift: T: CdkBoostrapPermissionsBoundaryPolicy is not a policy of the set (not compared)\n"), out);
    assertTrue(out.contains("drift: T: 6 managed policies of the set, 3 in sync\n"), out);
  }

  /** shared/upstream beside the checkout (or the workplace's copy); skipped when neither is there. */
  static Path upstream() {
    for (Path p : List.of(Path.of("../shared/upstream/bootstrap-template.yaml"), Path.of("../../shared/upstream/bootstrap-template.yaml"),
        Path.of("/work/shared/upstream/bootstrap-template.yaml"))) {
      if (Files.isRegularFile(p)) {
        return p.toAbsolutePath().normalize();
      }
    }
    assumeTrue(false, "upstream's bootstrap-template.yaml is not beside the checkout (../shared/upstream/); skipped");
    return null;
  }
}
