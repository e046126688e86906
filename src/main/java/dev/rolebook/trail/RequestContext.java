package dev.rolebook.trail;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The request as IAM would have evaluated it, as far as the CloudTrail record tells: the action,
 * the resource when the record names one, and the global condition keys the record carries. A key
 * that is not here is unknown, never assumed absent: a condition on it is "not evaluated".
 */
record RequestContext(String action, Optional<String> resource, Map<String, String> keys) {
  RequestContext {
    keys = java.util.Collections.unmodifiableMap(new TreeMap<>(keys));
  }

  /** The keys a record carries, lower-cased (condition keys are case-insensitive). */
  static Map<String, String> keysOf(TrailEvent e) {
    Map<String, String> k = new TreeMap<>();
    // aws:RequestedRegion is the Region the request was sent to, which CloudTrail logs as awsRegion.
    put(k, "aws:RequestedRegion", e.region());
    // aws:SourceIp is the caller's IP address; when a service calls on the role's behalf,
    // CloudTrail logs the service's name instead, and IAM's value is then not known here.
    if (Ip.parse(e.sourceIp()).isPresent()) {
      put(k, "aws:SourceIp", e.sourceIp());
    }
    // aws:PrincipalArn for a role session is the role's ARN (with its path), the session issuer.
    put(k, "aws:PrincipalArn", e.issuerArn());
    e.role().ifPresent(r -> put(k, "aws:PrincipalAccount", r.account()));
    if (e.identityType().equals("AssumedRole")) {
      put(k, "aws:PrincipalType", "AssumedRole");
    }
    // aws:CurrentTime / aws:EpochTime: the time of the request, which eventTime records.
    if (!e.time().isEmpty()) {
      put(k, "aws:CurrentTime", e.time());
      put(k, "aws:EpochTime", Long.toString(Instant.parse(e.time()).getEpochSecond()));
    }
    put(k, "aws:UserAgent", e.userAgent());
    // aws:SourceVpce: the VPC endpoint the request came through, logged as vpcEndpointId.
    put(k, "aws:SourceVpce", e.vpcEndpointId());
    return k;
  }

  private static void put(Map<String, String> k, String key, String value) {
    if (!value.isEmpty()) {
      k.put(key.toLowerCase(Locale.ROOT), value);
    }
  }

  Optional<String> key(String name) {
    return Optional.ofNullable(keys.get(name.toLowerCase(Locale.ROOT)));
  }
}
