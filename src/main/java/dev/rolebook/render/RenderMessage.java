package dev.rolebook.render;

import java.util.Locale;

/**
 * One message Asciidoctor or an extension logged while rendering, at its .adoc position
 * ({@code line} -1 when unknown). Prints as {@code src/docs/guide.adoc:12: message}.
 */
public record RenderMessage(String severity, String file, int line, String message) {
  @Override
  public String toString() {
    String word = severity.equals("WARN") ? "warning" : severity.toLowerCase(Locale.ROOT);
    return file + (line > 0 ? ":" + line : "") + ": " + word + ": " + message;
  }
}
