package dev.rolebook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolebook.model.Bounds;
import dev.rolebook.model.Bounds.Range;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * One source of truth for every numeric manifest bound: the schema editors use states exactly the
 * loader's {@link Bounds}, and the loader enforces them at both ends.
 */
class ManifestBoundsTest {
  private static final Map<String, Range> BY_SCHEMA_POINTER = new TreeMap<>(Map.of(
      "/properties/limits/properties/trustPolicyMaxChars", Bounds.TRUST_POLICY_MAX_CHARS,
      "/properties/limits/properties/managedPoliciesPerRole", Bounds.MANAGED_POLICIES_PER_ROLE,
      "/properties/limits/properties/headroomWarningPercent", Bounds.HEADROOM_WARNING_PERCENT,
      "/properties/provenance/properties/cloudTrailAddedActions", Bounds.CLOUDTRAIL_ADDED_ACTIONS,
      "/properties/provenance/properties/deploymentIterations", Bounds.DEPLOYMENT_ITERATIONS,
      "/$defs/stringParameter/properties/maxLength", Bounds.PARAMETER_MAX_LENGTH));

  @Test
  void schemaStatesTheLoadersBounds() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(Path.of("policies/rolebook.schema.json").toFile());
    BY_SCHEMA_POINTER.forEach((pointer, range) -> {
      JsonNode field = schema.at(pointer);
      assertEquals("integer", field.path("type").asText(), pointer);
      assertEquals(range.min(), field.path("minimum").asInt(Integer.MIN_VALUE), pointer + " minimum");
      assertEquals(range.max(), field.path("maximum").asInt(Integer.MAX_VALUE), pointer + " maximum");
    });
  }

  @Test
  void loaderAcceptsEachBoundAndRejectsOneBeyond() {
    String[][] fields = {
        {"limits", "trustPolicyMaxChars"}, {"limits", "managedPoliciesPerRole"}, {"limits", "headroomWarningPercent"}};
    Range[] ranges = {Bounds.TRUST_POLICY_MAX_CHARS, Bounds.MANAGED_POLICIES_PER_ROLE, Bounds.HEADROOM_WARNING_PERCENT};
    for (int i = 0; i < fields.length; i++) {
      Range r = ranges[i];
      assertEquals("", problems(fields[i], r.max()), fields[i][1] + " at its maximum");
      assertEquals("", problems(fields[i], r.min()), fields[i][1] + " at its minimum");
      assertEquals("'" + fields[i][1] + "' is " + (r.max() + 1) + "; allowed range is " + r.min() + ".." + r.max(),
          problems(fields[i], r.max() + 1));
    }
  }

  private static String problems(String[] field, int value) {
    String manifest = "{\"title\": \"t\", \"version\": \"1.0.0\", \"" + field[0] + "\": {\"" + field[1] + "\": " + value + "},"
        + " \"policies\": [{\"name\": \"P\", \"file\": \"p.json\", \"attachTo\": \"r\", \"scope\": \"s\"}]}";
    java.util.List<dev.rolebook.report.Diagnostic> sink = new java.util.ArrayList<>();
    new StrictJson().parse("rolebook.json", manifest).file().ifPresent(f -> ManifestReader.read(f, sink));
    return String.join("\n", sink.stream().map(dev.rolebook.report.Diagnostic::message).toList());
  }
}
