package dev.rolebook.render;

import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.load.ProjectInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: what Rolebook's extensions cost. Renders the guide warm with its macros, and the same
 * guide with every macro line replaced by a passthrough block holding exactly the HTML that macro
 * produced ("pasted in"), in one JVM, alternating, and prints both medians. Run by
 * bench/render-bench.sh.
 */
public final class ExtensionOverheadBench {
  private static final Pattern MACRO = Pattern.compile("^([a-z][a-z-]*)::(\\S*)\\[(.*)\\]$");
  private static final Map<String, Macro.Builder> BUILDERS = Map.of(
      "policy", PolicyBlock::build,
      "policy-inventory", InventoryTable::build,
      "resource-constraints", ConstraintsTable::build,
      "roles", RolesTable::build,
      "bootstrap-command", BootstrapCommand::build,
      "policy-sizes", SizeChart::build,
      "role-chain", RoleChain::build,
      "parameter-form", ParameterForm::build,
      "account-pages", AccountLinks::build);

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    Path project = SharedRenderer.PROJECT;
    ProjectInput input = ProjectInput.load(project);
    CheckResult check = Checker.check(input.loaded(), input.targets().targets());
    RenderModel model = RenderModel.of(check, input.targets().targets()).orElseThrow();
    String guide = Files.readString(project.resolve("src/docs/guide.adoc"));
    String pasted = pasted(guide, model);
    Renderer renderer = SharedRenderer.renderer();
    List<Long> withMacros = new ArrayList<>();
    List<Long> withPasted = new ArrayList<>();
    for (int i = 0; i < runs + 10; i++) {
      long a = time(renderer, guide, project, model);
      long b = time(renderer, pasted, project, model);
      if (i >= 10) { // warm-up renders first
        withMacros.add(a);
        withPasted.add(b);
      }
    }
    double m = median(withMacros) / 1e6;
    double p = median(withPasted) / 1e6;
    System.out.printf(Locale.ROOT, "warm render, guide with macros:        median %.1f ms%n", m);
    System.out.printf(Locale.ROOT, "warm render, same HTML pasted in:      median %.1f ms%n", p);
    System.out.printf(Locale.ROOT, "extension overhead:                    %.1f ms (%.0f%%)%n", m - p, 100 * (m - p) / p);
  }

  private static long time(Renderer renderer, String adoc, Path project, RenderModel model) {
    long start = System.nanoTime();
    Renderer.Page page = renderer.render(adoc, "src/docs/guide.adoc", project, model);
    long took = System.nanoTime() - start;
    if (!page.ok()) {
      throw new IllegalStateException(page.messages().toString());
    }
    return took;
  }

  /** The guide with each block macro replaced by a passthrough of the HTML it renders to. */
  static String pasted(String guide, RenderModel model) {
    StringBuilder out = new StringBuilder();
    String title = null;
    for (String line : guide.split("\n", -1)) {
      Matcher m = MACRO.matcher(line.strip());
      if (line.startsWith(".") && !line.startsWith("..")) {
        title = line.substring(1);
      }
      if (m.matches() && BUILDERS.containsKey(m.group(1))) {
        Map<String, Object> attrs = new HashMap<>();
        for (String pair : m.group(3).isEmpty() ? new String[0] : m.group(3).split(",")) {
          String[] kv = pair.split("=", 2);
          attrs.put(kv[0].strip(), kv.length > 1 ? kv[1].strip() : "");
        }
        if (title != null) {
          attrs.put("title", title);
        }
        Fragment f = BUILDERS.get(m.group(1)).build(model, m.group(2), attrs);
        out.append("++++\n").append(f.html()).append("\n++++\n");
      } else {
        out.append(line).append('\n');
      }
      if (!line.startsWith(".")) {
        title = null;
      }
    }
    return out.toString();
  }

  private static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
