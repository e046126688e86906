package dev.rolebook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README's diagnostics table lists exactly the codes Rolebook emits, with their severity and title. */
class ReadmeCodesTest {
  @Test
  void everyCodeIsDocumented() throws IOException {
    List<String> documented = Files.readAllLines(Path.of("README.md")).stream()
        .filter(l -> l.matches("\\| `[A-Z]+[0-9]{3}` \\|.*"))
        .map(l -> String.join(" | ", Arrays.stream(l.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).limit(3).toList()))
        .toList();
    List<String> codes = Arrays.stream(Code.values())
        .map(c -> "`" + c.name() + "` | " + c.severity().word() + " | " + c.title())
        .toList();
    assertEquals(codes, documented);
  }
}
