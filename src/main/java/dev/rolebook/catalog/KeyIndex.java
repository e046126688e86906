package dev.rolebook.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds condition keys by name without case (IAM compares condition key names case-insensitively),
 * a literal key first, then templates: {@code aws:RequestTag/${TagKey}} answers for {@code
 * aws:RequestTag/Team}, a {@code ${…}} part standing for one or more characters.
 */
final class KeyIndex<T> {
  private final Map<String, T> exact = new HashMap<>();
  private final List<Map.Entry<Pattern, T>> templates = new ArrayList<>();

  static KeyIndex<ConditionKey> of(Collection<ConditionKey> keys) {
    KeyIndex<ConditionKey> index = new KeyIndex<>();
    keys.forEach(k -> index.put(k.key(), k));
    return index;
  }

  void put(String key, T value) {
    exact.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
    if (key.contains("${")) {
      templates.add(Map.entry(template(key), value));
    }
  }

  Optional<T> find(String key) {
    T hit = exact.get(key.toLowerCase(Locale.ROOT));
    if (hit != null) {
      return Optional.of(hit);
    }
    for (Map.Entry<Pattern, T> t : templates) {
      if (t.getKey().matcher(key).matches()) {
        return Optional.of(t.getValue());
      }
    }
    return Optional.empty();
  }

  /** {@code a/${X}.b} as the regular expression {@code \Qa/\E.+\Q.b\E}, without case. */
  static Pattern template(String key) {
    StringBuilder regex = new StringBuilder();
    int from = 0;
    int open;
    while ((open = key.indexOf("${", from)) >= 0) {
      int close = key.indexOf('}', open);
      if (close < 0) {
        break;
      }
      regex.append(Pattern.quote(key.substring(from, open))).append(".+");
      from = close + 1;
    }
    regex.append(Pattern.quote(key.substring(from)));
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
