package dev.rolebook.render;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code role-chain::[]}: who assumes what during {@code cdk deploy}: the CLI user, the deploy
 * role, CloudFormation, the execution role and the managed policies attached to it, and the file
 * and image publishing roles the CLI user also assumes. Role names come from the manifest (roles
 * with ids deploy, cfn-exec, file-publishing, image-publishing).
 *
 * <p>HTML boxes rather than an SVG: the text is the page's own text, so it keeps its size on a
 * phone (the chain turns vertical there, see the theme), wraps instead of being cut, takes its
 * colours from the theme in light, dark and print, and a search or a screen reader finds it.
 */
final class RoleChain {
  static final List<String> ATTRIBUTES = List.of();

  private RoleChain() {}

  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    Manifest m = model.manifest();
    Optional<Role> deploy = m.role("deploy");
    Optional<Role> exec = m.role(BootstrapCommand.EXECUTION_ROLE);
    if (deploy.isEmpty() || exec.isEmpty()) {
      return Fragment.problem("role-chain needs roles with ids 'deploy' and 'cfn-exec' in the manifest");
    }
    List<PolicyEntry> policies = m.managedPolicies().stream().filter(p -> p.attachTo().equals(exec.get().id())).toList();
    List<Role> publishing = new ArrayList<>();
    m.role("file-publishing").ifPresent(publishing::add);
    m.role("image-publishing").ifPresent(publishing::add);

    String title = PolicyBlock.title(attrs).orElse("Who assumes which role during cdk deploy");
    StringBuilder sb = new StringBuilder();
    sb.append("<figure class=\"rolebook-figure rolebook-role-chain\">\n");
    sb.append("<ol class=\"rolebook-chain\">\n");
    sb.append(node("rolebook-node-actor", Html.escape("CLI user"), Html.escape("runs cdk deploy"), ""));
    sb.append(edge("assumes"));
    sb.append(node("rolebook-node-role", Html.escape(deploy.get().name()), identifier(deploy.get().iamName()), ""));
    sb.append(edge("passes the template"));
    sb.append(node("rolebook-node-actor", Html.escape("CloudFormation"), Html.escape("runs the change set"), ""));
    sb.append(edge("assumes"));
    StringBuilder attached = new StringBuilder();
    if (!policies.isEmpty()) {
      attached.append("<p class=\"rolebook-node-note\">managed policies attached:</p>\n<ul class=\"rolebook-attached\">\n");
      for (PolicyEntry p : policies) {
        attached.append("<li><code>").append(Html.breakable(p.name())).append("</code></li>\n");
      }
      attached.append("</ul>\n");
    }
    sb.append(node("rolebook-node-role rolebook-node-exec", Html.escape(exec.get().name()), identifier(exec.get().iamName()),
        attached.toString()));
    sb.append("</ol>\n");
    if (!publishing.isEmpty()) {
      sb.append("<div class=\"rolebook-chain-aside\">\n<p class=\"rolebook-edge-label\">the CLI user also assumes, to upload assets:</p>\n");
      sb.append("<ul class=\"rolebook-chain-side\">\n");
      for (Role r : publishing) {
        sb.append(node("rolebook-node-role", Html.escape(r.name()), identifier(r.iamName()), ""));
      }
      sb.append("</ul>\n</div>\n");
    }
    sb.append("<figcaption class=\"title\">").append(Html.escape(title)).append("</figcaption>\n</figure>");
    return Fragment.of(sb.toString());
  }

  private static String identifier(Optional<String> iamName) {
    return iamName.map(n -> "<code>" + Html.breakable(n) + "</code>").orElse("");
  }

  private static String node(String cls, String nameHtml, String detailHtml, String extraHtml) {
    return "<li class=\"rolebook-node " + cls + "\">\n<span class=\"rolebook-node-name\">" + nameHtml + "</span>\n"
        + (detailHtml.isEmpty() ? "" : "<span class=\"rolebook-node-detail\">" + detailHtml + "</span>\n")
        + extraHtml + "</li>\n";
  }

  private static String edge(String label) {
    return "<li class=\"rolebook-edge\" aria-label=\"then " + Html.escape(label) + "\"><span class=\"rolebook-edge-label\">"
        + Html.escape(label) + "</span></li>\n";
  }
}
