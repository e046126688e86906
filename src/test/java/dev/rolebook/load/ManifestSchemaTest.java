package dev.rolebook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.rolebook.report.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema shipped for editors (policies/rolebook.schema.json) and the loader agree: real
 * manifests pass both, and a manifest the loader rejects for its shape is rejected by the schema too.
 */
class ManifestSchemaTest {
  private static final Path SCHEMA = Path.of("policies/rolebook.schema.json");

  static List<Error> validate(String manifest) throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(SCHEMA));
    return schema.validate(manifest, InputFormat.JSON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"policies/rolebook.json", "src/test/resources/corpus/_base/policies/rolebook.json",
      "src/test/resources/corpus/optional-policy-ok/policies/rolebook.json"})
  void realManifestsPassTheSchema(String file) throws IOException {
    assertEquals(List.of(), validate(Files.readString(Path.of(file))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"manifest-unknown-field", "manifest-wrong-type", "manifest-missing-field", "policy-name-bad-chars",
      "list-parameter-shape", "list-parameter-bad-choices"})
  void shapesTheLoaderRejectsTheSchemaRejects(String corpusCase) throws IOException {
    String manifest = Files.readString(Path.of("src/test/resources/corpus", corpusCase, "policies/rolebook.json"));
    List<String> loader = new ArrayList<>();
    new StrictJson().parse("rolebook.json", manifest).file().ifPresent(f -> ManifestReader.read(f, new ArrayList<>()));
    String expected = Files.readString(Path.of("src/test/resources/corpus", corpusCase, "expected.txt"));
    assertTrue(expected.contains(" " + Code.MAN002 + " ") || expected.contains(" " + Code.IAM007 + " "), expected);
    assertFalse(validate(manifest).isEmpty(), "schema accepted " + corpusCase + loader);
  }
}
