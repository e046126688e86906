package dev.rolebook.check;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonBoolean;
import dev.rolebook.model.JsonValue.JsonNumber;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.report.Code;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Condition values against their operator (IAM User Guide, "IAM JSON policy elements: Condition
 * operators"), and two conditions that look like guards but are not: {@code ForAllValues} in an
 * Allow without a Null check, and {@code aws:SourceIp} compared with private addresses.
 */
final class ConditionValueCheck {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  /** ISO 8601 as IAM reads it: a date, optionally a time and a zone; or epoch seconds. */
  private static final Pattern DATE = Pattern.compile(
      "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?|[0-9]+");
  private static final Pattern BASE64 = Pattern.compile("([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

  private ConditionValueCheck() {}

  static void check(Statement st, Placeholders placeholders, Findings out) {
    if (!(st.json().get("Condition").orElse(null) instanceof JsonObject ops)) {
      return;
    }
    String pointer = st.pointer("Condition");
    for (Member op : ops.members()) {
      if (!(op.value() instanceof JsonObject keys) || !ConditionOperators.valid(op.key())) {
        continue; // the grammar check reports these (IAM018)
      }
      String base = ConditionOperators.base(op.key());
      String opPointer = SourceFile.child(pointer, op.key());
      for (Member k : keys.members()) {
        String keyPointer = SourceFile.child(opPointer, k.key());
        List<JsonValue> values = k.value() instanceof JsonArray a ? a.elements() : List.of(k.value());
        for (int i = 0; i < values.size(); i++) {
          String at = k.value() instanceof JsonArray ? SourceFile.child(keyPointer, i) : keyPointer;
          value(st, op.key(), base, k.key(), at, values.get(i), placeholders, out);
        }
        if (op.key().startsWith("ForAllValues:") && st.effect().equals(Optional.of("Allow")) && !nullGuarded(ops, k.key())) {
          forAllValues(st, op.key(), k.key(), keyPointer, out);
        }
      }
    }
  }

  private static void value(Statement st, String op, String base, String key, String pointer, JsonValue v, Placeholders ph, Findings out) {
    String text = v instanceof JsonString s ? s.value() : v instanceof JsonNumber n ? n.literal()
        : v instanceof JsonBoolean b ? String.valueOf(b.value()) : null;
    if (text == null || text.contains("${")) {
      return; // shapes are the grammar check's; a policy variable is resolved at request time
    }
    Optional<String> expected = expected(base, v, text, ph);
    if (expected.isPresent()) {
      out.about(st, pointer, Code.IAM027, text,
          "condition " + op + " on '" + key + "' in statement " + st.label() + " compares with '" + text + "', which is not " + expected.get(),
          hint(base));
      return;
    }
    if (base.startsWith("Arn")) {
      Arn.parse(text).ifPresent(arn -> ArnCheck.fields(st, pointer, text, arn, "condition value", ph, out));
    }
    if ((base.equals("IpAddress") || base.equals("NotIpAddress")) && key.equalsIgnoreCase("aws:SourceIp")) {
      Cidr.parse(text).filter(Cidr::privateRange).ifPresent(c -> out.about(st, pointer, Code.SEC006, text,
          "condition " + op + " compares aws:SourceIp with private range '" + text + "' in statement " + st.label()
              + "; aws:SourceIp only holds public addresses, so this never matches",
          "for requests through a VPC endpoint use aws:VpcSourceIp (with aws:SourceVpce or aws:SourceVpc)"));
    }
  }

  /** What the value should have been ("a number"), or empty when it fits the operator. */
  private static Optional<String> expected(String base, JsonValue v, String text, Placeholders ph) {
    if (base.startsWith("Numeric")) {
      return NUMBER.matcher(text).matches() ? Optional.empty() : Optional.of("a number");
    }
    if (base.startsWith("Date")) {
      return DATE.matcher(text).matches() ? Optional.empty() : Optional.of("a date (ISO 8601, e.g. 2026-01-31T00:00:00Z, or epoch seconds)");
    }
    if (base.equals("Bool") || base.equals("Null")) {
      return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false") ? Optional.empty() : Optional.of("true or false");
    }
    if (base.equals("IpAddress") || base.equals("NotIpAddress")) {
      return Cidr.parse(text).isPresent() ? Optional.empty() : Optional.of("an IP address or CIDR range");
    }
    if (base.startsWith("Arn")) {
      boolean ok = text.equals("*") || ph.is(text) || Arn.parse(text).isPresent();
      return ok ? Optional.empty() : Optional.of("an ARN (arn:partition:service:region:account:resource)");
    }
    if (base.equals("BinaryEquals")) {
      return BASE64.matcher(text).matches() && !text.isEmpty() ? Optional.empty() : Optional.of("base64");
    }
    return Optional.empty(); // String operators take any text
  }

  private static String hint(String base) {
    if (base.startsWith("Numeric")) {
      return "Numeric operators compare numbers, e.g. \"3600\"; for text use a String operator";
    }
    if (base.startsWith("Date")) {
      return "write the date as 2026-01-31 or 2026-01-31T12:00:00Z";
    }
    if (base.equals("Null")) {
      return "Null takes \"true\" (the key is absent) or \"false\" (the key is present)";
    }
    if (base.equals("Bool")) {
      return "Bool takes \"true\" or \"false\"";
    }
    if (base.contains("IpAddress")) {
      return "write an IPv4 or IPv6 address or CIDR range such as 203.0.113.0/24";
    }
    if (base.startsWith("Arn")) {
      return "Arn operators compare ARNs; for other text use a String operator";
    }
    return "BinaryEquals takes base64-encoded bytes";
  }

  /** True when the same Condition checks {@code key} with {@code "Null": {key: "false"}}. */
  private static boolean nullGuarded(JsonObject ops, String key) {
    for (Member op : ops.members()) {
      if (op.key().equals("Null") && op.value() instanceof JsonObject keys) {
        for (Member k : keys.members()) {
          if (k.key().equalsIgnoreCase(key) && isFalse(k.value())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isFalse(JsonValue v) {
    return (v instanceof JsonBoolean b && !b.value()) || (v instanceof JsonString s && s.value().equalsIgnoreCase("false"));
  }

  // ForAllValues is true for an empty set: a request that carries no value for the key (no tags,
  // no keys) passes an Allow, which is rarely what the writer meant (IAM User Guide, "Single-valued
  // vs. multivalued context keys").
  private static void forAllValues(Statement st, String op, String key, String keyPointer, Findings out) {
    out.about(st, keyPointer, Code.SEC005, key,
        "condition " + op + " on '" + key + "' in Allow statement " + st.label()
            + " also passes a request that carries no " + key + " at all",
        "add \"Null\": {\"" + key + "\": \"false\"} to the same Condition, or use ForAnyValue");
  }

  /** An IPv4 or IPv6 address or CIDR range. */
  record Cidr(byte[] address, int prefix) {
    private static final Pattern V4 = Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})(/([0-9]{1,2}))?");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]+(/[0-9]{1,3})?");

    static Optional<Cidr> parse(String text) {
      java.util.regex.Matcher m = V4.matcher(text);
      if (m.matches()) {
        byte[] a = new byte[4];
        for (int i = 0; i < 4; i++) {
          int octet = Integer.parseInt(m.group(i + 1));
          if (octet > 255) {
            return Optional.empty();
          }
          a[i] = (byte) octet;
        }
        int prefix = m.group(6) == null ? 32 : Integer.parseInt(m.group(6));
        return prefix <= 32 ? Optional.of(new Cidr(a, prefix)) : Optional.empty();
      }
      if (text.contains(":") && V6.matcher(text).matches()) {
        int slash = text.indexOf('/');
        String addr = slash < 0 ? text : text.substring(0, slash);
        int prefix = slash < 0 ? 128 : Integer.parseInt(text.substring(slash + 1));
        try {
          // A literal containing ':' is parsed, never looked up.
          byte[] a = java.net.InetAddress.getByName("[" + addr + "]").getAddress();
          return a.length == 16 && prefix <= 128 ? Optional.of(new Cidr(a, prefix)) : Optional.empty();
        } catch (java.net.UnknownHostException | IllegalArgumentException e) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }

    /** Inside RFC 1918, loopback, link-local, shared (RFC 6598) or IPv6 unique-local/link-local space. */
    boolean privateRange() {
      int b0 = address[0] & 0xff;
      int b1 = address[1] & 0xff;
      if (address.length == 4) {
        return (b0 == 10 && prefix >= 8) || (b0 == 172 && (b1 & 0xf0) == 16 && prefix >= 12)
            || (b0 == 192 && b1 == 168 && prefix >= 16) || (b0 == 127 && prefix >= 8)
            || (b0 == 169 && b1 == 254 && prefix >= 16) || (b0 == 100 && (b1 & 0xc0) == 64 && prefix >= 10);
      }
      boolean loopback = prefix == 128 && java.util.stream.IntStream.range(0, 15).allMatch(i -> address[i] == 0) && address[15] == 1;
      return ((b0 & 0xfe) == 0xfc && prefix >= 7) || (b0 == 0xfe && (b1 & 0xc0) == 0x80 && prefix >= 10) || loopback;
    }
  }
}
