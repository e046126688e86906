package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `drift --against FILE --target NAME`: a copy written for one account is compared with that
 * account's substituted documents, not with the placeholders the guide shows.
 */
class DriftAgainstTargetTest {
  @TempDir Path temp;

  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    int code = Main.run(args, ps, ps);
    return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void aGovCloudBundleIsInSyncForItsTargetOnly() throws IOException {
    Path bundle = temp.resolve("bundle");
    assertEquals("0", run("snippets", "--target", "example-govcloud", "--out", bundle.toString())[0]);
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(bundle)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        all.append("## ").append(f.getFileName()).append("\n\n").append(Files.readString(f)).append("\n");
      }
    }
    Path copy = temp.resolve("DEPLOYMENT_ROLES.md");
    Files.writeString(copy, all);

    String[] forTarget = run("drift", "--against", copy.toString(), "--target", "example-govcloud");
    assertEquals("0", forTarget[0], forTarget[1]);
    assertTrue(forTarget[1].contains("drift: IN SYNC: 4 of 4 policy blocks equal the policy set"), forTarget[1]);

    String[] asGuide = run("drift", "--against", copy.toString());
    assertEquals("1", asGuide[0]);
    assertTrue(asGuide[1].contains("'arn:aws-us-gov:cloudformation:*:*:stack/backgroundagent-prod/*' added"), asGuide[1]);
  }

  @Test
  void anUnknownTargetIsAUsageError() {
    String[] r = run("drift", "--against", "README.md", "--target", "nope");
    assertEquals("2", r[0]);
    assertTrue(r[1].startsWith("rolebook drift: unknown target 'nope'; policies/targets.json declares example-dev, example-govcloud\n"), r[1]);
  }
}
