package dev.rolebook.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonBoolean;
import dev.rolebook.model.JsonValue.JsonNull;
import dev.rolebook.model.JsonValue.JsonNumber;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.Position;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON the way IAM wants it: UTF-8 without a byte-order mark, no comments, no trailing
 * commas, no NaN, no duplicate keys, bounded size and depth. Problems come back as diagnostics
 * with the file's line and column; nothing is thrown for bad input.
 */
public final class StrictJson {
  /** Largest file accepted. Policies are capped by IAM at a few KB; this only stops runaway input. */
  public static final int DEFAULT_MAX_BYTES = 1 << 20;

  /** Deepest nesting accepted. Real policies nest 5 levels (Statement/Condition/operator/key/value). */
  public static final int DEFAULT_MAX_DEPTH = 64;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          // Our own depth cap (below) fires first and with a better message.
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).build())
          .build();

  private final int maxBytes;
  private final int maxDepth;

  public StrictJson() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
  }

  public StrictJson(int maxBytes, int maxDepth) {
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
  }

  /** Parses {@code bytes} read from the file shown to users as {@code path}. */
  public JsonReadResult read(String path, byte[] bytes) {
    if (bytes.length > maxBytes) {
      return JsonReadResult.failed(
          Diagnostic.of(
              Code.JSON004,
              path,
              new Position(1, 1),
              String.format(
                  java.util.Locale.ROOT,
                  "file is %,d bytes; the limit is %,d bytes",
                  bytes.length,
                  maxBytes),
              "an IAM policy is at most a few KB; check that this is the file you meant"));
    }
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return JsonReadResult.failed(
          Diagnostic.of(
              Code.JSON003,
              path,
              new Position(1, 1),
              "file starts with a UTF-8 byte-order mark",
              "save the file as UTF-8 without BOM; the AWS CLI passes the BOM to IAM, which rejects it"));
    }
    String text;
    try {
      text = decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      return JsonReadResult.failed(notUtf8(path, bytes));
    }
    return parse(path, text);
  }

  /** Parses text that is already decoded. */
  public JsonReadResult parse(String path, String text) {
    return parse(path, text, new HashMap<>());
  }

  /**
   * Parses text Rolebook generated, to compare it with the document it was made from: as strictly,
   * but keeping no node positions (nothing will be reported at a node of it), which makes reading
   * back a thousand targets' bundles a fifth cheaper. Problems still carry their line and column.
   */
  public JsonReadResult readBack(String path, String text) {
    return parse(path, text, null);
  }

  /** {@code positions}: where each node's position goes, or null to keep none. */
  private JsonReadResult parse(String path, String text, Map<String, Position> positions) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return JsonReadResult.failed(
            Diagnostic.of(
                Code.JSON001,
                path,
                new Position(1, 1),
                "file is empty",
                "a policy is a JSON object: {\"Version\": \"2012-10-17\", \"Statement\": [...]}"));
      }
      Builder builder = new Builder(parser, path, positions);
      JsonValue root = builder.value("", 0);
      if (builder.failure != null) {
        return JsonReadResult.failed(builder.failure);
      }
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        return JsonReadResult.failed(
            Diagnostic.of(
                Code.JSON001,
                path,
                at(parser.currentTokenLocation()),
                "unexpected content after the end of the JSON value",
                "a file holds exactly one JSON value; remove what follows the closing brace"));
      }
      return JsonReadResult.ok(new SourceFile(path, text, root, positions == null ? Map.of() : positions));
    } catch (JsonProcessingException e) {
      return JsonReadResult.failed(syntaxError(path, text, e));
    } catch (IOException e) {
      // Reading from a String cannot fail with plain I/O; anything here is a parse failure.
      return JsonReadResult.failed(
          Diagnostic.of(Code.JSON001, path, Position.UNKNOWN, e.getMessage(), ""));
    }
  }

  private final class Builder {
    private final JsonParser parser;
    private final String path;
    private final Map<String, Position> positions;
    private Diagnostic failure;

    Builder(JsonParser parser, String path, Map<String, Position> positions) {
      this.parser = parser;
      this.path = path;
      this.positions = positions;
    }

    /** Reads the value at the parser's current token; on failure records it and returns null. */
    JsonValue value(String pointer, int depth) throws IOException {
      JsonToken token = parser.currentToken();
      if (positions != null) {
        positions.put(pointer, at(parser.currentTokenLocation()));
      }
      switch (token) {
        case START_OBJECT:
        case START_ARRAY:
          if (depth >= maxDepth) {
            failure =
                Diagnostic.of(
                    Code.JSON005,
                    path,
                    at(parser.currentTokenLocation()),
                    "nesting deeper than " + maxDepth + " levels",
                    "IAM policies nest a handful of levels; this file is not a policy");
            return null;
          }
          return token == JsonToken.START_OBJECT ? object(pointer, depth) : array(pointer, depth);
        case VALUE_STRING:
          return new JsonString(parser.getText());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return new JsonNumber(parser.getText());
        case VALUE_TRUE:
          return new JsonBoolean(true);
        case VALUE_FALSE:
          return new JsonBoolean(false);
        case VALUE_NULL:
          return new JsonNull();
        default:
          throw new IllegalStateException("unexpected token " + token);
      }
    }

    private JsonValue object(String pointer, int depth) throws IOException {
      List<Member> members = new ArrayList<>();
      Map<String, Position> seen = new HashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        Position keyAt = at(parser.currentTokenLocation());
        Position earlier = seen.putIfAbsent(key, keyAt);
        if (earlier != null) {
          failure =
              Diagnostic.of(
                  Code.JSON002,
                  path,
                  keyAt,
                  "duplicate key '" + key + "' (first at line " + earlier.line() + ")",
                  "IAM silently keeps only one of the two; merge them into one");
          return null;
        }
        String child = pointer;
        if (positions != null) {
          child = SourceFile.child(pointer, key);
          positions.put(child + SourceFile.KEY_SUFFIX, keyAt);
        }
        parser.nextToken();
        JsonValue v = value(child, depth + 1);
        if (v == null) {
          return null;
        }
        members.add(new Member(key, v));
      }
      return new JsonObject(members);
    }

    private JsonValue array(String pointer, int depth) throws IOException {
      List<JsonValue> elements = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        JsonValue v = value(positions == null ? pointer : SourceFile.child(pointer, elements.size()), depth + 1);
        if (v == null) {
          return null;
        }
        elements.add(v);
      }
      return new JsonArray(elements);
    }
  }

  private static Position at(JsonLocation location) {
    int line = location.getLineNr();
    int column = location.getColumnNr();
    return line > 0 && column > 0 ? new Position(line, column) : Position.UNKNOWN;
  }

  private static final java.util.regex.Pattern UNEXPECTED =
      java.util.regex.Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\):? ?(.*)");
  private static final java.util.regex.Pattern START_MARKER =
      java.util.regex.Pattern.compile("close marker for (Object|Array).*line: (\\d+), column: (\\d+)");

  /** Jackson's message reworded for people who edit policies, with a hint for the common slips. */
  private static Diagnostic syntaxError(String path, String text, JsonProcessingException e) {
    Position where = e.getLocation() == null ? Position.UNKNOWN : at(e.getLocation());
    String raw = e.getOriginalMessage();
    String message = raw.lines().findFirst().orElse(raw);
    String hint = "";
    java.util.regex.Matcher start = START_MARKER.matcher(message);
    java.util.regex.Matcher unexpected = UNEXPECTED.matcher(message);
    if (message.startsWith("Unexpected end-of-input")) {
      message = start.find()
          ? "file ends inside the " + start.group(1).toLowerCase(java.util.Locale.ROOT) + " opened at line " + start.group(2) + ", column " + start.group(3)
          : "file ends before the JSON value is complete";
      hint = "the file looks truncated: close every '{' and '['";
    } else if (message.contains("comment")) {
      message = "comments are not allowed in JSON";
      hint = "IAM JSON has no comments: move the note into the manifest's description";
    } else if (message.contains("Non-standard token")) {
      message = "'" + message.replaceAll(".*token '([^']*)'.*", "$1") + "' is not a JSON value";
      hint = "write a string or a finite number";
    } else if (where.known() && previousSignificant(text, where) == ',' && unexpected.matches()
        && (unexpected.group(1).equals("]") || unexpected.group(1).equals("}"))) {
      message = "trailing comma before '" + unexpected.group(1) + "'";
      hint = "remove the comma after the last element";
    } else if (unexpected.matches()) {
      String expected = unexpected.group(2)
          .replace("expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')", "expected a JSON value")
          .replaceAll("\\s*\\(for .*\\)$", "");
      message = "unexpected '" + unexpected.group(1) + "'" + (expected.isEmpty() ? "" : ": " + expected);
      if (unexpected.group(1).equals("'")) {
        hint = "JSON strings use double quotes";
      }
    } else if (message.startsWith("Unrecognized token")) {
      message = "unrecognized token " + message.replaceAll("Unrecognized token ('[^']*').*", "$1");
      hint = "strings need double quotes; literals are true, false and null";
    }
    return Diagnostic.of(Code.JSON001, path, where, message, hint);
  }

  /** The last non-white-space character before {@code where}, or 0. */
  private static char previousSignificant(String text, Position where) {
    List<String> lines = text.lines().toList();
    for (int l = Math.min(where.line(), lines.size()); l >= 1; l--) {
      String line = lines.get(l - 1);
      int end = l == where.line() ? Math.min(where.column() - 1, line.length()) : line.length();
      for (int i = end - 1; i >= 0; i--) {
        if (!Character.isWhitespace(line.charAt(i))) {
          return line.charAt(i);
        }
      }
    }
    return 0;
  }

  private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static Diagnostic notUtf8(String path, byte[] bytes) {
    // Find the first bad byte by decoding growing prefixes of valid sequences.
    int line = 1;
    int column = 1;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      boolean ok = length > 0 && i + length <= bytes.length;
      for (int k = 1; ok && k < length; k++) {
        ok = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (ok && length > 1) {
        try {
          decodeUtf8(java.util.Arrays.copyOfRange(bytes, i, i + length));
        } catch (CharacterCodingException e) {
          ok = false;
        }
      }
      if (!ok) {
        return Diagnostic.of(
            Code.JSON003,
            path,
            new Position(line, column),
            String.format(java.util.Locale.ROOT, "byte 0x%02X is not valid UTF-8", b),
            "save the file as UTF-8; IAM accepts only UTF-8 text");
      }
      if (b == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += length;
    }
    return Diagnostic.of(Code.JSON003, path, new Position(1, 1), "file is not valid UTF-8", "");
  }
}
