package dev.rolebook.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds condition keys by name without case (IAM compares condition key names case-insensitively),
 * a literal key first, then templates: {@code aws:RequestTag/${TagKey}} answers for {@code
 * aws:RequestTag/Team}, a {@code ${…}} part standing for one or more characters. Templates are
 * matched as {@link Wildcard} patterns ({@code ${X}} becomes {@code ?*}), not regular expressions:
 * a cold JVM pays for java.util.regex, and no condition key contains {@code *} or {@code ?}.
 */
final class KeyIndex<T> {
  private final Map<String, T> exact = new HashMap<>();
  private final List<String> templates = new ArrayList<>();
  private final List<T> templateValues = new ArrayList<>();

  static KeyIndex<ConditionKey> of(Collection<ConditionKey> keys) {
    KeyIndex<ConditionKey> index = new KeyIndex<>();
    for (ConditionKey k : keys) {
      index.put(k.key(), k);
    }
    return index;
  }

  void put(String key, T value) {
    String lower = key.toLowerCase(Locale.ROOT);
    exact.putIfAbsent(lower, value);
    if (lower.contains("${")) {
      templates.add(glob(lower));
      templateValues.add(value);
    }
  }

  Optional<T> find(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    T hit = exact.get(lower);
    if (hit != null) {
      return Optional.of(hit);
    }
    for (int i = 0; i < templates.size(); i++) {
      if (Wildcard.matches(templates.get(i), lower)) {
        return Optional.of(templateValues.get(i));
      }
    }
    return Optional.empty();
  }

  /** {@code a/${x}.b} as the wildcard pattern {@code a/?*.b}: one or more characters per variable. */
  static String glob(String template) {
    StringBuilder sb = new StringBuilder();
    int from = 0;
    int open;
    while ((open = template.indexOf("${", from)) >= 0) {
      int close = template.indexOf('}', open);
      if (close < 0) {
        break;
      }
      sb.append(template, from, open).append("?*");
      from = close + 1;
    }
    return sb.append(template, from, template.length()).toString();
  }
}
