package dev.rolebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rolebook.load.ProjectLoader;
import dev.rolebook.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The canonical hash keeps still under key reordering and reformatting and moves with any value,
 * at any depth (the upstream project's hash ignored everything below the top level).
 */
class SetHashTest {
  private static final String APP = "policies/IaCRole-ABCA-Application.json";
  private static final String TRUST = "policies/cfn-exec-trust.json";

  @TempDir Path temp;

  private String hashOf(Path project) {
    return new ProjectLoader().load(project).policySet().map(SetHash::of).orElseThrow();
  }

  private Path copy() throws IOException {
    return TestProjects.copyOfThisProject(temp.resolve("p"));
  }

  @Test
  void reorderedKeysAndReformattingKeepTheHash() throws IOException {
    String before = hashOf(Path.of("."));
    Path p = copy();
    Path trust = p.resolve(TRUST);
    String text = Files.readString(trust);
    // Move "Action" before "Principal" in the first statement, and squash all white space.
    String reordered = text.replace(
        "\"Effect\": \"Allow\",\n      \"Principal\": {\n        \"Service\": \"cloudformation.amazonaws.com\"\n      },\n      \"Action\": \"sts:AssumeRole\"",
        "\"Action\": \"sts:AssumeRole\", \"Effect\": \"Allow\", \"Principal\": {\"Service\": \"cloudformation.amazonaws.com\"}");
    assertNotEquals(text, reordered, "fixture edit did not apply");
    Files.writeString(trust, reordered.replaceAll("\n\\s*", ""));
    assertEquals(before, hashOf(p));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "\"dynamodb:PutItem\", \"dynamodb:PutItems\"",          // an action, one character
    "\"Effect\": \"Allow\", \"Effect\": \"Deny\"",          // an effect
    "\"arn:aws:events:*:*:rule/backgroundagent-dev-*\", \"arn:aws:events:*:*:rule/backgroundagent-dev*\"", // a resource
  })
  void anyValueChangeMovesTheHash(String from, String to) throws IOException {
    String before = hashOf(Path.of("."));
    Path p = copy();
    Path app = p.resolve(APP);
    String text = Files.readString(app);
    assertNotEquals(text, text.replaceFirst(java.util.regex.Pattern.quote(from), to), "fixture edit did not apply");
    Files.writeString(app, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    assertNotEquals(before, hashOf(p));
  }

  @Test
  void nestedConditionAndPrincipalChangesMoveTheHash() throws IOException {
    String before = hashOf(Path.of("."));
    for (List<String> edit : List.of(List.of("cdk-hnb659fds", "cdk-hnb659fdt"), List.of("cloudformation.amazonaws.com", "lambda.amazonaws.com"))) {
      Path p = TestProjects.copyOfThisProject(Files.createTempDirectory(temp, "e"));
      Path trust = p.resolve(TRUST);
      Files.writeString(trust, Files.readString(trust).replace(edit.get(0), edit.get(1)));
      assertNotEquals(before, hashOf(p), edit.toString());
    }
  }
}
