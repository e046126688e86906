package dev.rolebook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rolebook.model.Position;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReportTest {
  static String print(List<Diagnostic> ds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GithubReport.print(ds, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void errorsWarningsAndNotesBecomeWorkflowCommands() {
    assertEquals(
        "::error file=src/docs/a.adoc,line=12,col=7,title=DRIFT001 Altered policy::P › S › Action › 'x' removed%0Ahint: fix it\n"
            + "::warning file=copy.md,line=3,title=DRIFT006 Unmatched block::100%25 unmatched\n"
            + "::notice file=target/site,title=DRIFT007 Rendered drift skipped::skipped\n",
        print(List.of(
            Diagnostic.of(Code.DRIFT001, "src/docs/a.adoc", new Position(12, 7), "P › S › Action › 'x' removed", "fix it"),
            new Diagnostic(Severity.WARNING, "copy.md", 3, -1, Code.DRIFT006, "100% unmatched", ""),
            Diagnostic.of(Code.DRIFT007, "target/site", Position.UNKNOWN, "skipped", ""))));
  }

  @Test
  void propertiesEscapeColonsAndCommas() {
    assertEquals("dir%3A a%2Cb%25%0D%0A", GithubReport.property("dir: a,b%\r\n"));
    assertEquals("a: b, c%25%0D%0A", GithubReport.data("a: b, c%\r\n"));
  }
}
