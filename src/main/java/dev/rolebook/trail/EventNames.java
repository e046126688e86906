package dev.rolebook.trail;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where CloudTrail's names differ from IAM's. An event names the service by its endpoint
 * ({@code eventSource}) and the call by its API operation ({@code eventName}); IAM names the
 * permission {@code prefix:Action}. They agree for most services; the exceptions below are the
 * documented ones, each with the rule it encodes. Anything not listed maps by the plain rule and
 * is then checked against the catalog, so a wrong guess shows up as "unmapped", never as an action.
 */
final class EventNames {
  private EventNames() {}

  /** Event sources whose IAM service prefix is not the host name's first label. */
  static final Map<String, String> SOURCES = Map.of(
      // CloudWatch's API endpoint is monitoring.<region>.amazonaws.com; its actions are cloudwatch:*.
      "monitoring.amazonaws.com", "cloudwatch",
      // Cloud Control API (CreateResource, GetResource…) is authorised as cloudformation:* actions.
      "cloudcontrolapi.amazonaws.com", "cloudformation",
      // The RDS Data API logs as rdsdata.amazonaws.com; its actions are rds-data:*.
      "rdsdata.amazonaws.com", "rds-data",
      // The Resource Groups Tagging API logs as tagging.amazonaws.com; its actions are tag:*.
      "tagging.amazonaws.com", "tag");

  /** API operations whose IAM action has another name ("prefix:Operation" to action name). */
  static final Map<String, String> OPERATIONS = Map.ofEntries(
      // Lambda data events log the Invoke operation; the permission is lambda:InvokeFunction.
      Map.entry("lambda:Invoke", "InvokeFunction"),
      // S3: several operations are authorised by an action of another name (S3 User Guide,
      // "Required permissions for Amazon S3 API operations").
      Map.entry("s3:ListObjects", "ListBucket"),
      Map.entry("s3:ListObjectsV2", "ListBucket"),
      Map.entry("s3:HeadBucket", "ListBucket"),
      Map.entry("s3:HeadObject", "GetObject"),
      Map.entry("s3:ListBuckets", "ListAllMyBuckets"),
      Map.entry("s3:ListObjectVersions", "ListBucketVersions"),
      Map.entry("s3:ListMultipartUploads", "ListBucketMultipartUploads"),
      Map.entry("s3:ListParts", "ListMultipartUploadParts"),
      Map.entry("s3:DeleteObjects", "DeleteObject"),
      Map.entry("s3:CopyObject", "PutObject"),
      Map.entry("s3:CreateMultipartUpload", "PutObject"),
      Map.entry("s3:UploadPart", "PutObject"),
      Map.entry("s3:UploadPartCopy", "PutObject"),
      Map.entry("s3:CompleteMultipartUpload", "PutObject"),
      Map.entry("s3:GetBucketEncryption", "GetEncryptionConfiguration"),
      Map.entry("s3:PutBucketEncryption", "PutEncryptionConfiguration"),
      Map.entry("s3:DeleteBucketEncryption", "PutEncryptionConfiguration"),
      Map.entry("s3:GetBucketLifecycle", "GetLifecycleConfiguration"),
      Map.entry("s3:GetBucketLifecycleConfiguration", "GetLifecycleConfiguration"),
      Map.entry("s3:PutBucketLifecycle", "PutLifecycleConfiguration"),
      Map.entry("s3:PutBucketLifecycleConfiguration", "PutLifecycleConfiguration"),
      Map.entry("s3:DeleteBucketLifecycle", "PutLifecycleConfiguration"),
      Map.entry("s3:GetBucketReplication", "GetReplicationConfiguration"),
      Map.entry("s3:PutBucketReplication", "PutReplicationConfiguration"),
      Map.entry("s3:DeleteBucketReplication", "PutReplicationConfiguration"),
      Map.entry("s3:DeleteBucketCors", "PutBucketCORS"),
      Map.entry("s3:DeleteBucketTagging", "PutBucketTagging"),
      Map.entry("s3:DeleteBucketOwnershipControls", "PutBucketOwnershipControls"),
      Map.entry("s3:DeletePublicAccessBlock", "PutBucketPublicAccessBlock"),
      Map.entry("s3:GetBucketNotificationConfiguration", "GetBucketNotification"),
      Map.entry("s3:PutBucketNotificationConfiguration", "PutBucketNotification"));

  /**
   * Lambda's API operations carry the API version they belong to, and CloudTrail logs them so:
   * {@code CreateFunction20150331}, {@code UpdateFunctionCode20150331v2},
   * {@code TagResource20170331}, {@code PublishLayerVersion20181031}. The permission is the bare
   * name ({@code lambda:CreateFunction}).
   */
  private static final Pattern LAMBDA_VERSION = Pattern.compile("^(.+?)\\d{8}(v\\d+)?$");

  /**
   * CloudFront's operations carry their API version the same way ({@code
   * CreateDistribution2020_05_31}, older events {@code …2019_03_26}); the permission is the bare name.
   */
  private static final Pattern CLOUDFRONT_VERSION = Pattern.compile("^(.+?)\\d{4}_\\d{2}_\\d{2}$");

  /** The IAM service prefix for an event source; empty for a source that is not an AWS endpoint. */
  static Optional<String> prefix(String eventSource) {
    String mapped = SOURCES.get(eventSource);
    if (mapped != null) {
      return Optional.of(mapped);
    }
    String suffix = ".amazonaws.com";
    if (!eventSource.endsWith(suffix) || eventSource.length() == suffix.length()) {
      return Optional.empty();
    }
    return Optional.of(eventSource.substring(0, eventSource.length() - suffix.length()));
  }

  /** The IAM action name for an operation of {@code prefix}: renamed, version stripped, or as is. */
  static String action(String prefix, String eventName) {
    String renamed = OPERATIONS.get(prefix + ":" + eventName);
    if (renamed != null) {
      return renamed;
    }
    if (prefix.equals("apigateway")) {
      return apiGatewayVerb(eventName).orElse(eventName);
    }
    Pattern version = switch (prefix) {
      case "lambda" -> LAMBDA_VERSION;
      case "cloudfront" -> CLOUDFRONT_VERSION;
      default -> null;
    };
    if (version != null) {
      var m = version.matcher(eventName);
      if (m.matches()) {
        return m.group(1);
      }
    }
    return eventName;
  }

  /**
   * API Gateway's management API is authorised by HTTP method ({@code apigateway:GET}, {@code
   * POST}, {@code PUT}, {@code PATCH}, {@code DELETE} on resource paths), not by operation name.
   * The REST verbs follow the operation's verb: Get… is a GET, Create… a POST, Update… a PATCH,
   * Delete… a DELETE, Put… a PUT; tags are PUT and DELETE on {@code /tags/…}. Other operations
   * (Import…, Flush…, Test…) use varying methods and stay unmapped.
   */
  private static Optional<String> apiGatewayVerb(String eventName) {
    if (eventName.equals("TagResource")) {
      return Optional.of("PUT");
    }
    if (eventName.equals("UntagResource")) {
      return Optional.of("DELETE");
    }
    for (String[] v : new String[][] {{"Get", "GET"}, {"Create", "POST"}, {"Update", "PATCH"}, {"Delete", "DELETE"}, {"Put", "PUT"}}) {
      if (eventName.startsWith(v[0]) && eventName.length() > v[0].length() && Character.isUpperCase(eventName.charAt(v[0].length()))) {
        return Optional.of(v[1]);
      }
    }
    return Optional.empty();
  }
}
