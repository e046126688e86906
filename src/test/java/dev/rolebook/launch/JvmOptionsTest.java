package dev.rolebook.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JvmOptionsTest {
  @Test
  void theOptionsStandBetweenTheProgramAndTheJarOrMainClass() {
    assertEquals(Optional.of(List.of("-Xmx2g", "-Dfoo=bar")), JvmOptions.parse(
        List.of("/jdk/bin/java", "-Xmx2g", "-Dfoo=bar", "-jar", "target/rolebook.jar", "check", "--strict"),
        List.of("check", "--strict"), "target/rolebook.jar check --strict"));
    assertEquals(Optional.of(List.of("-XX:+UseSerialGC")), JvmOptions.parse(
        List.of("java", "-cp", "a.jar:b.jar", "-XX:+UseSerialGC", "dev.rolebook.cli.Main", "render"),
        List.of("render"), "dev.rolebook.cli.Main render"), "the class path is the relaunch's own business");
    assertEquals(Optional.of(List.of()), JvmOptions.parse(
        List.of("java", "-jar", "rolebook.jar"), List.of(), "rolebook.jar"));
  }

  @Test
  void anyOtherShapeIsLeftToTheJvmToAnswer() {
    assertEquals(Optional.empty(), JvmOptions.parse(
        List.of("java", "@options.txt", "-jar", "rolebook.jar", "check"), List.of("check"), "rolebook.jar check"), "argument file");
    assertEquals(Optional.empty(), JvmOptions.parse(
        List.of("java", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-jar", "rolebook.jar", "check"), List.of("check"),
        "rolebook.jar check"), "an option whose value is a word of its own");
    assertEquals(Optional.empty(), JvmOptions.parse(
        List.of("java", "-jar", "rolebook.jar", "check"), List.of("render"), "rolebook.jar render"), "not this program's arguments");
    assertEquals(Optional.empty(), JvmOptions.parse(
        List.of("java", "-jar", "other.jar", "check"), List.of("check"), "rolebook.jar check"), "not the jar the JVM names");
  }
}
