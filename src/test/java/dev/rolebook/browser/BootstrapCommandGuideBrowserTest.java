package dev.rolebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The guide's live form and {@code rolebook snippets --format cli} give the same {@code cdk
 * bootstrap} command, character for character, over a sample of parameter sets: the default and
 * other qualifiers, partitions, stack names and variants, on this project's rendered guide.
 */
@RenderedGuide
class BootstrapCommandGuideBrowserTest extends BrowserTestBase {
  /** Parameter sets: form values (name to value); "variant" goes to the command line only. */
  static final List<Map<String, String>> SAMPLES = List.of(
      sample("account", "111122223333", "region", "us-east-1"),
      sample("account", "111122223333", "region", "us-east-1", "qualifier", "prod1"),
      sample("account", "111122223333", "region", "eu-west-1", "qualifier", "hnb659fds"),
      sample("account", "444455556666", "region", "us-gov-west-1", "partition", "aws-us-gov", "qualifier", "gov1",
          "stack", "backgroundagent-prod", "variant", "ecs"),
      sample("account", "999988887777", "region", "cn-north-1", "partition", "aws-cn", "stack", "x"));

  @Test
  void theFormsCommandIsTheCommandLinesForEverySample() {
    for (Map<String, String> values : SAMPLES) {
      assertSameCommand(Path.of(""), values);
    }
  }

  static void assertSameCommand(Path project, Map<String, String> values) {
    browser.js("window.localStorage.clear()"); // each sample starts from the page's defaults, not the last one's values
    open();
    List<String> args = new ArrayList<>(List.of("snippets", "--project", project.toString(), "--format", "cli"));
    values.forEach((name, value) -> {
      if (name.equals("variant")) {
        args.addAll(List.of("--variant", value)); // variants join statements; the command names the same policies
      } else if (isList(name)) {
        args.addAll(List.of("--param", name + "=" + value));
        choose(name, value);
      } else {
        args.addAll(List.of("--" + name, value));
        ParameterFormBrowserTest.type(name, value);
      }
    });
    String form = (String) browser.js("return document.querySelector('pre.rolebook-command[data-command=cdk-bootstrap]').textContent");
    assertEquals(cliCommand(args), form, "form and snippets --format cli for " + values);
  }

  private static boolean isList(String name) {
    return (Boolean) browser.js("return document.querySelector('fieldset input[type=checkbox][name=\"' + arguments[0] + '\"]') !== null", name);
  }

  /** Ticks exactly the comma-separated choices of list parameter {@code name}. */
  static void choose(String name, String value) {
    List<String> wanted = value.isEmpty() ? List.of() : List.of(value.split(","));
    for (Object box : (List<?>) browser.js("return [...document.querySelectorAll('input[type=checkbox][name=\"' + arguments[0] + '\"]')]", name)) {
      org.openqa.selenium.WebElement b = (org.openqa.selenium.WebElement) box;
      if (b.isSelected() != wanted.contains(b.getAttribute("value"))) {
        b.click();
      }
    }
  }

  /** The {@code cdk bootstrap} command of {@code bootstrap.sh}: its first line and each continued line. */
  static String cliCommand(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, args + ": " + err.toString(StandardCharsets.UTF_8));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    int start = 0;
    while (start < lines.size() && !lines.get(start).startsWith("cdk bootstrap ")) {
      start++;
    }
    assertTrue(start < lines.size(), "no cdk bootstrap in the script");
    List<String> command = new ArrayList<>();
    for (int i = start; i < lines.size(); i++) {
      command.add(lines.get(i));
      if (!lines.get(i).endsWith(" \\")) {
        break;
      }
    }
    return String.join("\n", command);
  }

  static Map<String, String> sample(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
