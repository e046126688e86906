package dev.rolebook.trail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolebook.model.Position;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams the records of one file to a consumer, one record in memory at a time, whichever form
 * the file has:
 *
 * <ul>
 *   <li>a CloudTrail log file as delivered to S3: {@code {"Records": [record, …]}};
 *   <li>{@code aws cloudtrail lookup-events} output: {@code {"Events": [{"CloudTrailEvent": "<record
 *       as a JSON string>", …}]}};
 *   <li>CloudTrail Lake {@code get-query-results} output: {@code {"QueryResultRows": [[{"column":
 *       "text"}, …], …]}}, where a row holds either an {@code eventJson} column or the record's
 *       columns ({@code SELECT *});
 *   <li>a bare JSON array of any of these elements (what {@code --query Events} prints).
 * </ul>
 *
 * Gzip is recognised by its magic bytes, not the file name. The file is never read into a tree:
 * Jackson's parser walks it and only one record at a time becomes a {@link JsonNode}.
 */
final class TrailReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private final String display;
  private final Consumer<TrailEvent> sink;
  private final Consumer<Diagnostic> problems;
  private int records;

  private TrailReader(String display, Consumer<TrailEvent> sink, Consumer<Diagnostic> problems) {
    this.display = display;
    this.sink = sink;
    this.problems = problems;
  }

  /** Reads {@code file} (shown as {@code display}); returns how many records it held. */
  static int read(Path file, String display, Consumer<TrailEvent> sink, Consumer<Diagnostic> problems) {
    TrailReader r = new TrailReader(display, sink, problems);
    try (InputStream in = open(file); JsonParser p = FACTORY.createParser(in)) {
      r.document(p);
    } catch (StreamReadException e) {
      JsonLocation at = e.getLocation();
      r.problem(at, "is not valid JSON: " + e.getOriginalMessage(),
          "a CloudTrail file is one JSON document; was it cut short or edited by hand?");
    } catch (EOFException | ZipException e) {
      r.problem(null, "is a damaged gzip file (" + e.getMessage() + ")", "download the log file again");
    } catch (IOException e) {
      r.problem(null, "cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), "");
    }
    return r.records;
  }

  private static InputStream open(Path file) throws IOException {
    BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    // RFC 1952: every gzip member starts with 0x1f 0x8b.
    return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
  }

  private void document(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == JsonToken.START_ARRAY) {
      elements(p, Form.ANY);
      return;
    }
    if (first != JsonToken.START_OBJECT) {
      problem(p.currentTokenLocation(), "holds no CloudTrail records: expected a JSON object with Records, Events or"
          + " QueryResultRows, or an array", HINT);
      return;
    }
    boolean found = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken value = p.nextToken();
      Form form = switch (key) {
        case "Records" -> Form.RECORD;
        case "Events" -> Form.LOOKUP;
        case "QueryResultRows" -> Form.LAKE;
        default -> null;
      };
      if (form == null || value != JsonToken.START_ARRAY) {
        p.skipChildren();
        continue;
      }
      found = true;
      elements(p, form);
    }
    if (!found) {
      problem(new JsonLocation(null, -1, 1, 1), "holds no CloudTrail records: no Records, Events or QueryResultRows array", HINT);
    }
  }

  private static final String HINT = "pass CloudTrail log files (.json or .json.gz), 'aws cloudtrail lookup-events' output"
      + " or CloudTrail Lake 'get-query-results' output";

  private enum Form { RECORD, LOOKUP, LAKE, ANY }

  /** The elements of an array of records, lookup events or Lake rows; the parser is on '['. */
  private void elements(JsonParser p, Form form) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
      JsonLocation at = p.currentTokenLocation();
      String where = display + ":" + at.getLineNr();
      if (t == JsonToken.START_ARRAY && (form == Form.LAKE || form == Form.ANY)) {
        lakeRow(p, at, where);
      } else if (t == JsonToken.START_OBJECT && form != Form.LAKE) {
        JsonNode n = MAPPER.readTree(p);
        JsonNode wrapped = n.get("CloudTrailEvent");
        if (wrapped != null && (form == Form.LOOKUP || form == Form.ANY)) {
          if (!wrapped.isTextual()) {
            problem(at, "has a CloudTrailEvent that is not a JSON string", "");
            continue;
          }
          jsonText(wrapped.asText(), at, where, "CloudTrailEvent");
        } else {
          record(n, at, where);
        }
      } else {
        problem(at, "has " + describe(t) + " where a " + expected(form) + " was expected", HINT);
        p.skipChildren();
      }
    }
  }

  private void lakeRow(JsonParser p, JsonLocation at, String where) throws IOException {
    Map<String, String> columns = new LinkedHashMap<>();
    JsonNode row = MAPPER.readTree(p);
    for (JsonNode cell : row) {
      cell.fields().forEachRemaining(e -> columns.put(e.getKey().toLowerCase(Locale.ROOT),
          e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
    }
    String json = columns.get(LakeRow.EVENT_JSON);
    if (json != null) {
      jsonText(json, at, where, "eventJson");
    } else {
      accept(new LakeRow(columns), at, where);
    }
  }

  private void jsonText(String text, JsonLocation at, String where, String what) {
    try {
      JsonNode n = MAPPER.readTree(text);
      if (n == null || !n.isObject()) {
        problem(at, "has a " + what + " that is not a JSON object", "");
        return;
      }
      record(n, at, where);
    } catch (IOException e) {
      problem(at, "has a " + what + " that is not valid JSON: " + firstLine(e.getMessage()), "");
    }
  }

  private void record(JsonNode n, JsonLocation at, String where) {
    if (!n.isObject()) {
      problem(at, "has " + n.getNodeType().toString().toLowerCase(Locale.ROOT) + " where a record was expected", HINT);
      return;
    }
    accept(new JsonRecord(n), at, where);
  }

  private void accept(EventFields.Source s, JsonLocation at, String where) {
    TrailEvent e = EventFields.of(s, where);
    if (e.source().isEmpty() || e.name().isEmpty()) {
      problems.accept(Diagnostic.of(Code.TRAIL002, display, position(at),
          "record has no " + (e.source().isEmpty() ? "eventSource" : "eventName") + "; skipped",
          "select at least eventSource, eventName, eventTime, userIdentity and errorCode in a Lake query"));
      return;
    }
    records++;
    sink.accept(e);
  }

  private void problem(JsonLocation at, String message, String hint) {
    problems.accept(Diagnostic.of(Code.TRAIL001, display, position(at), "'" + display + "' " + message, hint));
  }

  private static Position position(JsonLocation at) {
    return at == null || at.getLineNr() < 1 || at.getColumnNr() < 1 ? Position.UNKNOWN : new Position(at.getLineNr(), at.getColumnNr());
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      default -> "null";
    };
  }

  private static String expected(Form form) {
    return switch (form) {
      case RECORD -> "record (object)";
      case LOOKUP -> "lookup event (object with CloudTrailEvent)";
      case LAKE -> "Lake row (array of columns)";
      case ANY -> "record, lookup event or Lake row";
    };
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
