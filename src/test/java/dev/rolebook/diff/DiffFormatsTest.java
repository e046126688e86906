package dev.rolebook.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF (schema-valid, widening findings at their HEAD lines), JSON, --fail-on and usage errors. */
class DiffFormatsTest {
  @TempDir
  Path work;

  @BeforeEach
  void edits() throws IOException {
    // One widening (an added action) and one narrowing (a condition) in one edit.
    DiffFixtures.build(DiffFixtures.ROOT.resolve("added-action"), work);
    Path app = work.resolve("head/policies/IaCRole-ABCA-Application.json");
    String text = java.nio.file.Files.readString(app);
    java.nio.file.Files.writeString(app, text.replace("\"Resource\": \"arn:aws:cognito-idp:*:*:userpool/*\"",
        "\"Resource\": \"arn:aws:cognito-idp:*:*:userpool/*\", \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}"));
  }

  private String output(String... extra) {
    String out = DiffGoldenTest.run(work, extra);
    return out.substring(0, out.lastIndexOf("exit "));
  }

  private int exit(String... extra) {
    String out = DiffGoldenTest.run(work, extra);
    return Integer.parseInt(out.substring(out.lastIndexOf("exit ") + 5).strip());
  }

  @Test
  void sarifHoldsTheWideningAtItsLineAndIsValid() throws IOException {
    String sarif = output("--format", "sarif");
    try (InputStream schema = DiffFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
      assertEquals(List.of(), s.validate(sarif, InputFormat.JSON));
    }
    JsonNode results = new ObjectMapper().readTree(sarif).get("runs").get(0).get("results");
    assertEquals(1, results.size(), sarif);
    JsonNode r = results.get(0);
    assertEquals("DIFF001", r.get("ruleId").asText());
    assertEquals("warning", r.get("level").asText());
    JsonNode loc = r.get("locations").get(0).get("physicalLocation");
    assertEquals("policies/IaCRole-ABCA-Application.json", loc.get("artifactLocation").get("uri").asText());
    assertEquals(20, loc.get("region").get("startLine").asInt());
    assertEquals(9, loc.get("region").get("startColumn").asInt());
    assertEquals("IaCRole-ABCA-Application › DynamoDB: adds dynamodb:DeleteItem (high risk)\n"
        + "Hint: widening grants more than BASE; a minor version bump at least", r.get("message").get("text").asText());
  }

  @Test
  void jsonCarriesEveryChangeWithBothPlaces() throws IOException {
    JsonNode json = new ObjectMapper().readTree(output("--format", "json"));
    assertEquals("narrowing", json.get("direction").asText());
    assertEquals("2.0.0", json.get("requiredVersion").asText());
    assertEquals(1, json.get("counts").get("widening").asInt());
    assertEquals(1, json.get("counts").get("narrowing").asInt());
    JsonNode app = json.get("policies").get(1);
    assertEquals("IaCRole-ABCA-Application", app.get("name").asText());
    JsonNode condition = null;
    for (JsonNode c : app.get("changes")) {
      condition = c.get("element").asText().equals("Condition") ? c : condition;
    }
    assertEquals("Condition", condition.get("element").asText());
    assertEquals("narrowing", condition.get("direction").asText());
    assertEquals("[\"Bool aws:securetransport\"]", condition.get("values").toString());
    // The new Condition key in HEAD; in BASE, the statement that had none.
    assertEquals(104, condition.get("head").get("line").asInt());
    assertEquals(86, condition.get("base").get("line").asInt());
  }

  @Test
  void failOnChoosesWhatFails() {
    assertEquals(0, exit());
    assertEquals(1, exit("--fail-on", "widening"));
    assertEquals(1, exit("--fail-on", "narrowing"));
    assertEquals(1, exit("--fail-on", "any"));
    assertEquals(2, exit("--fail-on", "bigger"));
  }

  @Test
  void usageErrors() {
    assertEquals("rolebook diff: missing BASE (a git revision or a project directory)\nRun 'rolebook diff --help' for usage.\nexit 2\n",
        DiffGoldenTest.runRaw("diff", "--project", work.resolve("head").toString()));
    assertEquals("rolebook diff: unexpected argument 'c'; give BASE and at most one HEAD\nRun 'rolebook diff --help' for usage.\nexit 2\n",
        DiffGoldenTest.runRaw("diff", "--project", work.resolve("head").toString(), "a", "b", "c"));
  }
}
