package dev.rolebook.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScannerTest {
  @Test
  void bracesInsideStringsDoNotCount() {
    String text = "Prose { not json } and {\"Sid\": \"A\", \"Effect\": \"Allow\", \"Action\": \"x:Y\", "
        + "\"Resource\": \"arn:aws:s3:::b/{key}\"} then {\"a\": 1}.";
    List<JsonScanner.Found> found = JsonScanner.scan(text);
    assertEquals(1, found.size());
    assertEquals(Shape.STATEMENT, found.get(0).shape());
    assertEquals(text.indexOf("{\"Sid\""), found.get(0).start());
  }

  @Test
  void policyNestedInOtherJsonIsFound() {
    String template = "{\"Resources\": {\"R\": {\"Type\": \"AWS::IAM::ManagedPolicy\", \"Properties\": {\"PolicyDocument\": "
        + "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}}}}}";
    List<JsonScanner.Found> found = JsonScanner.scan(template);
    assertEquals(List.of(Shape.POLICY), found.stream().map(JsonScanner.Found::shape).toList());
  }

  @Test
  void asciidocBlocksKeepAttributesAndLines() {
    String adoc = """
        = Title

        [source,json,policy=P,variants="a,b"]
        .Caption
        ----
        {}
        ----

        [source%linenums,json]
        {"x": 1}

        ```json policy=Q
        {}
        ```

        ++++
        <pre>{}</pre>
        ++++
        """;
    List<String> found = AsciidocBlocks.scan(adoc).stream()
        .map(l -> l.line() + " " + l.positional() + " " + new java.util.TreeMap<>(l.named()) + " " + l.text())
        .toList();
    assertEquals(List.of(
        "6 [source, json] {policy=P, variants=a,b} {}",
        "10 [source, json] {} {\"x\": 1}",
        "13 [source, json] {policy=Q} {}"), found);
  }

  @Test
  void verifyPackageNeverTouchesAsciidoctor() throws IOException {
    // Drift runs in `mvn verify` and CI: it must not boot JRuby.
    try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/rolebook/verify"))) {
      for (Path f : files.toList()) {
        assertEquals(false, Files.readString(f).contains("org.asciidoctor"), f.toString());
      }
    }
  }
}
