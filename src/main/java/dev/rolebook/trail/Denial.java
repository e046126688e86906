package dev.rolebook.trail;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call that failed for lack of permission, and what its error message says. AWS's messages
 * follow one form: "User: ARN is not authorized to perform: ACTION on resource: RESOURCE because
 * no identity-based policy allows the ACTION action" (or "with an explicit deny in a service
 * control policy", "because no permissions boundary allows", …). The action named there is the
 * one IAM checked, which may differ from the API call (CreateFunction denied for iam:PassRole).
 */
record Denial(Optional<String> action, Optional<String> resource, Where where) {

  /** Which policy type refused the call, as far as the message says. */
  enum Where {
    IDENTITY_POLICY("no identity-based policy allows it"),
    EXPLICIT_DENY("an explicit deny in an identity-based policy"),
    ELSEWHERE("a policy outside the set (service control, resource-based, permissions boundary, session or endpoint policy)"),
    UNKNOWN("the message does not say");

    private final String words;

    Where(String words) {
      this.words = words;
    }

    String words() {
      return words;
    }
  }

  /**
   * Error codes CloudTrail records for permission failures: the Query/JSON APIs' AccessDenied and
   * AccessDeniedException, EC2's UnauthorizedOperation (also "Client."-prefixed), SNS's
   * AuthorizationError. Codes ending in one of these count too (services prefix their own).
   */
  private static final Set<String> CODES = Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation",
      "Client.UnauthorizedOperation", "AuthorizationError", "AuthorizationErrorException");

  private static final Pattern MESSAGE = Pattern.compile(
      "not authorized to perform: ([A-Za-z0-9-]+:[A-Za-z0-9*?]+)(?: on resource: (\\S+?))?(?:\\.?\\s|\\.?$)");

  static boolean isDenied(String errorCode) {
    return CODES.contains(errorCode) || errorCode.endsWith("AccessDenied") || errorCode.endsWith("AccessDeniedException")
        || errorCode.endsWith("UnauthorizedOperation");
  }

  static Denial of(String message) {
    Matcher m = MESSAGE.matcher(message);
    Optional<String> action = Optional.empty();
    Optional<String> resource = Optional.empty();
    if (m.find()) {
      action = Optional.of(m.group(1));
      resource = Optional.ofNullable(m.group(2)).filter(r -> r.startsWith("arn:") || r.equals("*"));
    }
    return new Denial(action, resource, where(message));
  }

  private static Where where(String message) {
    if (message.contains("explicit deny in an identity-based policy")) {
      return Where.EXPLICIT_DENY;
    }
    for (String other : new String[] {"service control policy", "resource control policy", "resource-based policy",
        "permissions boundary", "session policy", "VPC endpoint policy"}) {
      if (message.contains(other)) {
        return Where.ELSEWHERE;
      }
    }
    return message.contains("no identity-based policy allows") ? Where.IDENTITY_POLICY : Where.UNKNOWN;
  }
}
