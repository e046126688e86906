package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.cli.Main;
import dev.rolebook.load.ProjectLoader;
import dev.rolebook.testing.TestProjects;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** trail --save writes policies/evidence.json; the guide's evidence::[] draws it, or says how to make it. */
class EvidenceSectionTest {
  @TempDir Path tmp;

  @Test
  void savedSummaryIsDrawnAndLoadsWithoutWarnings() throws Exception {
    Path project = TestProjects.copyOfThisProject(tmp.resolve("project"));
    assertTrue(EvidenceSection.build(SharedRenderer.load(project), "", Map.of()).html()
        .contains("No CloudTrail evidence is committed for this set."));

    Path logs = Files.createDirectories(tmp.resolve("logs"));
    Files.writeString(logs.resolve("trail.json"), """
        {"Records": [
          {"eventTime": "2026-03-01T10:00:05Z", "eventSource": "logs.amazonaws.com", "eventName": "CreateLogGroup", "awsRegion": "eu-west-1",
           "eventType": "AwsApiCall", "recipientAccountId": "111122223333",
           "userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::111122223333:assumed-role/cdk-hnb659fds-cfn-exec-role-111122223333-eu-west-1/AWSCloudFormation",
             "sessionContext": {"sessionIssuer": {"arn": "arn:aws:iam::111122223333:role/cdk-hnb659fds-cfn-exec-role-111122223333-eu-west-1"}}}},
          {"eventTime": "2026-03-01T10:00:09Z", "eventSource": "sqs.amazonaws.com", "eventName": "CreateQueue", "awsRegion": "eu-west-1",
           "errorCode": "AccessDenied", "errorMessage": "User: x is not authorized to perform: sqs:CreateQueue on resource: arn:aws:sqs:eu-west-1:111122223333:q because no identity-based policy allows the sqs:CreateQueue action",
           "userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::111122223333:assumed-role/cdk-hnb659fds-cfn-exec-role-111122223333-eu-west-1/AWSCloudFormation"}}
        ]}""");
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
    assertEquals(1, Main.run(new String[] {"trail", "--project", project.toString(), "--save", logs.toString()}, ps, ps), sink.toString());
    Path saved = project.resolve("policies/evidence.json");
    String first = Files.readString(saved);
    assertTrue(first.contains("\"from\" : \"2026-03-01T10:00:05Z\""), first);
    assertTrue(!first.contains("111122223333"), "no account IDs in the committed summary: " + first);
    Main.run(new String[] {"trail", "--project", project.toString(), "--save", logs.toString()}, ps, ps);
    assertEquals(first, Files.readString(saved), "saving the same evidence twice gives the same file");

    String html = EvidenceSection.build(SharedRenderer.load(project), "", Map.of()).html();
    assertTrue(html.contains("CloudTrail recorded 2 calls of the set's roles between 2026-03-01T10:00:05Z and 2026-03-01T10:00:09Z, in eu-west-1"), html);
    assertTrue(html.contains("<tr><td class=\"tableblock halign-left\"><code>IaCRole-ABCA-Observability</code></td>"
        + "<td class=\"tableblock halign-right\">1</td>"), html);
    assertTrue(html.contains("<li><code>sqs:CreateQueue</code> (1 call), suggested for <code>IaCRole-ABCA-Observability</code></li>"), html);
    assertTrue(new ProjectLoader().load(project).diagnostics().stream().noneMatch(d -> d.code().name().equals("MAN006")),
        "evidence.json is not an unlisted policy file");
  }
}
