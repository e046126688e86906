package dev.rolebook.substitute;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonNull;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code cdk bootstrap} command, as one list of lines that every place showing it follows: the
 * snippet script, the account pages, the guide's block and the page script that rewrites it (which
 * reads {@link #json} and applies the same rules). A line is {@code prefix + 'word'}: the word is
 * single-quoted for the shell after its placeholders are substituted (the partition as an ARN's,
 * the rest as tokens) and {@code literal} appended, so a policy name is never substituted.
 *
 * <p>Which lines appear: the {@code --qualifier} line only when the qualifier is not CDK's default
 * {@value #CDK_DEFAULT_QUALIFIER}; an optional policy's line only when its list parameter includes
 * the value its {@code when} names. The policies are the managed policies attached to the role with
 * id {@value #EXECUTION_ROLE}, or every managed policy when the manifest has no role of that id.
 * The account, Region, partition and qualifier are the parameters named {@code account},
 * {@code region}, {@code partition} and {@code qualifier}; a manifest without one keeps the literal
 * {@code ACCOUNT_ID}, {@code REGION}, {@code aws} or CDK's default in its place.
 */
public final class CdkBootstrapCommand {
  /** CDK's own default qualifier: {@code --qualifier} is only needed for any other. */
  public static final String CDK_DEFAULT_QUALIFIER = "hnb659fds";
  /** The manifest role id of the CloudFormation execution role. */
  public static final String EXECUTION_ROLE = "cfn-exec";

  private CdkBootstrapCommand() {}

  /**
   * One line: {@code prefix} then the shell-quoted {@code word + literal}; shown only when
   * {@code when} holds (a list parameter includes a value) and, for {@code unlessEquals}, when the
   * named parameter's value differs from the given one.
   */
  public record Line(String prefix, String word, String literal, Optional<When> when, Optional<Unless> unless) {}

  /** Leave the line out when parameter {@code parameter} has the value {@code value}. */
  public record Unless(String parameter, String value) {}

  /** The lines, with the manifest's placeholders in them. */
  public static List<Line> lines(Manifest m) {
    String account = placeholder(m, "account", "ACCOUNT_ID");
    String region = placeholder(m, "region", "REGION");
    String partition = placeholder(m, "partition", "aws");
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("cdk bootstrap ", "aws://" + account + "/" + region, "", Optional.empty(), Optional.empty()));
    m.parameter("qualifier").filter(p -> !p.isList()).ifPresent(q -> lines.add(new Line("  --qualifier ", q.placeholder(), "",
        Optional.empty(), Optional.of(new Unless(q.name(), CDK_DEFAULT_QUALIFIER)))));
    boolean hasExec = m.role(EXECUTION_ROLE).isPresent();
    for (PolicyEntry p : m.managedPolicies()) {
      if (!hasExec || p.attachTo().equals(EXECUTION_ROLE)) {
        lines.add(new Line("  --cloudformation-execution-policies ", "arn:" + partition + ":iam::" + account + ":policy/", p.name(),
            p.when(), Optional.empty()));
      }
    }
    return List.copyOf(lines);
  }

  /** The command for these values: lines chosen, words substituted and quoted, joined with {@code " \\\n"}. */
  public static String text(Manifest m, Substitution values) {
    List<String> out = new ArrayList<>();
    for (Line l : lines(m)) {
      if (l.when().isPresent() && !values.chosen(l.when().get().parameter()).contains(l.when().get().includes())) {
        continue;
      }
      if (l.unless().isPresent()) {
        Optional<Parameter> p = m.parameter(l.unless().get().parameter());
        if (p.isPresent() && values.valueOf(p.get()).equals(l.unless().get().value())) {
          continue;
        }
      }
      out.add(l.prefix() + shellWord(values.apply(l.word()) + l.literal()));
    }
    return String.join(" \\\n", out);
  }

  /** A single-quoted shell word; a quote inside is closed, escaped and reopened. */
  public static String shellWord(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** The lines for the page script: {@code [{prefix, word, literal, when, unless}]}. */
  public static String json(Manifest m) {
    List<JsonValue> out = new ArrayList<>();
    for (Line l : lines(m)) {
      out.add(new JsonObject(List.of(
          new Member("prefix", new JsonString(l.prefix())),
          new Member("word", new JsonString(l.word())),
          new Member("literal", new JsonString(l.literal())),
          new Member("when", l.when().<JsonValue>map(w -> new JsonObject(List.of(
              new Member("parameter", new JsonString(w.parameter())),
              new Member("includes", new JsonString(w.includes()))))).orElse(new JsonNull())),
          new Member("unless", l.unless().<JsonValue>map(u -> new JsonObject(List.of(
              new Member("parameter", new JsonString(u.parameter())),
              new Member("value", new JsonString(u.value()))))).orElse(new JsonNull())))));
    }
    return JsonWriter.compact(new JsonArray(out));
  }

  private static String placeholder(Manifest m, String name, String fallback) {
    return m.parameter(name).filter(p -> !p.isList()).map(Parameter::placeholder).orElse(fallback);
  }
}
