package dev.rolebook.trail;

import java.util.Locale;

/**
 * IAM's wildcard matching, as it applies to actions, resources and the String/ARN "Like"
 * condition operators: {@code *} matches any run of characters (including none, and including
 * {@code :} and {@code /}), {@code ?} exactly one character, everything else itself.
 */
final class Wildcard {
  private Wildcard() {}

  /** Case-sensitive, as IAM compares resource ARNs and StringLike values. */
  static boolean matches(String pattern, String text) {
    return dev.rolebook.catalog.Wildcard.matches(pattern, text);
  }

  /** Case-insensitive: IAM action names ("S3:getobject" is s3:GetObject). */
  static boolean matchesIgnoreCase(String pattern, String text) {
    return matches(pattern.toLowerCase(Locale.ROOT), text.toLowerCase(Locale.ROOT));
  }

  /**
   * A Resource element against a resource ARN. IAM matches ARN patterns segment by segment (the
   * colon-separated fields), and "if the * wildcard is the last character of a resource ARN
   * segment, it can expand to match beyond the colon boundaries" (IAM JSON policy reference,
   * Resource). So {@code arn:aws:logs:*} covers every log ARN, while {@code arn:aws:s3:::a*b} in
   * the resource field stays within it.
   */
  static boolean resourceMatches(String pattern, String arn) {
    if (pattern.equals("*")) {
      return true;
    }
    String[] p = pattern.split(":", 6);
    String[] a = arn.split(":", 6);
    if (a.length < 6) {
      return matches(pattern, arn);
    }
    for (int i = 0; i < p.length; i++) {
      if (i == p.length - 1 && p.length < 6) {
        // A pattern with fewer segments: its last one must end in '*', which runs to the ARN's end.
        return p[i].endsWith("*") && matches(p[i], String.join(":", java.util.Arrays.copyOfRange(a, i, 6)));
      }
      if (!matches(p[i], a[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * IAM's ARN matching (ArnLike, ArnEquals and Resource elements of services that compare ARNs
   * field by field): the six colon-separated fields match one by one, so a wildcard in the region
   * field never swallows the account.
   */
  static boolean arnMatches(String pattern, String arn) {
    String[] p = pattern.split(":", 6);
    String[] a = arn.split(":", 6);
    if (p.length != 6 || a.length != 6) {
      return matches(pattern, arn);
    }
    for (int i = 0; i < 6; i++) {
      if (!matches(p[i], a[i])) {
        return false;
      }
    }
    return true;
  }
}
