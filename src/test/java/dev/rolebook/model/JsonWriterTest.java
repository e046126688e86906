package dev.rolebook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rolebook.load.StrictJson;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  private static JsonValue parse(String text) {
    return new StrictJson().parse("t.json", text).file().orElseThrow().root();
  }

  @Test
  void compactDropsWhiteSpaceOutsideStringsOnly() {
    assertEquals("{\"Sid\":\"A b\",\"Action\":[\"s3:GetObject\"]}",
        JsonWriter.compact(parse("{ \"Sid\" : \"A b\",\n \"Action\": [ \"s3:GetObject\" ] }")));
  }

  @Test
  void prettyMatchesTheLayoutOfPolicyFiles() {
    assertEquals("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Condition\": {}\n    }\n  ]\n}",
        JsonWriter.pretty(parse("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Condition\":{}}]}")));
  }

  @Test
  void canonicalSortsKeysAtEveryDepthAndNormalisesNumbers() {
    assertEquals("{\"a\":{\"x\":[2,1e+21,0.5],\"y\":\"\\n\\u001f\"},\"b\":true}",
        JsonWriter.canonical(parse("{\"b\": true, \"a\": {\"y\": \"\\n\\u001F\", \"x\": [2.0, 1E21, 5e-1]}}")));
  }
}
