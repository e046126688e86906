package dev.rolebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same comparison on the example project's guide, whose list parameter {@code compute} chooses
 * optional policies: the form's checkboxes and {@code --param compute=…} give the same command.
 */
@RenderedExample
class BootstrapCommandExampleBrowserTest extends BrowserTestBase {
  static final List<Map<String, String>> SAMPLES = List.of(
      BootstrapCommandGuideBrowserTest.sample("account", "111122223333", "region", "us-east-1"),
      BootstrapCommandGuideBrowserTest.sample("account", "111122223333", "region", "us-east-1", "compute", "ecs"),
      BootstrapCommandGuideBrowserTest.sample("account", "111122223333", "region", "us-east-1", "compute", "lambda-microvm",
          "qualifier", "q2"),
      BootstrapCommandGuideBrowserTest.sample("account", "444455556666", "region", "us-gov-west-1", "partition", "aws-us-gov",
          "qualifier", "gov1", "stack", "backgroundagent-prod", "compute", "ecs,lambda-microvm"));

  @Test
  void theFormsCommandIsTheCommandLinesForEveryChoice() {
    for (Map<String, String> values : SAMPLES) {
      BootstrapCommandGuideBrowserTest.assertSameCommand(GuideSite.EXAMPLE, values);
    }
  }

  @Test
  void anOptionalPolicyAppearsOnlyWhenChosenAndTheChoiceTravelsInTheLink() {
    open();
    String before = command();
    assertFalse(before.contains("Compute-ECS"), before);
    BootstrapCommandGuideBrowserTest.choose("compute", "ecs");
    assertTrue(command().contains("policy/IaCRole-ABCA-Compute-ECS'"), command());
    assertFalse(command().contains("Compute-LambdaMicrovm"), command());
    // A shared link carries the choice; opening it ticks the same boxes.
    open(SiteUnderTest.page(), "compute=lambda-microvm");
    assertEquals(List.of("lambda-microvm"), browser.strings(
        "return [...document.querySelectorAll('input[name=compute]:checked')].map(i => i.value)"));
    assertTrue(command().contains("policy/IaCRole-ABCA-Compute-LambdaMicrovm'"), command());
  }

  private static String command() {
    return (String) browser.js("return document.querySelector('pre.rolebook-command[data-command=cdk-bootstrap]').textContent");
  }
}
