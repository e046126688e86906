package dev.rolebook.render;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.Manifest.PolicyEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code cdk bootstrap} command that attaches the set's managed policies to the CloudFormation
 * execution role: one {@code --cloudformation-execution-policies} per managed policy attached to
 * the role with id {@value #EXECUTION_ROLE}, in manifest order.
 */
public final class BootstrapCommand {
  /** The manifest role id of the CloudFormation execution role. */
  public static final String EXECUTION_ROLE = "cfn-exec";
  /** CDK's default qualifier: bootstrap needs no --qualifier option for it. */
  public static final String CDK_DEFAULT_QUALIFIER = "hnb659fds";
  static final List<String> PARAMETERS = List.of("account", "region", "partition", "qualifier");

  private BootstrapCommand() {}

  /**
   * The command with {@code values} (parameter name → value) filled in; parameters without a value
   * keep their placeholder. Empty when the manifest lacks one of the parameters the command needs.
   */
  public static Optional<String> text(Manifest m, Map<String, String> values) {
    List<String> v = new ArrayList<>();
    for (String name : PARAMETERS) {
      Optional<Parameter> p = m.parameter(name);
      if (p.isEmpty()) {
        return Optional.empty();
      }
      v.add(values.getOrDefault(name, p.get().placeholder()));
    }
    String account = v.get(0);
    String region = v.get(1);
    String partition = v.get(2);
    String qualifier = v.get(3);
    List<String> lines = new ArrayList<>();
    lines.add("cdk bootstrap aws://" + account + "/" + region);
    if (!qualifier.equals(CDK_DEFAULT_QUALIFIER)) {
      lines.add("  --qualifier " + qualifier);
    }
    for (PolicyEntry p : m.managedPolicies()) {
      if (p.attachTo().equals(EXECUTION_ROLE)) {
        lines.add("  --cloudformation-execution-policies \"arn:" + partition + ":iam::" + account + ":policy/" + p.name() + "\"");
      }
    }
    return Optional.of(String.join(" \\\n", lines));
  }

  /** {@code bootstrap-command::[]}: the command as written, placeholders in. */
  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    Optional<String> text = text(model.manifest(), Map.of());
    if (text.isEmpty()) {
      return Fragment.problem("the manifest needs parameters " + String.join(", ", PARAMETERS) + " for the bootstrap command");
    }
    return Fragment.of(block("cdk-bootstrap", PolicyBlock.title(attrs).orElse(""), text.get()));
  }

  /**
   * The HTML contract's command block, the one markup every page uses for a command (the page
   * script rewrites and copies {@code pre.rolebook-command}): {@code title} may be "".
   */
  public static String block(String command, String title, String text) {
    String t = title.isEmpty() ? "" : "<div class=\"title\">" + Html.escape(title) + "</div>\n";
    return "<div class=\"listingblock rolebook-command-block\">\n" + t
        + "<div class=\"content\">\n<pre class=\"rolebook-command\" data-command=\"" + Html.escape(command) + "\"><code>"
        + Html.escape(text) + "</code></pre>\n</div>\n</div>";
  }
}
