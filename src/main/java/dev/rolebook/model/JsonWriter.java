package dev.rolebook.model;

import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonBoolean;
import dev.rolebook.model.JsonValue.JsonNumber;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prints {@link JsonValue} trees three ways: compact (what IAM measures), pretty (2-space indent,
 * the layout of files in policies/) and canonical (RFC 8785: keys sorted at every depth, no
 * white space, ECMAScript number form), which the set's hash is computed over.
 */
public final class JsonWriter {
  private JsonWriter() {}

  public static String compact(JsonValue value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, -1, false);
    return sb.toString();
  }

  /** Indented with two spaces per level, ending without a newline. */
  public static String pretty(JsonValue value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0, false);
    return sb.toString();
  }

  public static String canonical(JsonValue value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, -1, true);
    return sb.toString();
  }

  private static void write(StringBuilder sb, JsonValue value, int indent, boolean canonical) {
    if (value instanceof JsonObject o) {
      List<Member> members = o.members();
      if (canonical) {
        members = new ArrayList<>(members);
        members.sort(Comparator.comparing(Member::key));
      }
      if (members.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append('{');
      for (int i = 0; i < members.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        newline(sb, indent + 1, indent);
        string(sb, members.get(i).key());
        sb.append(indent >= 0 ? ": " : ":");
        write(sb, members.get(i).value(), indent >= 0 ? indent + 1 : -1, canonical);
      }
      newline(sb, indent, indent);
      sb.append('}');
    } else if (value instanceof JsonArray a) {
      if (a.elements().isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append('[');
      for (int i = 0; i < a.elements().size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        newline(sb, indent + 1, indent);
        write(sb, a.elements().get(i), indent >= 0 ? indent + 1 : -1, canonical);
      }
      newline(sb, indent, indent);
      sb.append(']');
    } else if (value instanceof JsonString s) {
      string(sb, s.value());
    } else if (value instanceof JsonNumber n) {
      sb.append(canonical ? ecmaNumber(n.literal()) : n.literal());
    } else if (value instanceof JsonBoolean b) {
      sb.append(b.value());
    } else {
      sb.append("null");
    }
  }

  private static void newline(StringBuilder sb, int level, int indent) {
    if (indent >= 0) {
      sb.append('\n');
      for (int i = 0; i < level; i++) {
        sb.append("  ");
      }
    }
  }

  /** Minimal JSON escaping (the RFC 8785 set): quote, backslash and control characters only. */
  static void string(StringBuilder sb, String s) {
    sb.append('"');
    int n = s.length();
    int plain = 0;
    while (plain < n) {
      char c = s.charAt(plain);
      if (c < 0x20 || c == '"' || c == '\\') {
        break;
      }
      plain++;
    }
    // Most policy strings need no escape at all: one copy instead of a char at a time.
    if (plain == n) {
      sb.append(s);
    } else {
      sb.append(s, 0, plain);
    }
    for (int i = plain; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /**
   * The ECMAScript Number::toString form RFC 8785 requires: integers below 1e21 without exponent
   * or fraction; other values in shortest round-trip form.
   */
  static String ecmaNumber(String literal) {
    BigDecimal d = new BigDecimal(literal);
    if (d.signum() == 0) {
      return "0";
    }
    BigDecimal stripped = d.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.abs().compareTo(new BigDecimal("1e21")) < 0) {
      return stripped.toBigInteger().toString();
    }
    double v = d.doubleValue();
    String s = Double.toString(v);
    // Java prints 1.0E-7; ECMAScript prints 1e-7.
    if (s.contains("E")) {
      String mantissa = s.substring(0, s.indexOf('E'));
      String exponent = s.substring(s.indexOf('E') + 1);
      if (mantissa.endsWith(".0")) {
        mantissa = mantissa.substring(0, mantissa.length() - 2);
      }
      return mantissa + "e" + (exponent.startsWith("-") ? exponent : "+" + exponent);
    }
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
