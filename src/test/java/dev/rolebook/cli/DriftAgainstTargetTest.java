package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

  @Test
  void aGovCloudBundleIsInSyncForItsTargetOnly() throws IOException {
    Path bundle = temp.resolve("bundle");
    assertEquals(0, Run.of("snippets", "--target", "example-govcloud", "--out", bundle.toString()).code());
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(bundle)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        all.append("## ").append(f.getFileName()).append("\n\n").append(Files.readString(f)).append("\n");
      }
    }
    Path copy = temp.resolve("DEPLOYMENT_ROLES.md");
    Files.writeString(copy, all);

    Run forTarget = Run.of("drift", "--against", copy.toString(), "--target", "example-govcloud");
    assertEquals(0, forTarget.code(), forTarget.printed());
    assertTrue(forTarget.printed().contains("drift: IN SYNC: 4 of 4 policy blocks equal the policy set"), forTarget.printed());

    Run asGuide = Run.of("drift", "--against", copy.toString());
    assertEquals(1, asGuide.code());
    assertTrue(asGuide.printed().contains("'arn:aws-us-gov:cloudformation:*:*:stack/backgroundagent-prod/*' added"), asGuide.printed());
  }

  @Test
  void anUnknownTargetIsAUsageError() {
    Run r = Run.of("drift", "--against", "README.md", "--target", "nope");
    assertEquals(2, r.code());
    assertTrue(r.printed().startsWith("rolebook drift: unknown target 'nope'; policies/targets.json declares example-dev, example-govcloud\n"), r.printed());
  }
}
