package dev.rolebook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.rolebook.model.Position;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  /**
   * The OASIS SARIF 2.1.0 schema (draft-07 form, $id .../sarif-spec/master/Schemata/
   * sarif-schema-2.1.0.json), bundled because tests cannot download. Taken from the npm package
   * {@code @datadog/datadog-ci-plugin-sarif} 5.25.0, whose dist/bundle.js embeds it as
   * {@code src/json-schema/sarif-schema-2.1.0.json}; printed back to JSON with node, unchanged.
   */
  static final String SCHEMA = "/sarif/sarif-schema-2.1.0.json";

  static final List<Diagnostic> SAMPLE = List.of(
      Diagnostic.of(Code.DRIFT001, "src/docs/guide with space.adoc", new Position(12, 7),
          "cfn-exec-trust › #2 › Condition removed: policies/cfn-exec-trust.json:17 has it, this block does not",
          "copy the document from policies/"),
      new Diagnostic(Severity.ERROR, "target/site/index.html", 40, -1, Code.DRIFT005, "table row mismatch", ""),
      Diagnostic.of(Code.DRIFT003, "target/site", Position.UNKNOWN, "policy 'X' is shown on no page", ""),
      Diagnostic.of(Code.DRIFT007, "target/site", Position.UNKNOWN, "rendered drift skipped", "run mvn site"),
      Diagnostic.of(Code.MAN006, "/tmp/elsewhere/copy.md", new Position(3, 1), "unlisted", ""),
      Diagnostic.of(Code.IAM001, "", Position.UNKNOWN, "no file at all", ""));

  static String sarif(List<Diagnostic> diagnostics) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SarifReport.write(diagnostics, "0.1.0", out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static List<Error> validate(String sarif) throws IOException {
    try (InputStream schema = SarifReportTest.class.getResourceAsStream(SCHEMA)) {
      Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
      return s.validate(sarif, InputFormat.JSON);
    }
  }

  @Test
  void outputIsValidSarif() throws IOException {
    assertEquals(List.of(), validate(sarif(SAMPLE)));
    assertEquals(List.of(), validate(sarif(List.of())));
  }

  @Test
  void schemaCatchesBrokenOutput() throws IOException {
    // Guard against a validator that accepts anything: a level SARIF does not define must fail.
    assertFalse(validate(sarif(SAMPLE).replace("\"level\" : \"note\"", "\"level\" : \"info\"")).isEmpty());
  }

  @Test
  void resultsCarryRuleIndexRelativeUriAndOnlyKnownRegions() throws IOException {
    JsonNode run = new ObjectMapper().readTree(sarif(SAMPLE)).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertEquals(Code.values().length, rules.size());
    JsonNode first = run.get("results").get(0);
    assertEquals("DRIFT001", first.get("ruleId").asText());
    assertEquals("DRIFT001", rules.get(first.get("ruleIndex").asInt()).get("id").asText());
    assertEquals("AlteredPolicy", rules.get(first.get("ruleIndex").asInt()).get("name").asText());
    assertEquals("error", rules.get(first.get("ruleIndex").asInt()).get("defaultConfiguration").get("level").asText());
    JsonNode location = first.get("locations").get(0).get("physicalLocation");
    assertEquals("src/docs/guide%20with%20space.adoc", location.get("artifactLocation").get("uri").asText());
    assertEquals("%SRCROOT%", location.get("artifactLocation").get("uriBaseId").asText());
    assertEquals(12, location.get("region").get("startLine").asInt());
    assertEquals(7, location.get("region").get("startColumn").asInt());
    assertEquals("cfn-exec-trust › #2 › Condition removed: policies/cfn-exec-trust.json:17 has it, this block does not"
        + "\nHint: copy the document from policies/", first.get("message").get("text").asText());

    JsonNode lineOnly = run.get("results").get(1).get("locations").get(0).get("physicalLocation").get("region");
    assertEquals(40, lineOnly.get("startLine").asInt());
    assertFalse(lineOnly.has("startColumn"));
    assertFalse(run.get("results").get(2).get("locations").get(0).get("physicalLocation").has("region"));
    assertEquals("note", run.get("results").get(3).get("level").asText());
    JsonNode absolute = run.get("results").get(4).get("locations").get(0).get("physicalLocation").get("artifactLocation");
    assertEquals("file:///tmp/elsewhere/copy.md", absolute.get("uri").asText());
    assertFalse(absolute.has("uriBaseId"));
    assertFalse(run.get("results").get(5).has("locations"));
    assertTrue(run.get("tool").get("driver").get("version").isTextual());
  }
}
