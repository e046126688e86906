package dev.rolebook.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/** The diff as one JSON object, for tools: sides, verdict, and every change with its places. */
public final class JsonDiff {
  private JsonDiff() {}

  public static void write(SetDiff diff, OutputStream out) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      side(g, "base", diff.base());
      side(g, "head", diff.head());
      g.writeStringField("actions", diff.actions());
      g.writeStringField("direction", diff.direction().map(Direction::label).orElse("none"));
      g.writeBooleanField("permissionsChanged", !diff.permissionsUnchanged());
      g.writeStringField("risk", diff.risk().label());
      optional(g, "requiredVersion", diff.requiredVersion().map(Object::toString));
      g.writeObjectFieldStart("counts");
      for (Direction d : Direction.values()) {
        g.writeNumberField(d.label(), diff.count(d));
      }
      g.writeEndObject();
      g.writeStringField("verdict", Verdict.of(diff));
      g.writeArrayFieldStart("policies");
      for (UnitDiff u : diff.units()) {
        g.writeStartObject();
        g.writeStringField("name", u.name());
        g.writeStringField("kind", u.kind());
        g.writeStringField("status", u.status().name().toLowerCase(Locale.ROOT));
        size(g, "sizeBefore", u.before());
        size(g, "sizeAfter", u.after());
        g.writeArrayFieldStart("changes");
        for (Change c : u.changes()) {
          g.writeStartObject();
          g.writeStringField("statement", c.statement());
          g.writeStringField("element", c.element().label());
          g.writeStringField("direction", c.direction().label());
          g.writeStringField("risk", c.risk().label());
          g.writeStringField("summary", c.summary());
          g.writeArrayFieldStart("values");
          for (String v : c.values()) {
            g.writeString(v);
          }
          g.writeEndArray();
          where(g, "head", c.head());
          where(g, "base", c.base());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void side(JsonGenerator g, String name, SetDiff.Side s) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("label", s.label());
    g.writeStringField("version", s.version());
    optional(g, "sha256", s.sha256());
    g.writeEndObject();
  }

  private static void size(JsonGenerator g, String name, Optional<UnitDiff.Size> size) throws IOException {
    if (size.isEmpty()) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeNumberField("asWritten", size.get().asWritten());
    g.writeNumberField("worstCase", size.get().worstCase());
    g.writeNumberField("limit", size.get().limit());
    g.writeEndObject();
  }

  private static void where(JsonGenerator g, String name, Optional<Where> at) throws IOException {
    if (at.isEmpty()) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeStringField("file", at.get().file());
    g.writeNumberField("line", at.get().line());
    g.writeNumberField("column", at.get().column());
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }
}
