package dev.rolebook.render;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page around a rendered body: {@code site/templates/page.html} with {@code {{name}}}
 * placeholders, filled in a single pass (so a body containing "{{" is never expanded).
 */
public final class PageTemplate {
  public static final String PATH = "site/templates/page.html";
  /** The contract's policy: nothing from other hosts, no inline script or style. */
  public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; base-uri 'none'; form-action 'none'";
  private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z0-9-]+)}}");

  private final String text;

  public PageTemplate(String text) {
    this.text = text;
  }

  /** The name of a placeholder the template uses but {@code values} lacks, if any. */
  public Optional<String> missing(Map<String, String> values) {
    Matcher m = SLOT.matcher(text);
    while (m.find()) {
      if (!values.containsKey(m.group(1))) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** Fills every placeholder; values are inserted as given (escape them first where needed). */
  public String fill(Map<String, String> values) {
    Matcher m = SLOT.matcher(text);
    StringBuilder sb = new StringBuilder(text.length() + 64 * 1024);
    int at = 0;
    while (m.find()) {
      // Appended as they are: appendReplacement would first quote, then unquote, every page body.
      sb.append(text, at, m.start()).append(values.getOrDefault(m.group(1), m.group()));
      at = m.end();
    }
    return sb.append(text, at, text.length()).toString();
  }
}
