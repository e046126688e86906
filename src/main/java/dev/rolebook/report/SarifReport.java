package dev.rolebook.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the {@link Code} enum as the rule list (so the
 * rule index of a result is its code's ordinal), results located by a project-relative URI under
 * {@code %SRCROOT%}; a region only when the line is known.
 */
public final class SarifReport {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  public static void write(List<Diagnostic> diagnostics, String toolVersion, OutputStream out) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "Rolebook");
      g.writeStringField("version", toolVersion);
      g.writeArrayFieldStart("rules");
      for (Code c : Code.values()) {
        rule(g, c);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("results");
      for (Diagnostic d : diagnostics) {
        result(g, d);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rule(JsonGenerator g, Code c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.name());
    g.writeStringField("name", ruleName(c.title()));
    text(g, "shortDescription", c.title());
    text(g, "fullDescription", c.help());
    text(g, "help", c.help());
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(c.severity()));
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", d.code().name());
    g.writeNumberField("ruleIndex", d.code().ordinal());
    g.writeStringField("level", level(d.severity()));
    text(g, "message", d.hint().isEmpty() ? d.message() : d.message() + "\nHint: " + d.hint());
    if (!d.file().isEmpty()) {
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      g.writeObjectFieldStart("physicalLocation");
      g.writeObjectFieldStart("artifactLocation");
      boolean absolute = Path.of(d.file()).isAbsolute();
      g.writeStringField("uri", uri(d.file(), absolute));
      if (!absolute) {
        g.writeStringField("uriBaseId", "%SRCROOT%");
      }
      g.writeEndObject();
      if (d.line() >= 1) {
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", d.line());
        if (d.column() >= 1) {
          g.writeNumberField("startColumn", d.column());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }

  /** "Managed policy too large" → "ManagedPolicyTooLarge": SARIF rule names are identifiers. */
  static String ruleName(String title) {
    StringBuilder sb = new StringBuilder();
    for (String w : title.split("[^A-Za-z0-9]+")) {
      if (!w.isEmpty()) {
        sb.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
      }
    }
    return sb.toString();
  }

  /** A URI reference for a '/'-separated path: relative stays relative, absolute becomes file:. */
  static String uri(String file, boolean absolute) {
    try {
      String path = file.replace('\\', '/');
      if (absolute) {
        return Path.of(file).toUri().toASCIIString();
      }
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + file, e);
    }
  }
}
