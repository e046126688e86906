package dev.rolebook.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Service principals ({@code lambda.amazonaws.com}): their shape, and the ones Rolebook knows
 * (the resource {@code service-principals.txt}). China Regions use the {@code .amazonaws.com.cn}
 * form of the same names.
 */
final class ServicePrincipals {
  /** Lower-case DNS labels ending in amazonaws.com (.cn), or amazon.com for the few Alexa principals. */
  static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*\\.(amazonaws\\.com(\\.cn)?|amazon\\.com)");
  static final List<String> KNOWN = load();

  private ServicePrincipals() {}

  static boolean known(String principal) {
    String p = principal.endsWith(".amazonaws.com.cn") ? principal.substring(0, principal.length() - 3) : principal;
    return KNOWN.contains(p);
  }

  /**
   * What is wrong with the shape of {@code principal}, if anything, with a suggestion: a missing
   * domain ("lambda"), "amazon.com" for "amazonaws.com", capitals, wildcards.
   */
  static Optional<String> shapeProblem(String principal) {
    if (principal.contains("*") || principal.contains("?")) {
      return Optional.of("service principals take no wildcards");
    }
    String lower = principal.toLowerCase(Locale.ROOT);
    if (!lower.equals(principal)) {
      return Optional.of(SHAPE.matcher(lower).matches() ? "service principals are lower case: '" + lower + "'" : "");
    }
    if (principal.endsWith(".amazon.com") && !KNOWN.contains(principal)) {
      String fixed = principal.substring(0, principal.length() - ".amazon.com".length()) + ".amazonaws.com";
      return Optional.of(KNOWN.contains(fixed) ? "did you mean '" + fixed + "'?" : "service principals end in .amazonaws.com");
    }
    if (!SHAPE.matcher(principal).matches()) {
      if (principal.matches("[a-z0-9-]+") && KNOWN.contains(principal + ".amazonaws.com")) {
        return Optional.of("did you mean '" + principal + ".amazonaws.com'?");
      }
      return Optional.of(Suggest.closest(principal, KNOWN).map(s -> "did you mean '" + s + "'?")
          .orElse("service principals read like lambda.amazonaws.com"));
    }
    return Optional.empty();
  }

  private static List<String> load() {
    try (InputStream in = ServicePrincipals.class.getResourceAsStream("service-principals.txt")) {
      if (in == null) {
        throw new IllegalStateException("service-principals.txt missing from the jar");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
