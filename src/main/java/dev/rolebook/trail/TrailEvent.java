package dev.rolebook.trail;

import java.util.List;
import java.util.Optional;

/**
 * The fields of one CloudTrail record that the trail report needs, and nothing else: a record is
 * reduced to this as soon as it is read, so memory does not grow with the input.
 *
 * @param where file and line of the record ("logs/a.json.gz:12"), for messages
 * @param time {@code eventTime}, ISO-8601 UTC ("2026-03-01T10:15:00Z"), or "" when missing
 * @param issuerArn {@code userIdentity.sessionContext.sessionIssuer.arn}: the role behind an
 *     assumed-role session, "" when the record has none
 * @param identityArn {@code userIdentity.arn} ("arn:aws:sts::111122223333:assumed-role/ROLE/SESSION")
 * @param resources ARNs from the record's {@code resources[]} list, in record order
 */
public record TrailEvent(
    String where,
    String time,
    String source,
    String name,
    String region,
    String sourceIp,
    String userAgent,
    String accountId,
    String identityType,
    String identityArn,
    String issuerArn,
    String eventType,
    String errorCode,
    String errorMessage,
    String vpcEndpointId,
    List<String> resources) {

  public TrailEvent {
    resources = List.copyOf(resources);
  }

  /** The role ARN the call was made with, from the session issuer or the assumed-role ARN. */
  public Optional<RoleArn> role() {
    return RoleArn.parse(issuerArn).or(() -> RoleArn.parse(identityArn));
  }

  public boolean failed() {
    return !errorCode.isEmpty();
  }
}
