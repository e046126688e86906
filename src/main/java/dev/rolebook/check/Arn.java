package dev.rolebook.check;

import java.util.Optional;

/**
 * The six fields of an ARN as written: {@code arn:partition:service:region:account:resource}. The
 * resource part keeps any further colons ({@code function:name:alias}).
 */
record Arn(String partition, String service, String region, String account, String resource) {

  /** Splits {@code value}; empty when it does not start with "arn:" or has fewer than six fields. */
  static Optional<Arn> parse(String value) {
    if (!value.startsWith("arn:")) {
      return Optional.empty();
    }
    // Split on the first five colons outside policy variables: ${aws:RequestedRegion} holds one.
    java.util.List<String> f = new java.util.ArrayList<>();
    int start = 0;
    int depth = 0;
    for (int i = 0; i < value.length() && f.size() < 5; i++) {
      char c = value.charAt(i);
      if (c == '$' && i + 1 < value.length() && value.charAt(i + 1) == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ':' && depth == 0) {
        f.add(value.substring(start, i));
        start = i + 1;
      }
    }
    if (f.size() < 5) {
      return Optional.empty();
    }
    return Optional.of(new Arn(f.get(1), f.get(2), f.get(3), f.get(4), value.substring(start)));
  }

  /** True when a field holds IAM wildcards or a policy variable, so only its shape can be judged. */
  static boolean pattern(String field) {
    return field.contains("*") || field.contains("?") || field.contains("${");
  }
}
