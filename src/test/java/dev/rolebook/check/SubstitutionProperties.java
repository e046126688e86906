package dev.rolebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.load.ProjectLoader;
import dev.rolebook.load.StrictJson;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.PolicySet;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.substitute.ParameterValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid set of parameter values turns the ABCA set into documents that are still valid IAM. */
class SubstitutionProperties {
  private static final PolicySet SET = new ProjectLoader().load(Path.of(".")).policySet().orElseThrow();

  @Provide
  Arbitrary<Map<String, String>> values() {
    Arbitrary<String> account = Arbitraries.strings().numeric().ofLength(12);
    Arbitrary<String> region = Combinators.combine(
            Arbitraries.of("us", "eu", "ap", "cn", "us-gov", "ca", "me"),
            Arbitraries.of("east", "west", "north", "south", "central", "southeast", "northeast"),
            Arbitraries.integers().between(1, 9))
        .as((a, b, n) -> a + "-" + b + "-" + n)
        .filter(r -> r.length() <= 14);
    Arbitrary<String> partition = Arbitraries.of("aws", "aws-cn", "aws-us-gov");
    Arbitrary<String> qualifier = Arbitraries.strings().alpha().numeric().withChars('-', '_').ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> stack = Combinators.combine(
            Arbitraries.strings().alpha().ofLength(1),
            Arbitraries.strings().alpha().numeric().withChars('-').ofMaxLength(39))
        .as(String::concat);
    return Combinators.combine(account, region, partition, qualifier, stack)
        .as((a, r, p, q, s) -> Map.of("account", a, "region", r, "partition", p, "qualifier", q, "stack", s));
  }

  @Property(tries = 200)
  void validValuesYieldValidIamJson(@ForAll("values") Map<String, String> values) {
    ParameterValues.Result result = ParameterValues.validate(SET.manifest(), values, true);
    assertTrue(result.ok(), result.errors().toString());
    for (PolicyEntry p : SET.manifest().policies()) {
      String text = JsonWriter.pretty(result.substitution().apply(SET.combined(p.name(), List.of("ecs")).orElseThrow()));
      PolicyDocument doc = new PolicyDocument(new StrictJson().parse(p.file(), text).file().orElseThrow());
      List<Diagnostic> found = new ArrayList<>();
      GrammarCheck.check(doc, p.type().equals(PolicyEntry.TRUST), new Findings(doc.source(), found));
      TextCheck.characters(doc, found);
      assertEquals(List.of(), found, text);
      assertTrue(PolicySize.of(doc.root()) <= 6144);
    }
  }
}
