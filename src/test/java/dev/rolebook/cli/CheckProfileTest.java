package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rolebook.launch.FastLaunch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckProfileTest {
  @Test
  void theProjectComesFromEitherFormOfTheOption() {
    assertEquals(Path.of("."), CheckProfile.project(new String[] {"check", "--strict"}));
    assertEquals(Path.of("a"), CheckProfile.project(new String[] {"check", "--project", "a"}));
    assertEquals(Path.of("b"), CheckProfile.project(new String[] {"check", "--format", "json", "--project=b"}));
  }

  @Test
  void aLargeSetKeepsC2AndTheUsualOneRunsOnC1Alone(@TempDir Path project) throws IOException {
    Path policies = Files.createDirectories(project.resolve("policies/more"));
    Files.write(policies.getParent().resolve("a.json"), new byte[100_000]);
    Files.write(policies.getParent().resolve("notes.txt"), new byte[300_000]);
    String[] args = {"check", "--project", project.toString()};
    assertEquals(FastLaunch.Profile.CHECK, CheckProfile.of(args), "100 KB of JSON; the text file does not count");
    Files.write(policies.resolve("b.json"), new byte[200_000]);
    assertEquals(FastLaunch.Profile.LONG_CHECK, CheckProfile.of(args), "300 KB of JSON, one level down too");
    assertEquals(FastLaunch.Profile.CHECK, CheckProfile.of(new String[] {"check", "--project", project.resolve("none").toString()}));
  }
}
