package dev.rolebook.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rolebook.load.StrictJson;
import dev.rolebook.model.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDiffTest {
  static Side side(String file, String json) {
    SourceFile f = new StrictJson().parse(file, json).file().orElseThrow();
    return Side.of("P", f.root(), Locator.of(f));
  }

  static List<String> diff(String expected, String shown) {
    return PolicyDiff.compare(side("policies/p.json", expected), side("doc.md", shown)).stream()
        .map(d -> d.shown() + " " + d.message())
        .toList();
  }

  @Test
  void notElementsPrincipalsAndVersionAreCompared() {
    String policy = """
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "A", "Effect": "Deny", "NotAction": ["iam:*"], "NotResource": "arn:aws:iam::*:role/x",
           "NotPrincipal": {"AWS": ["arn:aws:iam::1:root", "arn:aws:iam::2:root"]}}]}""";
    String shown = """
        {"Version": "2008-10-17", "Statement": [
          {"Sid": "A", "Effect": "Deny", "NotAction": "iam:*", "Resource": "arn:aws:iam::*:role/x",
           "NotPrincipal": {"AWS": "arn:aws:iam::2:root"}}]}""";
    assertEquals(List.of(
        "doc.md:1 P › Version › '2012-10-17' changed to '2008-10-17': policies/p.json:1 has '2012-10-17'",
        "doc.md:2 P › A › NotResource removed: policies/p.json:2 has it, this block does not",
        "doc.md:2 P › A › Resource added: this block has it, policies/p.json does not",
        "doc.md:3 P › A › NotPrincipal › AWS › 'arn:aws:iam::1:root' removed: policies/p.json:3 has it, this block does not"),
        diff(policy, shown));
  }

  @Test
  void conditionValuesAreSetsAndBooleansEqualTheirString() {
    String policy = """
        {"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow", "Action": "s3:*", "Resource": "*",
          "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:RequestedRegion": ["us-east-1", "eu-west-1"]}}}]}""";
    String shown = """
        {"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow", "Action": ["s3:*"], "Resource": ["*"],
          "Condition": {"StringEquals": {"aws:RequestedRegion": ["eu-west-1", "us-east-1"]}, "Bool": {"aws:SecureTransport": true}}}]}""";
    assertEquals(List.of(), diff(policy, shown));
  }

  @Test
  void statementsPairBySidNotPosition() {
    String policy = """
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "A", "Effect": "Allow", "Action": "a:A", "Resource": "*"},
          {"Sid": "B", "Effect": "Allow", "Action": "b:B", "Resource": "*"}]}""";
    String swapped = """
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "B", "Effect": "Allow", "Action": "b:B", "Resource": "*"},
          {"Sid": "A", "Effect": "Allow", "Action": "a:A", "Resource": "*"}]}""";
    assertEquals(List.of(), diff(policy, swapped));
    // The upstream check compared by position and only Sid/Action/Resource; a renamed Sid is
    // a removed statement plus an added one here.
    assertEquals(List.of(
        "doc.md:1 P › A removed: policies/p.json:2 has it, this block does not",
        "doc.md:3 P › A2 added: this block has it, policies/p.json does not"),
        diff(policy, swapped.replace("\"Sid\": \"A\"", "\"Sid\": \"A2\"")));
  }

  @Test
  void singleStatementObjectEqualsOneElementArray() {
    assertEquals(List.of(), diff(
        "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"a:A\", \"Resource\": \"*\"}}",
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"a:A\"], \"Resource\": \"*\"}]}"));
  }
}
