package dev.rolebook.render;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code role-chain::[]}: an inline SVG of who assumes what during {@code cdk deploy}: the CLI
 * user, the deploy role, CloudFormation, the execution role and the managed policies attached to
 * it, with the file and image publishing roles beside the deploy role. Role names come from the
 * manifest (roles with ids deploy, cfn-exec, file-publishing, image-publishing).
 */
final class RoleChain {
  static final List<String> ATTRIBUTES = List.of();
  private static final int BOX_W = 170;
  private static final int BOX_H = 58;
  private static final int GAP = 64;

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

    int col = BOX_W + GAP;
    int width = 5 * col - GAP + 2;
    int rowsRight = Math.max(1, policies.size());
    int height = Math.max(2 * BOX_H + 50 + (publishing.isEmpty() ? 0 : 2 * (BOX_H + 20)), rowsRight * (BOX_H + 12) + 30);
    String title = PolicyBlock.title(attrs).orElse("Who assumes which role during cdk deploy");
    StringBuilder sb = new StringBuilder();
    sb.append("<div class=\"imageblock rolebook-figure rolebook-role-chain\">\n<div class=\"content\">\n");
    sb.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rolebook-svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">\n",
        width, height, width, height, Html.escape(title)));
    sb.append("<title>").append(Html.escape(title)).append("</title>\n");
    sb.append("<defs><marker id=\"rolebook-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
        + "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"currentColor\"/></marker></defs>\n");
    int y = 20;
    sb.append(box(1, y, "rolebook-svg-actor", "CLI user", "runs cdk deploy"));
    sb.append(box(1 + col, y, "rolebook-svg-role", deploy.get().name(), deploy.get().iamName().orElse("")));
    sb.append(box(1 + 2 * col, y, "rolebook-svg-actor", "CloudFormation", "runs the change set"));
    sb.append(box(1 + 3 * col, y, "rolebook-svg-role rolebook-svg-exec", exec.get().name(), exec.get().iamName().orElse("")));
    int mid = y + BOX_H / 2;
    for (int i = 0; i < 3; i++) {
      sb.append(arrow(1 + i * col + BOX_W, mid, 1 + (i + 1) * col, mid, i == 1 ? "passes the template" : "assumes"));
    }
    int py = y;
    for (PolicyEntry p : policies) {
      sb.append(box(1 + 4 * col, py, "rolebook-svg-policy", p.name(), "managed policy"));
      sb.append(line(1 + 3 * col + BOX_W, mid, 1 + 4 * col, py + BOX_H / 2));
      py += BOX_H + 12;
    }
    int qy = y + BOX_H + 50;
    for (Role r : publishing) {
      sb.append(box(1 + col, qy, "rolebook-svg-role", r.name(), r.iamName().orElse("")));
      sb.append(arrow(1 + BOX_W / 2, y + BOX_H, 1 + col, qy + BOX_H / 2, ""));
      qy += BOX_H + 20;
    }
    sb.append("</svg>\n</div>\n<div class=\"title\">").append(Html.escape(title)).append("</div>\n</div>");
    return Fragment.of(sb.toString());
  }

  private static String box(int x, int y, String cls, String name, String detail) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "<g class=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"#f4f6f8\" stroke=\"#5b6770\"/>\n",
        cls, x, y, BOX_W, BOX_H));
    List<String> lines = wrap(name, 24);
    int ty = y + 18;
    for (String l : lines.subList(0, Math.min(2, lines.size()))) {
      sb.append(SizeChart.text(x + BOX_W / 2, ty, "middle", "rolebook-svg-name", l));
      ty += 15;
    }
    if (!detail.isEmpty()) {
      String shown = detail.length() > 30 ? detail.substring(0, 29) + "…" : detail;
      sb.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"rolebook-svg-detail\" font-size=\"9\" fill=\"currentColor\">%s<title>%s</title></text>\n",
          x + BOX_W / 2, y + BOX_H - 8, Html.escape(shown), Html.escape(detail)));
    }
    return sb.append("</g>\n").toString();
  }

  private static String arrow(int x1, int y1, int x2, int y2, String label) {
    String s = String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"currentColor\" marker-end=\"url(#rolebook-arrow)\"/>\n",
        x1, y1, x2, y2);
    return label.isEmpty() ? s : s + String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"rolebook-svg-edge\" font-size=\"9\" fill=\"currentColor\">%s</text>\n",
        (x1 + x2) / 2, y1 - 6, Html.escape(label));
  }

  private static String line(int x1, int y1, int x2, int y2) {
    return String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"currentColor\" stroke-dasharray=\"3 3\"/>\n", x1, y1, x2, y2);
  }

  /** Greedy word wrap at {@code width} characters. */
  static List<String> wrap(String s, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }
}
