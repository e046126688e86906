package dev.rolebook.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.cli.Main;
import dev.rolebook.testing.TestProjects;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An optional policy (manifest "when") grants only when the deployment target chooses it. */
class OptionalPolicyTrailTest {
  @TempDir Path tmp;

  private String run(Path project, Path log, String... extra) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("trail", "--project", project.toString()));
    args.addAll(java.util.List.of(extra));
    args.add(log.toString());
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
    int code = Main.run(args.toArray(String[]::new), ps, ps);
    return code + "\n" + sink.toString(StandardCharsets.UTF_8);
  }

  @Test
  void optionalPolicyCountsOnlyWhenChosen() throws Exception {
    Path corpus = Path.of("src/test/resources/corpus");
    Path project = TestProjects.overlay(corpus.resolve("_base"), corpus.resolve("optional-policy-ok"), tmp.resolve("p"));
    var denied = TrailRecords.denied(TrailRecords.call("2026-03-01T10:00:00Z", "cdk-exec-role-111122223333", "AWSCloudFormation",
        "ecs.amazonaws.com", "CreateCluster"), "AccessDeniedException",
        TrailRecords.notAuthorized("cdk-exec-role-111122223333", "AWSCloudFormation", "ecs:CreateCluster",
            "arn:aws:ecs:us-east-1:111122223333:cluster/demo-stack-main", TrailRecords.NO_IDENTITY_POLICY));
    Path log = Files.writeString(tmp.resolve("log.json"), TrailRecords.logFile(java.util.List.of(denied)));

    String any = run(project, log);
    assertTrue(any.startsWith("1\n"), any);
    assertTrue(any.contains("Denied calls the set does not grant (1):\n  ecs:CreateCluster on arn:aws:ecs:us-east-1:111122223333:cluster/demo-stack-main"), any);
    assertTrue(!any.contains("Optional-Ecs"), "without a target no optional policy is granted: " + any);

    String none = run(project, log, "--target", "none");
    assertTrue(none.contains("Denied calls the set does not grant (1):"), none);

    String ecs = run(project, log, "--target", "ecs");
    assertEquals("0", ecs.substring(0, 1), ecs);
    assertTrue(ecs.contains("Denied calls the set already grants (deploy the set) (1):"), ecs);
    assertTrue(ecs.contains("granted by Optional-Ecs \u203a Ecs"), ecs);
    assertTrue(ecs.contains("  Optional-Ecs  0/1 (0%)"), ecs);
  }
}
