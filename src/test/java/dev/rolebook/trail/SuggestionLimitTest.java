package dev.rolebook.trail;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.cli.Main;
import dev.rolebook.testing.TestProjects;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suggestion never takes a policy over 6,144 characters in the worst case, and counts the ones placed before it. */
class SuggestionLimitTest {
  @TempDir Path tmp;

  @Test
  void fullPolicyGetsNoSuggestion() throws Exception {
    Path corpus = Path.of("src/test/resources/corpus");
    // 5,978 of 6,144 characters in the worst case: room for one short statement, not a long one.
    // (The trail's own copy: the corpus case of the same name may change its padding.)
    Path project = TestProjects.overlay(corpus.resolve("_base"), Path.of("src/test/resources/trail/near-full"), tmp.resolve("p"));
    String role = "cdk-exec-role-111122223333";
    String shortQueue = "arn:aws:sqs:us-east-1:111122223333:q1";
    String longQueue = "arn:aws:sqs:us-east-1:111122223333:" + "q".repeat(150);
    var first = TrailRecords.denied(TrailRecords.call("2026-03-01T10:00:00Z", role, "s", "sqs.amazonaws.com", "CreateQueue"),
        "AccessDenied", TrailRecords.notAuthorized(role, "s", "sqs:CreateQueue", shortQueue, TrailRecords.NO_IDENTITY_POLICY));
    var second = TrailRecords.denied(TrailRecords.call("2026-03-01T10:00:01Z", role, "s", "sns.amazonaws.com", "CreateTopic"),
        "AuthorizationError", TrailRecords.notAuthorized(role, "s", "sns:CreateTopic", longQueue.replace("sqs", "sns"), TrailRecords.NO_IDENTITY_POLICY));
    Path log = Files.writeString(tmp.resolve("log.json"), TrailRecords.logFile(List.of(first, second)));
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
    Main.run(new String[] {"trail", "--project", project.toString(), log.toString()}, ps, ps);
    String out = sink.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("    suggest: a new statement in Test (6,093/6,144 characters in the worst case):\n"
        + "      {\n        \"Sid\": \"TrailSqsCreateQueue\",\n        \"Effect\": \"Allow\",\n        \"Action\": [\n          \"sqs:CreateQueue\"\n        ],\n"
        + "        \"Resource\": \"arn:aws:sqs:*:*:q1\"\n      }\n"), out);
    assertTrue(out.contains("    no suggestion: no managed policy of the role has room: the smallest result would be 6,241 of 6,144 characters"
        + " in the worst case; add a managed policy (a role takes up to 10)\n"), out);
  }
}
