package dev.rolebook.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text template kept as a resource under {@code dev/rolebook/publish/templates/}. {@code {{name}}}
 * is replaced by the value passed through the format's escaper (shell quoting, YAML/HCL strings,
 * HTML); {@code {{{name}}}} inserts text that was already rendered or escaped. A name without a value
 * is a programming error.
 */
final class Template {
  private static final Pattern SLOT = Pattern.compile("\\{\\{\\{([a-zA-Z][a-zA-Z0-9]*)\\}\\}\\}|\\{\\{([a-zA-Z][a-zA-Z0-9]*)\\}\\}");
  private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

  private final String name;
  private final String text;

  private Template(String name, String text) {
    this.name = name;
    this.text = text;
  }

  static Template resource(String name) {
    return CACHE.computeIfAbsent(name, n -> {
      try (InputStream in = Template.class.getResourceAsStream("templates/" + n)) {
        if (in == null) {
          throw new IllegalStateException("missing template resource " + n);
        }
        return new Template(n, new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  String render(Map<String, String> values, UnaryOperator<String> escape) {
    Matcher m = SLOT.matcher(text);
    StringBuilder sb = new StringBuilder(text.length() * 2);
    int last = 0;
    while (m.find()) {
      boolean raw = m.group(1) != null;
      String key = raw ? m.group(1) : m.group(2);
      String value = values.get(key);
      if (value == null) {
        throw new IllegalArgumentException("template " + name + " needs a value for '" + key + "'");
      }
      // Appended as is (not through appendReplacement, which rescans every value for $ and \).
      sb.append(text, last, m.start()).append(raw ? value : escape.apply(value));
      last = m.end();
    }
    return sb.append(text, last, text.length()).toString();
  }
}
