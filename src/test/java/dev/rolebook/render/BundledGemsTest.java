package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundledGemsTest {
  @Test
  void asciidoctorAndTheOptionalGemsAreLoadPathsInsideTheJar() {
    List<String> paths = BundledGems.loadPaths().orElseThrow();
    assertTrue(paths.stream().anyMatch(p -> p.matches("uri:classloader:/gems/asciidoctor-[0-9.]+/lib")), paths.toString());
    assertTrue(paths.stream().anyMatch(p -> p.startsWith("uri:classloader:/gems/rouge-")), "a guide may ask for rouge: " + paths);
    assertTrue(paths.stream().allMatch(p -> p.endsWith("/lib")), paths.toString());
  }
}
