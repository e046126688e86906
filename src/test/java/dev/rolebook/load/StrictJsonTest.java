package dev.rolebook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.model.Position;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Diagnostic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
  private final StrictJson json = new StrictJson();

  private String only(JsonReadResult r) {
    assertTrue(r.file().isEmpty());
    assertEquals(1, r.diagnostics().size());
    Diagnostic d = r.diagnostics().get(0);
    return d.location() + ": " + d.code() + " " + d.message();
  }

  @Test
  void keepsThePositionOfEveryValueAndKey() {
    SourceFile f = json.parse("p.json", "{\n  \"Statement\": [\n    {\"Sid\": \"A\"}\n  ]\n}\n").file().orElseThrow();
    assertEquals(new Position(1, 1), f.position(""));
    assertEquals(new Position(2, 16), f.position("/Statement"));
    assertEquals(new Position(3, 13), f.position("/Statement/0/Sid"));
    assertEquals(new Position(3, 6), f.keyPosition("/Statement/0/Sid"));
    assertEquals(new Position(3, 13), f.position("/Statement/0/Sid/deeper"), "falls back to the nearest enclosing value");
  }

  @Test
  void rejectsAFiveMegabytePolicyWithoutReadingItAsJson() {
    byte[] big = ("{\"Id\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    assertEquals("big.json:1:1: JSON004 file is 5,242,890 bytes; the limit is 1,048,576 bytes", only(json.read("big.json", big)));
  }

  @Test
  void rejectsTenThousandLevelsOfNesting() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertEquals("deep.json:1:65: JSON005 nesting deeper than 64 levels", only(json.parse("deep.json", deep)));
  }

  @Test
  void reportsTheFirstByteThatIsNotUtf8() {
    byte[] bytes = {'{', '\n', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertEquals("x.json:2:6: JSON003 byte 0xC3 is not valid UTF-8", only(json.read("x.json", bytes)));
  }

  @Test
  void acceptsLatinOneCharactersWrittenAsUtf8() {
    assertTrue(json.read("x.json", "{\"a\": \"café\"}".getBytes(StandardCharsets.UTF_8)).file().isPresent());
  }

  @Test
  void readingBackKeepsTheStrictnessButNoPositions() {
    JsonReadResult ok = new StrictJson().readBack("b.json", "{\"a\": [1, {\"b\": true}]}");
    assertEquals(new StrictJson().parse("b.json", "{\"a\": [1, {\"b\": true}]}").file().orElseThrow().root(), ok.file().orElseThrow().root());
    assertEquals(java.util.Map.of(), ok.file().orElseThrow().positions());
    JsonReadResult duplicate = new StrictJson().readBack("b.json", "{\"a\": 1,\n \"a\": 2}");
    assertEquals(new StrictJson().parse("b.json", "{\"a\": 1,\n \"a\": 2}").diagnostics(), duplicate.diagnostics());
  }
}
