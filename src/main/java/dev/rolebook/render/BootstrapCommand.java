package dev.rolebook.render;

import dev.rolebook.model.Manifest;
import dev.rolebook.substitute.CdkBootstrapCommand;
import dev.rolebook.substitute.ParameterValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bootstrap-command::[]}: the {@code cdk bootstrap} command that attaches the set's managed
 * policies to the CloudFormation execution role, as {@link CdkBootstrapCommand} builds it for every
 * output. The block carries the command's lines as data so the page script rebuilds it from the
 * reader's values by the same rules (a qualifier line, optional policies), not by text replacement.
 */
public final class BootstrapCommand {
  /** The manifest role id of the CloudFormation execution role. */
  public static final String EXECUTION_ROLE = CdkBootstrapCommand.EXECUTION_ROLE;

  private BootstrapCommand() {}

  /**
   * The command with {@code values} (parameter name to value; a list parameter's value
   * comma-separated) filled in; parameters without a value take their default, else keep their
   * placeholder. Values are assumed valid (the form and the CLI check them first).
   */
  public static String text(Manifest m, Map<String, String> values) {
    return CdkBootstrapCommand.text(m, ParameterValues.validate(m, values, false).substitution());
  }

  /** {@code bootstrap-command::[]}: the command as the form shows it before any value is typed. */
  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    String lines = " data-lines=\"" + Html.escape(CdkBootstrapCommand.json(model.manifest())) + "\"";
    return Fragment.of(block("cdk-bootstrap", lines, PolicyBlock.title(attrs).orElse(""), text(model.manifest(), Map.of()))
        + optionalNote(model.manifest()));
  }

  /**
   * The HTML contract's command block, the one markup every page uses for a command (the page
   * script rewrites and copies {@code pre.rolebook-command}): {@code title} may be "".
   */
  public static String block(String command, String title, String text) {
    return block(command, "", title, text);
  }

  private static String block(String command, String extraAttributes, String title, String text) {
    String t = title.isEmpty() ? "" : "<div class=\"title\">" + Html.escape(title) + "</div>\n";
    return "<div class=\"listingblock rolebook-command-block\">\n" + t
        + "<div class=\"content\">\n<pre class=\"rolebook-command\" data-command=\"" + Html.escape(command) + "\""
        + extraAttributes + "><code>" + Html.escape(text) + "</code></pre>\n</div>\n</div>";
  }

  /** Which lines come and go with a list parameter's choice, said under the block. */
  static String optionalNote(Manifest m) {
    List<String> items = new ArrayList<>();
    for (CdkBootstrapCommand.Line l : CdkBootstrapCommand.lines(m)) {
      l.when().ifPresent(w -> items.add("<li><code>" + Html.escape(l.literal()) + "</code>: added when "
          + Html.escape(w.describe()) + "</li>"));
    }
    if (items.isEmpty()) {
      return "";
    }
    return "\n<div class=\"ulist rolebook-optional-policies\">\n<div class=\"title\">Optional policies in this command</div>\n<ul>\n"
        + String.join("\n", items) + "\n</ul>\n</div>";
  }
}
