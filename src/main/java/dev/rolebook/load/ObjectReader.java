package dev.rolebook.load;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonNumber;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Typed reads from one JSON object of a configuration file (manifest, targets), collecting a
 * diagnostic for every missing, unknown or mistyped field instead of stopping at the first.
 */
final class ObjectReader {
  private final SourceFile file;
  private final JsonObject object;
  private final String pointer;
  private final Code code;
  private final List<Diagnostic> sink;
  private final String rootName;

  ObjectReader(SourceFile file, JsonObject object, String pointer, Code code, List<Diagnostic> sink) {
    this(file, object, pointer, code, sink, "the manifest");
  }

  /** {@code rootName} names the file's top-level object in messages ("the targets file"). */
  ObjectReader(SourceFile file, JsonObject object, String pointer, Code code, List<Diagnostic> sink, String rootName) {
    this.rootName = rootName;
    this.file = file;
    this.object = object;
    this.pointer = pointer;
    this.code = code;
    this.sink = sink;
  }

  /** Reads {@code value} as an object, reporting a type error (and returning empty) otherwise. */
  static Optional<ObjectReader> of(
      SourceFile file, JsonValue value, String pointer, Code code, List<Diagnostic> sink, String what) {
    if (value instanceof JsonObject o) {
      return Optional.of(new ObjectReader(file, o, pointer, code, sink));
    }
    sink.add(
        Diagnostic.of(
            code,
            file.path(),
            file.position(pointer),
            what + " must be an object, found " + value.typeName(),
            ""));
    return Optional.empty();
  }

  String pointer() {
    return pointer;
  }

  /** Reports every key not in {@code allowed}. */
  void allowOnly(Set<String> allowed) {
    for (String key : object.keys()) {
      if (!allowed.contains(key)) {
        String child = SourceFile.child(pointer, key);
        sink.add(
            Diagnostic.of(
                code,
                file.path(),
                file.keyPosition(child),
                "unknown field '" + key + "' in " + where(),
                "allowed fields: " + String.join(", ", new java.util.TreeSet<>(allowed))));
      }
    }
  }

  String requiredString(String key) {
    return string(key, true).orElse("");
  }

  Optional<String> optionalString(String key) {
    return string(key, false);
  }

  /** A required string that must be one of {@code choices}. */
  String choice(String key, List<String> choices, String fallback) {
    Optional<String> v = string(key, false);
    if (v.isPresent() && !choices.contains(v.get())) {
      report(key, "'" + v.get() + "' is not one of " + String.join(", ", choices) + " for '" + key + "'", "");
      return fallback;
    }
    return v.orElse(fallback);
  }

  int integer(String key, int fallback, dev.rolebook.model.Bounds.Range range) {
    return integer(key, fallback, range.min(), range.max());
  }

  int integer(String key, int fallback, int min, int max) {
    Optional<JsonValue> v = object.get(key);
    if (v.isEmpty()) {
      return fallback;
    }
    if (v.get() instanceof JsonNumber n && n.literal().matches("-?[0-9]{1,9}")) {
      int value = Integer.parseInt(n.literal());
      if (value < min || value > max) {
        report(key, "'" + key + "' is " + value + "; allowed range is " + min + ".." + max, "");
        return fallback;
      }
      return value;
    }
    report(key, "'" + key + "' must be an integer, found " + describe(v.get()), "");
    return fallback;
  }

  /** Each element of the array at {@code key} read by {@code each}; absent is an empty list. */
  <T> List<T> list(String key, boolean required, BiFunction<ObjectReader, Integer, T> each) {
    Optional<JsonValue> v = object.get(key);
    List<T> out = new ArrayList<>();
    if (v.isEmpty()) {
      if (required) {
        missing(key);
      }
      return out;
    }
    if (!(v.get() instanceof JsonArray array)) {
      report(key, "'" + key + "' must be an array, found " + v.get().typeName(), "");
      return out;
    }
    String base = SourceFile.child(pointer, key);
    for (int i = 0; i < array.elements().size(); i++) {
      String child = SourceFile.child(base, i);
      int index = i;
      of(file, array.elements().get(i), child, code, sink, key + "[" + i + "]")
          .map(r -> each.apply(r, index))
          .ifPresent(out::add);
    }
    return out;
  }

  /**
   * An array of strings at {@code key}; empty when absent. A non-array or a non-string element is
   * reported at its own position and left out.
   */
  Optional<List<String>> stringList(String key) {
    Optional<JsonValue> v = object.get(key);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (!(v.get() instanceof JsonArray array)) {
      report(key, "'" + key + "' must be an array of strings, found " + describe(v.get()), "e.g. \"" + key + "\": [\"a\", \"b\"]");
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    String base = SourceFile.child(pointer, key);
    for (int i = 0; i < array.elements().size(); i++) {
      JsonValue e = array.elements().get(i);
      if (e instanceof JsonString s) {
        out.add(s.value());
      } else {
        sink.add(Diagnostic.of(code, file.path(), file.position(SourceFile.child(base, i)),
            "'" + key + "' must hold strings, found " + describe(e), ""));
      }
    }
    return Optional.of(out);
  }

  /** The raw value of {@code key}, for shapes the typed reads don't cover. */
  Optional<JsonValue> raw(String key) {
    return object.get(key);
  }

  SourceFile file() {
    return file;
  }

  Optional<ObjectReader> child(String key) {
    return object.get(key).flatMap(v -> of(file, v, SourceFile.child(pointer, key), code, sink, "'" + key + "'"));
  }

  private Optional<String> string(String key, boolean required) {
    Optional<JsonValue> v = object.get(key);
    if (v.isEmpty()) {
      if (required) {
        missing(key);
      }
      return Optional.empty();
    }
    if (v.get() instanceof JsonString s) {
      if (required && s.value().isBlank()) {
        report(key, "'" + key + "' is empty", "give it a value");
      }
      return Optional.of(s.value());
    }
    if (v.get() instanceof JsonValue.JsonNull && !required) {
      return Optional.empty();
    }
    report(key, "'" + key + "' must be a string, found " + describe(v.get()), "");
    return Optional.empty();
  }

  void missing(String key) {
    sink.add(
        Diagnostic.of(
            code,
            file.path(),
            file.position(pointer),
            "missing field '" + key + "' in " + where(),
            "add \"" + key + "\": …"));
  }

  void report(String key, String message, String hint) {
    sink.add(Diagnostic.of(code, file.path(), file.position(SourceFile.child(pointer, key)), message, hint));
  }

  private String where() {
    return pointer.isEmpty() ? rootName : "'" + pointer.substring(1) + "'";
  }

  private static String describe(JsonValue v) {
    if (v instanceof JsonString s) {
      return "string '" + s.value() + "'";
    }
    if (v instanceof JsonNumber n) {
      return "number " + n.literal();
    }
    return v.typeName();
  }
}
