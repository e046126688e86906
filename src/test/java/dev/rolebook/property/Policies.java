package dev.rolebook.property;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid IAM identity policies for the property tests. */
public final class Policies {
  private Policies() {}

  public static Arbitrary<JsonValue> policies() {
    return statement().list().ofMinSize(1).ofMaxSize(6).uniqueElements(Policies::sid).map(statements -> {
      List<Member> members = new ArrayList<>();
      members.add(new Member("Version", new JsonString("2012-10-17")));
      members.add(new Member("Statement", new JsonArray(new ArrayList<>(statements))));
      return new JsonObject(members);
    });
  }

  private static String sid(JsonValue statement) {
    return ((JsonString) ((JsonObject) statement).get("Sid").orElseThrow()).value();
  }

  static Arbitrary<JsonValue> statement() {
    Arbitrary<String> sid = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> effect = Arbitraries.of("Allow", "Deny");
    Arbitrary<JsonValue> actions = stringOrArray(action());
    Arbitrary<JsonValue> resources = stringOrArray(resource());
    Arbitrary<JsonValue> condition = condition().injectNull(0.5);
    return Combinators.combine(sid, effect, actions, resources, condition).as((s, e, a, r, c) -> {
      List<Member> m = new ArrayList<>();
      m.add(new Member("Sid", new JsonString(s)));
      m.add(new Member("Effect", new JsonString(e)));
      m.add(new Member("Action", a));
      m.add(new Member("Resource", r));
      if (c != null) {
        m.add(new Member("Condition", c));
      }
      return new JsonObject(m);
    });
  }

  static Arbitrary<String> action() {
    Arbitrary<String> service = Arbitraries.of("s3", "ec2", "iam", "lambda", "dynamodb", "bedrock-agentcore", "logs");
    Arbitrary<String> name = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z').withChars('*', '?').ofMinLength(1).ofMaxLength(24);
    return Combinators.combine(service, name).as((s, n) -> s + ":" + n);
  }

  static Arbitrary<String> resource() {
    Arbitrary<String> arn = Combinators.combine(
            Arbitraries.of("aws", "aws-us-gov", "aws-cn"),
            Arbitraries.of("s3", "lambda", "iam", "dynamodb"),
            Arbitraries.of("", "*", "us-east-1"),
            Arbitraries.of("", "*", "123456789012", "ACCOUNT_ID"),
            Arbitraries.strings().withCharRange('a', 'z').withChars('-', '/', '*', ':').ofMinLength(1).ofMaxLength(30))
        .as((p, s, r, a, rest) -> "arn:" + p + ":" + s + ":" + r + ":" + a + ":" + rest);
    return Arbitraries.oneOf(arn, Arbitraries.just("*"));
  }

  /** A StringEquals/StringLike/Bool condition whose values include characters that need escaping. */
  static Arbitrary<JsonValue> condition() {
    Arbitrary<String> operator = Arbitraries.of("StringEquals", "StringLike", "ForAnyValue:StringLike", "StringEqualsIfExists");
    Arbitrary<String> key = Arbitraries.of("aws:RequestedRegion", "aws:PrincipalTag/team", "sts:ExternalId");
    Arbitrary<String> value = Arbitraries.strings().withCharRange(' ', '~').withChars('é', '\t', '"', '\\', 'ÿ').ofMaxLength(20);
    return Combinators.combine(operator, key, stringOrArray(value))
        .as((o, k, v) -> new JsonObject(List.of(new Member(o, new JsonObject(List.of(new Member(k, v)))))));
  }

  static Arbitrary<JsonValue> stringOrArray(Arbitrary<String> item) {
    Arbitrary<JsonValue> single = item.map(JsonString::new);
    Arbitrary<JsonValue> array = item.list().ofMinSize(1).ofMaxSize(5).map(l -> new JsonArray(l.stream().map(s -> (JsonValue) new JsonString(s)).toList()));
    return Arbitraries.oneOf(single, array);
  }
}
