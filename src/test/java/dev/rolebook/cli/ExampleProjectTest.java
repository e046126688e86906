package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The example project with optional policies end to end on the command line: its size table (each
 * target with its own choices, the worst case with all of them) is a golden file.
 */
class ExampleProjectTest {
  static final Path EXAMPLE = Path.of("examples/abca-upstream-six-policies");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/check/example-sizes.txt");

  @Test
  void checkMeasuresEachTargetWithItsChoicesAndTheWorstCaseWithAll() throws IOException {
    Run r = Run.of("check", "--project", EXAMPLE.toString());
    assertEquals(0, r.code(), r.printed());
    String table = r.printed().substring(r.printed().indexOf("sizes in characters"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, table);
      fail("rewrote " + GOLDEN + "; review it and run again without -Dgolden.update");
    }
    assertEquals(Files.readString(GOLDEN), table);
  }

  @Test
  void aTargetWithoutTheChoiceDeploysNoOptionalPolicy() {
    Run dev = Run.of("snippets", "--project", EXAMPLE.toString(), "--target", "dev-us-east-1", "--format", "json");
    assertEquals(0, dev.code(), dev.printed());
    assertTrue(dev.printed().contains("\"IaCRole-ABCA-Compute-AgentCore.json\""), dev.printed());
    assertTrue(!dev.printed().contains("Compute-ECS") && !dev.printed().contains("Compute-LambdaMicrovm"), dev.printed());
  }

  @Test
  void aChoiceThatIsNotOneOfTheParametersChoicesIsRefused() {
    Run r = Run.of("snippets", "--project", EXAMPLE.toString(), "--account", "111122223333", "--region", "us-east-1",
        "--param", "compute=ecs,lambda", "--format", "cli");
    assertEquals(1, r.code());
    assertEquals("snippets: compute 'lambda' is not one of its choices (ecs, lambda-microvm)\n", r.printed());
  }
}
