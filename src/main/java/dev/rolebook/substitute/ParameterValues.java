package dev.rolebook.substitute;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.report.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates user-supplied parameter values against the manifest before any substitution. Besides
 * each parameter's own pattern, characters that could change a policy's meaning are refused
 * outright: quotes, backslashes, white space and control characters, IAM wildcards {@code * ?},
 * policy-variable syntax {@code $ { }}, and anything outside printable ASCII.
 */
public final class ParameterValues {
  // Letters, digits and the punctuation IAM names and ARNs use; nothing that quotes, escapes,
  // wildcards (* ?) or starts a policy variable (${…}).
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.:/+=,@-]*");
  private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

  private ParameterValues() {}

  /** A validation outcome: the substitution, or one message per bad or missing value. */
  public record Result(Substitution substitution, List<String> errors) {
    public Result {
      errors = List.copyOf(errors);
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /**
   * Checks {@code given} (parameter name → value). Parameters not given take their default; one
   * with neither stays a placeholder when {@code requireAll} is false, else is an error.
   */
  public static Result validate(Manifest manifest, Map<String, String> given, boolean requireAll) {
    List<String> errors = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, List<String>> choices = new LinkedHashMap<>();
    for (String name : new java.util.TreeSet<>(given.keySet())) {
      if (manifest.parameter(name).isEmpty()) {
        errors.add("unknown parameter '" + name + "'; known: " + names(manifest));
      }
    }
    for (Parameter p : manifest.parameters()) {
      String v = given.get(p.name());
      if (p.isList()) {
        List<String> chosen = new ArrayList<>();
        for (String c : v == null ? p.defaultChoices() : split(v)) {
          checkChoice(p, c).ifPresentOrElse(errors::add, () -> chosen.add(c));
        }
        choices.put(p.name(), p.choices().stream().filter(chosen::contains).toList());
        continue;
      }
      if (v == null) {
        if (p.defaultValue().isPresent()) {
          values.put(p.name(), p.defaultValue().get());
        } else if (requireAll) {
          errors.add(p.name() + " is required (" + describe(p) + ", e.g. '" + p.example() + "')");
        }
        continue;
      }
      check(p, v).ifPresentOrElse(errors::add, () -> values.put(p.name(), v));
    }
    return new Result(new Substitution(manifest.parameters(), values, choices), errors);
  }

  /** A list value as given on the command line: comma-separated, empty for none. */
  public static List<String> split(String value) {
    return value.isEmpty() ? List.of() : List.of(value.split(",", -1));
  }

  /** The problem with one element of a list parameter's value, or empty when it is one of its choices. */
  public static java.util.Optional<String> checkChoice(Parameter p, String value) {
    if (p.choices().contains(value)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(p.name() + " '" + Quote.visible(value) + "' is not one of its choices ("
        + String.join(", ", p.choices()) + ")");
  }

  /** The problem with one value, or empty when it is acceptable. */
  public static java.util.Optional<String> check(Parameter p, String value) {
    String shown = Quote.visible(value);
    if (!SAFE.matcher(value).matches()) {
      return java.util.Optional.of(
          p.name() + " '" + shown + "' contains " + Quote.firstUnsafe(value, SAFE)
              + ", which could change the policy's meaning; expected " + describe(p));
    }
    // The pattern first: it names the rule the reader knows ("a 12-digit AWS account ID"); the
    // length cap only matters for patterns that allow longer values (stack names).
    java.util.Optional<Pattern> pattern = compiled(p.pattern());
    if (pattern.isEmpty()) {
      return java.util.Optional.of(p.name() + " '" + shown + "' cannot be checked: the manifest's pattern for '"
          + p.name() + "' is not a valid regular expression (MAN005)");
    }
    if (!pattern.get().matcher(value).matches()) {
      return java.util.Optional.of(p.patternHint().isEmpty()
          ? p.name() + " '" + shown + "' does not match the pattern " + p.pattern()
          : p.name() + " '" + shown + "' is not " + p.patternHint() + " (pattern " + p.pattern() + ")");
    }
    if (value.length() > p.maxLength()) {
      return java.util.Optional.of(
          p.name() + " '" + shown + "' is " + value.length() + " characters; the manifest allows at most " + p.maxLength()
              + " (maxLength of parameter '" + p.name() + "')");
    }
    return java.util.Optional.empty();
  }

  /** The compiled pattern; empty when the manifest's pattern is invalid (the loader reports MAN005). */
  private static java.util.Optional<Pattern> compiled(String pattern) {
    try {
      if (PATTERNS.size() >= 1_000) {
        PATTERNS.clear(); // a long-lived JVM (serve, the check daemon) sees every edit's pattern
      }
      return java.util.Optional.of(PATTERNS.computeIfAbsent(pattern, Pattern::compile));
    } catch (java.util.regex.PatternSyntaxException e) {
      return java.util.Optional.empty();
    }
  }

  private static String describe(Parameter p) {
    return p.patternHint().isEmpty() ? "a value matching " + p.pattern() : p.patternHint();
  }

  private static String names(Manifest m) {
    return String.join(", ", m.parameters().stream().map(Parameter::name).toList());
  }
}
