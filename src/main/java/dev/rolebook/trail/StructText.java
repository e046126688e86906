package dev.rolebook.trail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text CloudTrail Lake gives for a struct, map or array column: the SQL engine's own
 * rendering, {@code {type=AssumedRole, arn=arn:aws:sts::…, sessioncontext={sessionissuer={arn=…}}}}
 * and {@code [{arn=…, type=AWS::S3::Bucket}]}. Keys come back lower-case, "null" stands for
 * absent. Values never hold ", " or braces in the fields Rolebook reads (ARNs, names, types).
 */
final class StructText {
  private final String text;
  private int at;

  private StructText(String text) {
    this.text = text;
  }

  /** A map for {@code {…}}, a list for {@code […]}, else the text itself; null for "null". */
  static Object parse(String text) {
    String t = text.strip();
    if (!t.startsWith("{") && !t.startsWith("[")) {
      return t.equals("null") ? null : t;
    }
    StructText p = new StructText(t);
    return p.value();
  }

  private Object value() {
    if (at < text.length() && text.charAt(at) == '{') {
      at++;
      Map<String, Object> map = new LinkedHashMap<>();
      while (at < text.length() && text.charAt(at) != '}') {
        skipSeparators();
        int eq = text.indexOf('=', at);
        if (eq < 0) {
          break;
        }
        String key = text.substring(at, eq).strip().toLowerCase(java.util.Locale.ROOT);
        at = eq + 1;
        map.put(key, value());
        skipSeparators();
      }
      at++;
      return map;
    }
    if (at < text.length() && text.charAt(at) == '[') {
      at++;
      List<Object> list = new ArrayList<>();
      while (at < text.length() && text.charAt(at) != ']') {
        skipSeparators();
        if (at < text.length() && text.charAt(at) == ']') {
          break;
        }
        list.add(value());
        skipSeparators();
      }
      at++;
      return list;
    }
    int start = at;
    while (at < text.length() && !(text.charAt(at) == ',' && next(' ')) && text.charAt(at) != '}' && text.charAt(at) != ']') {
      at++;
    }
    String scalar = text.substring(start, at).strip();
    return scalar.equals("null") ? null : scalar;
  }

  private boolean next(char c) {
    return at + 1 < text.length() && text.charAt(at + 1) == c;
  }

  private void skipSeparators() {
    while (at < text.length() && (text.charAt(at) == ',' || text.charAt(at) == ' ')) {
      at++;
    }
  }
}
