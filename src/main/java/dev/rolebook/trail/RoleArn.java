package dev.rolebook.trail;

import java.util.Optional;

/**
 * An IAM role as CloudTrail names it: either the role ARN itself
 * ({@code arn:aws:iam::111122223333:role/path/NAME}, what {@code sessionIssuer.arn} holds) or an
 * assumed-role session ARN ({@code arn:aws:sts::111122223333:assumed-role/NAME/SESSION}, what
 * {@code userIdentity.arn} holds). The session ARN drops the role's path, so roles are matched by
 * partition, account and name.
 */
public record RoleArn(String partition, String account, String name) {

  public static Optional<RoleArn> parse(String arn) {
    if (arn == null || !arn.startsWith("arn:")) {
      return Optional.empty();
    }
    String[] f = arn.split(":", 6);
    if (f.length < 6) {
      return Optional.empty();
    }
    String resource = f[5];
    if (f[2].equals("iam") && resource.startsWith("role/")) {
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      return name.isEmpty() ? Optional.empty() : Optional.of(new RoleArn(f[1], f[4], name));
    }
    if (f[2].equals("sts") && resource.startsWith("assumed-role/")) {
      String[] parts = resource.split("/", 3);
      return parts.length >= 2 && !parts[1].isEmpty() ? Optional.of(new RoleArn(f[1], f[4], parts[1])) : Optional.empty();
    }
    return Optional.empty();
  }

  /** The role ARN (without a path, which session ARNs do not carry). */
  public String arn() {
    return "arn:" + partition + ":iam::" + account + ":role/" + name;
  }
}
