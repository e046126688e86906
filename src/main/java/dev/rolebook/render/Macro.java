package dev.rolebook.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;

/**
 * One of Rolebook's block macros: looks the model up, lets a builder make the HTML, and returns it
 * as a pass block. A problem becomes a visible placeholder whose {@value #PROBLEM} attribute the
 * {@link ProblemLogger} turns into an error at the macro's line (a macro cannot log its own line:
 * Asciidoctor assigns the block's source location only after the macro returns).
 */
final class Macro extends BlockMacroProcessor {
  static final String PROBLEM = "rolebook-problem";

  /** Builds a macro's HTML from the model, its target and attributes. */
  @FunctionalInterface
  interface Builder {
    Fragment build(RenderModel model, String target, Map<String, Object> attributes);
  }

  private final Builder builder;
  private final List<String> known;
  private final boolean takesTarget;
  private final Supplier<RenderModel> model;

  /** A macro whose target names something ({@code policy::NAME[]}, {@code roles::KIND[]}). */
  Macro(String name, List<String> knownAttributes, Builder builder, Supplier<RenderModel> model) {
    this(name, true, knownAttributes, builder, model);
  }

  /** {@code takesTarget} false: the macro draws the whole set, so {@code name::[]} only. */
  Macro(String name, boolean takesTarget, List<String> knownAttributes, Builder builder, Supplier<RenderModel> model) {
    super(name);
    this.builder = builder;
    this.known = List.copyOf(knownAttributes);
    this.takesTarget = takesTarget;
    this.model = model;
  }

  @Override
  public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
    Fragment f = fragment(target, attributes);
    Map<String, Object> blockAttrs = new HashMap<>();
    String html = f.html();
    if (f.problem().isPresent()) {
      String message = getName() + "::" + target + "[]: " + f.problem().get();
      blockAttrs.put(PROBLEM, message);
      html = "<div class=\"rolebook-problem\"><p>" + Html.escape("Rolebook could not render this block: " + message) + "</p></div>";
    }
    return createBlock(parent, "pass", html, blockAttrs);
  }

  private Fragment fragment(String target, Map<String, Object> attributes) {
    RenderModel m = model.get();
    if (m == null) {
      return Fragment.problem("no policy set loaded");
    }
    if (!takesTarget && !target.isEmpty()) {
      return Fragment.problem(getName() + " takes no target, got '" + target + "'");
    }
    List<String> unknown = new ArrayList<>();
    for (String key : attributes.keySet()) {
      if (!known.contains(key) && !key.equals("title")) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      unknown.sort(null);
      return Fragment.problem("unknown attribute" + (unknown.size() == 1 ? " '" : "s '") + String.join("', '", unknown) + "'"
          + (known.isEmpty() ? "; this macro takes none" : "; known: " + String.join(", ", known)));
    }
    return builder.build(m, target, attributes);
  }
}
