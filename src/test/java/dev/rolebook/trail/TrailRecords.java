package dev.rolebook.trail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Realistic CloudTrail records, written by the tests in the three forms users have: S3 log files
 * (gzip and plain, in S3's dated folders, with a digest file beside them), lookup-events output
 * and CloudTrail Lake query results. The records follow CloudTrail's record contents: an
 * assumed-role userIdentity with its sessionIssuer, invokedBy for calls CloudFormation makes.
 */
final class TrailRecords {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ACCOUNT = "111122223333";
  static final String CFN_EXEC = "cdk-hnb659fds-cfn-exec-role-111122223333-us-east-1";
  static final String DEPLOY = "cdk-hnb659fds-deploy-role-111122223333-us-east-1";

  private TrailRecords() {}

  static ObjectNode call(String time, String role, String session, String source, String name) {
    ObjectNode r = JSON.createObjectNode();
    r.put("eventVersion", "1.09");
    ObjectNode id = r.putObject("userIdentity");
    id.put("type", "AssumedRole");
    id.put("principalId", "AROAEXAMPLEID:" + session);
    id.put("arn", "arn:aws:sts::" + ACCOUNT + ":assumed-role/" + role + "/" + session);
    id.put("accountId", ACCOUNT);
    id.put("accessKeyId", "ASIAEXAMPLEKEY");
    ObjectNode ctx = id.putObject("sessionContext");
    ObjectNode issuer = ctx.putObject("sessionIssuer");
    issuer.put("type", "Role");
    issuer.put("principalId", "AROAEXAMPLEID");
    issuer.put("arn", "arn:aws:iam::" + ACCOUNT + ":role/" + role);
    issuer.put("accountId", ACCOUNT);
    issuer.put("userName", role);
    ctx.putObject("attributes").put("creationDate", time).put("mfaAuthenticated", "false");
    if (session.equals("AWSCloudFormation")) {
      id.put("invokedBy", "cloudformation.amazonaws.com");
    }
    r.put("eventTime", time);
    r.put("eventSource", source);
    r.put("eventName", name);
    r.put("awsRegion", "us-east-1");
    r.put("sourceIPAddress", session.equals("AWSCloudFormation") ? "cloudformation.amazonaws.com" : "203.0.113.10");
    r.put("userAgent", session.equals("AWSCloudFormation") ? "cloudformation.amazonaws.com" : "aws-cli/2.15.0");
    r.putNull("requestParameters");
    r.putNull("responseElements");
    r.put("requestID", "req-" + Integer.toHexString((time + name).hashCode()));
    r.put("eventID", "evt-" + Integer.toHexString((name + time).hashCode()));
    r.put("readOnly", name.startsWith("Get") || name.startsWith("Describe") || name.startsWith("List"));
    r.put("eventType", "AwsApiCall");
    r.put("managementEvent", true);
    r.put("recipientAccountId", ACCOUNT);
    r.put("eventCategory", "Management");
    return r;
  }

  static ObjectNode cfn(String time, String source, String name) {
    return call(time, CFN_EXEC, "AWSCloudFormation", source, name);
  }

  static ObjectNode denied(ObjectNode r, String code, String message) {
    r.put("errorCode", code);
    r.put("errorMessage", message);
    return r;
  }

  static ObjectNode resource(ObjectNode r, String type, String arn) {
    ArrayNode list = r.putArray("resources");
    list.addObject().put("accountId", ACCOUNT).put("type", type).put("ARN", arn);
    return r;
  }

  static String notAuthorized(String role, String session, String action, String resource, String because) {
    return "User: arn:aws:sts::" + ACCOUNT + ":assumed-role/" + role + "/" + session + " is not authorized to perform: " + action
        + " on resource: " + resource + " " + because;
  }

  static final String NO_IDENTITY_POLICY = "because no identity-based policy allows the action";

  /** A user's own call (not a role): never evidence for the set. */
  static ObjectNode user(String time, String source, String name) {
    ObjectNode r = call(time, "x", "x", source, name);
    ObjectNode id = r.putObject("userIdentity");
    id.put("type", "IAMUser").put("principalId", "AIDAEXAMPLE").put("arn", "arn:aws:iam::" + ACCOUNT + ":user/alice")
        .put("accountId", ACCOUNT).put("userName", "alice");
    return r;
  }

  /** The calls of one deployment, its neighbours' calls and a few odd records, in time order. */
  static List<ObjectNode> deployment() {
    List<ObjectNode> out = new ArrayList<>();
    String role = CFN_EXEC;
    out.add(cfn("2026-03-01T10:00:05Z", "iam.amazonaws.com", "CreateRole"));
    out.add(resource(cfn("2026-03-01T10:00:09Z", "dynamodb.amazonaws.com", "CreateTable"),
        "AWS::DynamoDB::Table", "arn:aws:dynamodb:us-east-1:111122223333:table/backgroundagent-dev-Tasks"));
    out.add(cfn("2026-03-01T10:00:12Z", "lambda.amazonaws.com", "CreateFunction20150331"));
    out.add(cfn("2026-03-01T10:00:14Z", "lambda.amazonaws.com", "UpdateFunctionCode20150331v2"));
    out.add(cfn("2026-03-01T10:00:20Z", "logs.amazonaws.com", "CreateLogGroup"));
    out.add(cfn("2026-03-01T10:00:21Z", "monitoring.amazonaws.com", "PutMetricAlarm"));
    out.add(cfn("2026-03-01T10:00:22Z", "apigateway.amazonaws.com", "CreateRestApi"));
    out.add(resource(cfn("2026-03-01T10:00:25Z", "s3.amazonaws.com", "GetObject"),
        "AWS::S3::Object", "arn:aws:s3:::cdk-hnb659fds-assets-111122223333-us-east-1/asset.zip"));
    out.add(cfn("2026-03-01T10:00:26Z", "bedrock-agentcore-control.amazonaws.com", "CreateAgentRuntime"));
    for (int i = 0; i < 3; i++) {
      out.add(denied(cfn("2026-03-01T10:01:0" + i + "Z", "sqs.amazonaws.com", "CreateQueue"), "AccessDenied",
          notAuthorized(role, "AWSCloudFormation", "sqs:createqueue", "arn:aws:sqs:us-east-1:111122223333:backgroundagent-dev-jobs", NO_IDENTITY_POLICY)));
    }
    out.add(denied(cfn("2026-03-01T10:01:10Z", "lambda.amazonaws.com", "PutFunctionConcurrency20171031"), "AccessDeniedException",
        notAuthorized(role, "AWSCloudFormation", "lambda:PutFunctionConcurrency",
            "arn:aws:lambda:us-east-1:111122223333:function:backgroundagent-dev-TaskOrchestrator", NO_IDENTITY_POLICY)));
    out.add(denied(cfn("2026-03-01T10:01:12Z", "ec2.amazonaws.com", "CreateTransitGateway"), "Client.UnauthorizedOperation",
        "You are not authorized to perform this operation. Encoded authorization failure message: EXAMPLEencodedMESSAGE"));
    out.add(denied(cfn("2026-03-01T10:01:15Z", "lambda.amazonaws.com", "CreateFunction20150331"), "AccessDeniedException",
        notAuthorized(role, "AWSCloudFormation", "iam:PassRole", "arn:aws:iam::111122223333:role/backgroundagent-dev-TaskRole",
            NO_IDENTITY_POLICY)));
    out.add(denied(cfn("2026-03-01T10:01:20Z", "dynamodb.amazonaws.com", "CreateTable"), "AccessDeniedException",
        notAuthorized(role, "AWSCloudFormation", "dynamodb:CreateTable", "arn:aws:dynamodb:us-east-1:111122223333:table/backgroundagent-dev-Jobs",
            NO_IDENTITY_POLICY)));
    out.add(denied(cfn("2026-03-01T10:01:25Z", "kms.amazonaws.com", "CreateKey"), "AccessDeniedException",
        notAuthorized(role, "AWSCloudFormation", "kms:CreateKey", "*", "with an explicit deny in a service control policy")));
    // Other identities: the CDK deploy role (no policy of the set attaches to it), a user, a service event.
    out.add(call("2026-03-01T09:59:58Z", DEPLOY, "cdk-deploy", "cloudformation.amazonaws.com", "CreateChangeSet"));
    out.add(user("2026-03-01T10:02:00Z", "s3.amazonaws.com", "ListBuckets"));
    out.add(call("2026-03-01T10:02:30Z", "ci-deployer", "build-42", "dynamodb.amazonaws.com", "DescribeTable"));
    ObjectNode service = call("2026-03-01T10:03:00Z", CFN_EXEC, "AWSCloudFormation", "kms.amazonaws.com", "RotateKey");
    service.put("eventType", "AwsServiceEvent");
    out.add(service);
    return out;
  }

  /** Writes {@code records} as S3 log files: two gzip files in S3's dated folders, one plain, and a digest. */
  static Path s3Logs(Path dir, List<ObjectNode> records) throws IOException {
    Path day = Files.createDirectories(dir.resolve("AWSLogs/" + ACCOUNT + "/CloudTrail/us-east-1/2026/03/01"));
    int third = records.size() / 3;
    gzip(day.resolve(ACCOUNT + "_CloudTrail_us-east-1_20260301T1000Z_a.json.gz"), logFile(records.subList(0, third)));
    gzip(day.resolve(ACCOUNT + "_CloudTrail_us-east-1_20260301T1005Z_b.json.gz"), logFile(records.subList(third, 2 * third)));
    Files.writeString(day.resolve(ACCOUNT + "_CloudTrail_us-east-1_20260301T1010Z_c.json"), logFile(records.subList(2 * third, records.size())));
    Path digest = Files.createDirectories(dir.resolve("AWSLogs/" + ACCOUNT + "/CloudTrail-Digest/us-east-1/2026/03/01"));
    gzip(digest.resolve(ACCOUNT + "_CloudTrail-Digest_us-east-1_20260301T1100Z.json.gz"),
        "{\"awsAccountId\":\"" + ACCOUNT + "\",\"digestStartTime\":\"2026-03-01T10:00:00Z\",\"logFiles\":[]}");
    return dir;
  }

  static String logFile(List<ObjectNode> records) {
    ObjectNode root = JSON.createObjectNode();
    root.putArray("Records").addAll(records);
    return root.toString();
  }

  static void gzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** {@code aws cloudtrail lookup-events} output: each record a JSON string inside CloudTrailEvent. */
  static String lookupEvents(List<ObjectNode> records) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode events = root.putArray("Events");
    for (ObjectNode r : records) {
      ObjectNode e = events.addObject();
      e.put("EventId", r.path("eventID").asText());
      e.put("EventName", r.path("eventName").asText());
      e.put("ReadOnly", r.path("readOnly").asText());
      e.put("EventTime", r.path("eventTime").asText());
      e.put("EventSource", r.path("eventSource").asText());
      e.put("Username", r.path("userIdentity").path("sessionContext").path("sessionIssuer").path("userName").asText("alice"));
      e.putArray("Resources");
      e.put("CloudTrailEvent", r.toString());
    }
    return root.toPrettyString();
  }

  /**
   * CloudTrail Lake {@code get-query-results} output for {@code SELECT *}: every column a
   * single-key object, struct columns in the SQL engine's text form; the first row instead as
   * an {@code eventJson} column.
   */
  static String lakeResults(List<ObjectNode> records) {
    ObjectNode root = JSON.createObjectNode();
    root.put("QueryStatus", "FINISHED");
    root.putObject("QueryStatistics").put("ResultsCount", records.size()).put("TotalResultsCount", records.size()).put("BytesScanned", 4096);
    ArrayNode rows = root.putArray("QueryResultRows");
    for (int i = 0; i < records.size(); i++) {
      ObjectNode r = records.get(i);
      ArrayNode row = rows.addArray();
      if (i == 0) {
        row.addObject().put("eventJson", r.toString());
        continue;
      }
      row.addObject().put("eventversion", r.path("eventVersion").asText());
      row.addObject().put("useridentity", struct(r.path("userIdentity")));
      row.addObject().put("eventtime", r.path("eventTime").asText().replace("T", " ").replace("Z", ".000"));
      for (String column : new String[] {"eventSource", "eventName", "awsRegion", "sourceIPAddress", "userAgent", "errorCode", "errorMessage"}) {
        row.addObject().put(column.toLowerCase(java.util.Locale.ROOT), r.path(column).asText("null"));
      }
      row.addObject().put("resources", r.has("resources")
          ? "[{accountid=" + ACCOUNT + ", type=" + r.path("resources").get(0).path("type").asText() + ", arn="
              + r.path("resources").get(0).path("ARN").asText() + ", arnprefix=null}]"
          : "null");
      row.addObject().put("eventtype", r.path("eventType").asText());
      row.addObject().put("recipientaccountid", ACCOUNT);
    }
    root.putNull("NextToken");
    return root.toPrettyString();
  }

  /** A struct column as Lake prints it: {@code {type=AssumedRole, arn=…, sessioncontext={…}}}. */
  private static String struct(com.fasterxml.jackson.databind.JsonNode n) {
    if (!n.isObject()) {
      return n.isNull() || n.isMissingNode() ? "null" : n.asText();
    }
    List<String> parts = new ArrayList<>();
    n.fields().forEachRemaining(e -> parts.add(e.getKey().toLowerCase(java.util.Locale.ROOT) + "=" + struct(e.getValue())));
    return "{" + String.join(", ", parts) + "}";
  }
}
