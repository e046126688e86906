package dev.rolebook.template;

import dev.rolebook.cloudformation.ParameterMapping;
import dev.rolebook.cloudformation.SubText;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.substitute.Substitution;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy document as the text of an {@code Fn::Sub}: each placeholder becomes the {@code ${…}} of
 * its template name, found by the set's own substitution rules (whole tokens; the partition only
 * as an ARN's partition field), and every literal {@code ${} (an IAM policy variable such as
 * {@code ${aws:username}}) is written {@code ${!} so CloudFormation leaves it alone. Keys are never
 * substituted, as {@link Substitution} never substitutes them.
 */
final class SubDocument {
  private final Substitution placeholders;

  SubDocument(List<Parameter> parameters) {
    this.placeholders = Substitution.symbolic(parameters);
  }

  /** The compact JSON text of {@code doc}, ready for Fn::Sub. */
  String text(JsonValue doc) {
    return JsonWriter.compact(convert(doc));
  }

  /** A string for the template: as is when it holds no {@code ${}, else an Fn::Sub of it. */
  static JsonValue sub(String text) {
    return text.contains("${")
        ? new JsonObject(List.of(new Member("Fn::Sub", new JsonString(text))))
        : new JsonString(text);
  }

  private JsonValue convert(JsonValue value) {
    if (value instanceof JsonString s) {
      StringBuilder sb = new StringBuilder();
      for (Substitution.Part p : placeholders.parts(s.value())) {
        sb.append(p.literal() ? SubText.escape(p.text()) : "${" + ParameterMapping.templateName(p.parameter()) + "}");
      }
      return new JsonString(sb.toString());
    }
    if (value instanceof JsonArray a) {
      return new JsonArray(a.elements().stream().map(this::convert).toList());
    }
    if (value instanceof JsonObject o) {
      List<Member> out = new ArrayList<>();
      o.members().forEach(m -> out.add(new Member(SubText.escape(m.key()), convert(m.value()))));
      return new JsonObject(out);
    }
    return value;
  }
}
