package dev.rolebook.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rolebook.check.SizeFigure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Machine-readable output: {"hash", "catalog", "diagnostics": [...], "sizes": [...], "errors", "warnings"}. */
public final class JsonReport {
  private JsonReport() {}

  public static void write(
      Optional<String> hash, List<Diagnostic> diagnostics, List<SizeFigure> sizes, OutputStream out) {
    write(hash, Optional.empty(), diagnostics, sizes, out);
  }

  /** The IAM action catalog a check consulted: its source and the date of its data (yyyy-mm-dd). */
  public record CatalogStamp(String source, String date) {}

  /** As above, with a {@code "catalog": {"source", "date"}} field after the hash. */
  public static void write(
      Optional<String> hash, Optional<CatalogStamp> catalog, List<Diagnostic> diagnostics, List<SizeFigure> sizes, OutputStream out) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("tool", "rolebook");
      if (hash.isPresent()) {
        g.writeStringField("hash", "sha256:" + hash.get());
      }
      if (catalog.isPresent()) {
        g.writeObjectFieldStart("catalog");
        g.writeStringField("source", catalog.get().source());
        g.writeStringField("date", catalog.get().date());
        g.writeEndObject();
      }
      g.writeNumberField("errors", diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count());
      g.writeNumberField("warnings", diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count());
      g.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : diagnostics) {
        g.writeStartObject();
        g.writeStringField("severity", d.severity().word());
        g.writeStringField("code", d.code().name());
        g.writeStringField("file", d.file());
        g.writeNumberField("line", d.line());
        g.writeNumberField("column", d.column());
        g.writeStringField("message", d.message());
        g.writeStringField("hint", d.hint());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("sizes");
      for (SizeFigure f : sizes) {
        g.writeStartObject();
        g.writeStringField("policy", f.policy());
        g.writeArrayFieldStart("variants");
        for (String v : f.variants()) {
          g.writeString(v);
        }
        g.writeEndArray();
        g.writeStringField("target", f.target());
        g.writeNumberField("chars", f.chars());
        g.writeNumberField("limit", f.limit());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
