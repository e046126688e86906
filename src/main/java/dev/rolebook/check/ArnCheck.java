package dev.rolebook.check;

import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.model.Values;
import dev.rolebook.report.Code;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The partition, Region and account fields of every ARN a statement names (Resource, NotResource;
 * principals and ARN condition values call {@link #fields}). The ARN's overall shape is the grammar
 * check's (IAM017); which resource types a service's ARNs can name is the catalog's.
 */
final class ArnCheck {
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
  private static final Pattern ACCOUNT_PATTERN = Pattern.compile("[0-9*?]+");

  private ArnCheck() {}

  static void check(Statement st, Placeholders placeholders, Findings out) {
    for (String key : List.of("Resource", "NotResource")) {
      Optional<Values> values = st.json().get(key).flatMap(Values::of);
      if (values.isEmpty()) {
        continue;
      }
      for (int i = 0; i < values.get().items().size(); i++) {
        String pointer = values.get().writtenAsArray() ? SourceFile.child(st.pointer(key), i) : st.pointer(key);
        String value = values.get().items().get(i);
        Arn.parse(value).ifPresent(arn -> fields(st, pointer, value, arn, "resource", placeholders, out));
      }
    }
  }

  /** Checks one ARN's partition, Region and account; {@code what} names it in messages ("resource"). */
  static void fields(Statement st, String pointer, String value, Arn arn, String what, Placeholders placeholders, Findings out) {
    String subject = what + " '" + value + "' in statement " + st.label();
    partition(st, pointer, value, arn, subject, placeholders, out);
    region(st, pointer, value, arn, subject, placeholders, out);
    account(st, pointer, value, arn, subject, placeholders, out);
  }

  // The partition set is closed (IAM User Guide, "IAM identifiers": ARN format), so anything else
  // can match no resource at all.
  private static void partition(Statement st, String pointer, String value, Arn arn, String subject, Placeholders ph, Findings out) {
    String p = arn.partition();
    if (ph.is(p) || Partitions.NAMES.contains(p) || (Arn.pattern(p) && Partitions.anyMatch(p, Partitions.NAMES))) {
      return;
    }
    String suggestion = Suggest.closest(p, Partitions.NAMES, 3).map(s -> "did you mean '" + s + "'? ").orElse("");
    out.about(st, pointer, Code.IAM020, value, subject + " has partition '" + p + "', which does not exist",
        suggestion + "partitions: " + String.join(", ", Partitions.NAMES));
  }

  private static void region(Statement st, String pointer, String value, Arn arn, String subject, Placeholders ph, Findings out) {
    String r = arn.region();
    if (r.isEmpty() || ph.is(r) || r.contains("${")) {
      return;
    }
    List<String> all = Partitions.allRegions();
    if (Arn.pattern(r)) {
      if (!Partitions.anyMatch(r, all)) {
        out.about(st, pointer, Code.IAM022, value, subject + " has Region pattern '" + r + "', which matches no Region Rolebook knows",
            "use '*' or a Region code such as us-east-1");
      }
      return;
    }
    String suggestion = Suggest.closest(r, all).map(s -> "did you mean '" + s + "'?").orElse("");
    if (!Partitions.REGION_SHAPE.matcher(r).matches()) {
      out.about(st, pointer, Code.IAM021, value, subject + " has Region '" + r + "', which is not a Region code",
          suggestion.isEmpty() ? "Region codes read like us-east-1 or eu-central-2; use '*' for any Region" : suggestion);
      return;
    }
    Optional<String> partition = Partitions.partitionOf(r);
    if (partition.isEmpty()) {
      out.about(st, pointer, Code.IAM022, value, subject + " has Region '" + r + "', which Rolebook does not know",
          suggestion.isEmpty() ? "check the Region code; a Region newer than Rolebook's list is fine" : suggestion);
    } else if (Partitions.NAMES.contains(arn.partition()) && !partition.get().equals(arn.partition())) {
      out.about(st, pointer, Code.IAM022, value,
          subject + " pairs partition '" + arn.partition() + "' with Region '" + r + "', which is in partition '" + partition.get() + "'",
          "use partition '" + partition.get() + "' for " + r);
    }
  }

  // Account IDs are 12 digits (AWS Account Management reference). AWS managed policies use the
  // account field "aws" (arn:aws:iam::aws:policy/…).
  private static void account(Statement st, String pointer, String value, Arn arn, String subject, Placeholders ph, Findings out) {
    String a = arn.account();
    if (a.isEmpty() || ph.is(a) || a.contains("${") || ACCOUNT.matcher(a).matches()
        || (a.equals("aws") && arn.service().equals("iam"))) {
      return;
    }
    if (Arn.pattern(a) && ACCOUNT_PATTERN.matcher(a).matches() && a.replace("*", "").length() <= 12) {
      return;
    }
    String hint = a.chars().allMatch(Character::isDigit)
        ? "it has " + a.length() + " digits; account IDs have exactly 12 (keep leading zeros)"
        : "use the 12-digit account ID, '*' for any account, or a placeholder from the manifest's parameters";
    out.about(st, pointer, Code.IAM023, value, subject + " has account '" + a + "', which is not a 12-digit account ID", hint);
  }
}
