package dev.rolebook.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.report.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading templates (short forms, positions, bad YAML) and evaluating the intrinsics policies use. */
class IntrinsicsTest {
  /** The whole-value "list includes" condition bootstrap-template writes, for each of its values. */
  private static final String TEMPLATE = """
      Parameters:
        Compute: {Type: CommaDelimitedList, Default: ""}
      Conditions:
        Lambda: !Not [!Equals [!Select [0, !Split [",lambda,", !Join ["", [",", !Join [",", !Ref Compute], ","]]]], !Join ["", [",", !Join [",", !Ref Compute], ","]]]]
        Microvm: !Not [!Equals [!Select [0, !Split [",lambda-microvm,", !Join ["", [",", !Join [",", !Ref Compute], ","]]]], !Join ["", [",", !Join [",", !Ref Compute], ","]]]]
      Resources:
        Bucket:
          Type: AWS::S3::Bucket
          Properties:
            Doc: !Sub '{"Resource":"arn:${AWS::Partition}:s3:::${Bucket}/${!aws:username}"}'
            Name: !GetAtt Bucket.Endpoint.Address
      """;

  private static TemplateFile read(String text) {
    TemplateFile.Read r = TemplateFile.read("t.yaml", text);
    assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    return r.template().orElseThrow();
  }

  private static boolean condition(String name, String... compute) throws Exception {
    List<JsonValue> values = java.util.Arrays.stream(compute.length == 0 ? new String[] {""} : compute)
        .map(v -> (JsonValue) new JsonString(v)).toList();
    return new Intrinsics(read(TEMPLATE), Map.of("Compute", new JsonArray(values))).condition(name);
  }

  @Test
  void listConditionsMatchWholeValuesOnly() throws Exception {
    assertEquals(false, condition("Lambda", "lambda-microvm"));
    assertEquals(true, condition("Microvm", "lambda-microvm"));
    assertEquals(true, condition("Lambda", "ecs", "lambda"));
    assertEquals(false, condition("Microvm", "ecs", "lambda"));
    assertEquals(false, condition("Lambda"));
    assertEquals(false, condition("Microvm", "lambda-microvm2"));
  }

  @Test
  void shortFormsBecomeLongFormsWithPositions() {
    TemplateFile t = read(TEMPLATE);
    JsonValue name = t.resource("Bucket").orElseThrow().get("Properties").map(p -> ((JsonValue.JsonObject) p).get("Name").orElseThrow()).orElseThrow();
    assertEquals("{\"Fn::GetAtt\":[\"Bucket\",\"Endpoint.Address\"]}", JsonWriter.compact(name));
    assertEquals(11, t.position("/Resources/Bucket/Properties/Name").line());
  }

  @Test
  void subEscapesStayLiteralAndResourceRefsAreMarked() throws Exception {
    TemplateFile t = read(TEMPLATE);
    JsonValue doc = ((JsonValue.JsonObject) t.resource("Bucket").orElseThrow().get("Properties").orElseThrow()).get("Doc").orElseThrow();
    JsonValue out = new Intrinsics(t, Map.of("AWS::Partition", new JsonString("aws-cn"))).resolve(doc);
    assertEquals(new JsonString("{\"Resource\":\"arn:aws-cn:s3:::Ref(Bucket)/${aws:username}\"}"), out);
  }

  @Test
  void unknownNamesAndAttributesCannotBeEvaluated() {
    TemplateFile t = read(TEMPLATE);
    Intrinsics.Unresolvable e = assertThrows(Intrinsics.Unresolvable.class,
        () -> new Intrinsics(t, Map.of()).resolve(new JsonValue.JsonObject(List.of(new JsonValue.Member("Fn::Sub", new JsonString("${Nope}"))))));
    assertEquals("'Nope' is neither a parameter with a value here, a pseudo parameter nor a resource", e.getMessage());
    Intrinsics.Unresolvable attr = assertThrows(Intrinsics.Unresolvable.class,
        () -> new Intrinsics(t, Map.of()).resolve(new JsonValue.JsonObject(List.of(new JsonValue.Member("Fn::Sub", new JsonString("${Bucket.Arn}"))))));
    assertEquals("${Bucket.Arn} is a resource attribute, known only after deployment", attr.getMessage());
  }

  @Test
  void badYamlIsReportedAtItsLine() {
    TemplateFile.Read dup = TemplateFile.read("t.yaml", "Resources:\n  A: {Type: X}\n  A: {Type: Y}\n");
    Diagnostic d = dup.diagnostics().get(0);
    assertEquals("t.yaml:3:3: TPL001 duplicate key 'A'", d.location() + ": " + d.code() + " " + d.message());
    TemplateFile.Read broken = TemplateFile.read("t.yaml", "Resources:\n  A: [1, 2\n");
    assertEquals("TPL001", broken.diagnostics().get(0).code().name());
    assertTrue(broken.diagnostics().get(0).message().startsWith("not valid YAML: "), broken.diagnostics().get(0).message());
    TemplateFile.Read none = TemplateFile.read("t.json", "{\"Description\": \"x\"}");
    assertEquals("not a CloudFormation template: it has no Resources section", none.diagnostics().get(0).message());
  }
}
