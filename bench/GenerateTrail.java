import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one CloudTrail log file ({"Records": [...]}) of about SIZE_MB megabytes for the trail
 * benchmark: the execution role's calls (allowed and denied, many distinct resources), other
 * identities' calls, a versioned Lambda name and an unknown source, in rotation.
 * Usage: java bench/GenerateTrail.java OUT.json SIZE_MB
 */
public class GenerateTrail {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    long target = Long.parseLong(args[1]) * 1024L * 1024L;
    String role = "cdk-hnb659fds-cfn-exec-role-111122223333-us-east-1";
    String[][] calls = {
      {"dynamodb.amazonaws.com", "DescribeTable", "", "arn:aws:dynamodb:us-east-1:111122223333:table/backgroundagent-dev-T%d"},
      {"lambda.amazonaws.com", "UpdateFunctionCode20150331v2", "", "arn:aws:lambda:us-east-1:111122223333:function:backgroundagent-dev-F%d"},
      {"logs.amazonaws.com", "CreateLogGroup", "", ""},
      {"monitoring.amazonaws.com", "PutMetricAlarm", "", ""},
      {"s3.amazonaws.com", "GetObject", "", "arn:aws:s3:::cdk-hnb659fds-assets-111122223333-us-east-1/asset-%d.zip"},
      {"sqs.amazonaws.com", "CreateQueue", "AccessDenied", "arn:aws:sqs:us-east-1:111122223333:backgroundagent-dev-q%d"},
      {"bedrock-agentcore-control.amazonaws.com", "CreateAgentRuntime", "", ""},
    };
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("{\"Records\":[\n");
      for (long i = 0; written < target; i++) {
        String[] c = calls[(int) (i % calls.length)];
        boolean other = i % 5 == 4;
        String who = other ? "ops-admin" : role;
        String resource = c[3].isEmpty() ? "" : String.format(c[3], i % 5000);
        String time = String.format("2026-03-%02dT%02d:%02d:%02dZ", 1 + (i / 86400) % 28, (i / 3600) % 24, (i / 60) % 60, i % 60);
        StringBuilder r = new StringBuilder(1400);
        r.append(i == 0 ? "" : ",\n");
        r.append("{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"AssumedRole\",\"principalId\":\"AROAEXAMPLE:AWSCloudFormation\",")
            .append("\"arn\":\"arn:aws:sts::111122223333:assumed-role/").append(who).append("/AWSCloudFormation\",")
            .append("\"accountId\":\"111122223333\",\"accessKeyId\":\"ASIAEXAMPLE\",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\",")
            .append("\"principalId\":\"AROAEXAMPLE\",\"arn\":\"arn:aws:iam::111122223333:role/").append(who)
            .append("\",\"accountId\":\"111122223333\",\"userName\":\"").append(who).append("\"},\"attributes\":{\"creationDate\":\"")
            .append(time).append("\",\"mfaAuthenticated\":\"false\"}},\"invokedBy\":\"cloudformation.amazonaws.com\"},")
            .append("\"eventTime\":\"").append(time).append("\",\"eventSource\":\"").append(c[0]).append("\",\"eventName\":\"").append(c[1])
            .append("\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"cloudformation.amazonaws.com\",\"userAgent\":\"cloudformation.amazonaws.com\",");
        if (!c[2].isEmpty()) {
          r.append("\"errorCode\":\"").append(c[2]).append("\",\"errorMessage\":\"User: arn:aws:sts::111122223333:assumed-role/").append(who)
              .append("/AWSCloudFormation is not authorized to perform: sqs:CreateQueue on resource: ").append(resource)
              .append(" because no identity-based policy allows the sqs:CreateQueue action\",");
        }
        r.append("\"requestParameters\":{\"note\":\"").append("x".repeat(300)).append("\"},\"responseElements\":null,")
            .append("\"requestID\":\"").append(Long.toHexString(i * 7919)).append("\",\"eventID\":\"").append(Long.toHexString(i * 104729))
            .append("\",\"readOnly\":false,");
        if (!resource.isEmpty()) {
          r.append("\"resources\":[{\"accountId\":\"111122223333\",\"type\":\"T\",\"ARN\":\"").append(resource).append("\"}],");
        }
        r.append("\"eventType\":\"AwsApiCall\",\"managementEvent\":true,\"recipientAccountId\":\"111122223333\",\"eventCategory\":\"Management\"}");
        w.write(r.toString());
        written += r.length();
      }
      w.write("\n]}\n");
    }
  }
}
