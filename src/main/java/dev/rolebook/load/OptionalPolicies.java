package dev.rolebook.load;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.When;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.Quote;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The manifest's rules for optional managed policies: a list parameter's choices, and each
 * policy's {@code when} naming a list parameter and one of its choices.
 */
final class OptionalPolicies {
  /**
   * A choice travels as an element of a CloudFormation CommaDelimitedList, a {@code --param
   * name=a,b} value and a URL fragment: no commas, quotes or white space, so one plain name form.
   */
  static final Pattern CHOICE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");

  private OptionalPolicies() {}

  static void checkChoices(SourceFile f, Parameter p, List<Diagnostic> sink) {
    String base = SourceFile.child(p.pointer(), "choices");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < p.choices().size(); i++) {
      String c = p.choices().get(i);
      String at = SourceFile.child(base, i);
      if (!CHOICE.matcher(c).matches()) {
        sink.add(Diagnostic.of(Code.MAN005, f.path(), f.position(at),
            "choice '" + Quote.visible(c) + "' of parameter '" + p.name() + "' is not a plain name (pattern " + CHOICE.pattern() + ")",
            "choices travel in comma-separated lists and links: letters, digits, '_', '.' and '-' only"));
      } else if (!seen.add(c)) {
        sink.add(Diagnostic.of(Code.MAN003, f.path(), f.position(at),
            "choice '" + c + "' of parameter '" + p.name() + "' is listed twice", "list each choice once"));
      }
    }
    String defaults = SourceFile.child(p.pointer(), "default");
    for (int i = 0; i < p.defaultChoices().size(); i++) {
      String d = p.defaultChoices().get(i);
      if (!p.choices().contains(d)) {
        sink.add(Diagnostic.of(Code.MAN005, f.path(), f.position(SourceFile.child(defaults, i)),
            "default '" + Quote.visible(d) + "' of parameter '" + p.name() + "' is not one of its choices",
            choicesHint(p)));
      }
    }
  }

  /** A policy's {@code when}: on a managed policy, naming a list parameter and one of its choices. */
  static void check(Manifest m, PolicyEntry policy, When w, List<Diagnostic> sink) {
    SourceFile f = m.source();
    String at = SourceFile.child(policy.pointer(), "when");
    if (!PolicyEntry.MANAGED.equals(policy.type())) {
      sink.add(Diagnostic.of(Code.MAN002, f.path(), f.keyPosition(at),
          "'when' on " + policy.type() + " policy '" + policy.name() + "': only a managed policy can be optional",
          "a role always has its trust policy and inline policies; make this a managed policy or remove 'when'"));
      return;
    }
    if (w.parameter().isEmpty()) {
      return; // reported as a missing field
    }
    String paramAt = SourceFile.child(at, "parameter");
    Parameter p = m.parameter(w.parameter()).orElse(null);
    if (p == null) {
      Set<String> lists = new TreeSet<>(m.listParameters().stream().map(Parameter::name).toList());
      sink.add(Diagnostic.of(Code.MAN004, f.path(), f.position(paramAt),
          "unknown parameter '" + Quote.visible(w.parameter()) + "' in 'when' of policy '" + policy.name() + "'",
          lists.isEmpty()
              ? "declare a parameter with \"type\": \"list\" and \"choices\" first"
              : "list parameters: " + String.join(", ", lists)));
      return;
    }
    if (!p.isList()) {
      sink.add(Diagnostic.of(Code.MAN004, f.path(), f.position(paramAt),
          "'when' of policy '" + policy.name() + "' names parameter '" + p.name() + "', which is not a list parameter",
          "a policy is chosen by a parameter with \"type\": \"list\" and \"choices\""));
      return;
    }
    if (!w.includes().isEmpty() && !p.choices().contains(w.includes())) {
      sink.add(Diagnostic.of(Code.MAN004, f.path(), f.position(SourceFile.child(at, "includes")),
          "'" + Quote.visible(w.includes()) + "' in 'when' of policy '" + policy.name() + "' is not a choice of parameter '"
              + p.name() + "'",
          choicesHint(p)));
    }
  }

  static String choicesHint(Parameter p) {
    return p.choices().isEmpty() ? "the parameter has no choices" : "choices: " + String.join(", ", p.choices());
  }
}
