package dev.rolebook.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An explicit statement of which policy a block shows: {@code policy=NAME} (AsciiDoc block
 * attribute, Markdown fence info, an HTML comment or {@code data-policy}), optionally with {@code
 * variants=a,b} and {@code target=NAME}.
 */
public record Marker(Optional<String> policy, List<String> variants, String target) {
  public static final Marker NONE = new Marker(Optional.empty(), List.of(), "");

  private static final Pattern POLICY = Pattern.compile("(?<![\\w-])(?:data-)?policy\\s*=\\s*\"?([A-Za-z0-9+.@_-]+)");
  private static final Pattern VARIANTS =
      Pattern.compile("(?<![\\w-])(?:data-)?variants\\s*=\\s*(?:\"([^\"]*)\"|([A-Za-z0-9_-]+))");
  private static final Pattern TARGET = Pattern.compile("(?<![\\w-])(?:data-)?target\\s*=\\s*\"?([A-Za-z0-9 ._-]*)");

  public Marker {
    variants = List.copyOf(variants);
  }

  public boolean present() {
    return policy.isPresent();
  }

  /** Reads a marker out of free text such as the lines just above a block. */
  static Marker find(String text) {
    Matcher p = POLICY.matcher(text);
    Optional<String> policy = Optional.empty();
    while (p.find()) {
      policy = Optional.of(p.group(1));
    }
    if (policy.isEmpty()) {
      return NONE;
    }
    Matcher v = VARIANTS.matcher(text);
    List<String> variants = v.find() ? split(v.group(1) != null ? v.group(1) : v.group(2)) : List.of();
    Matcher t = TARGET.matcher(text);
    return new Marker(policy, variants, t.find() ? t.group(1).trim() : "");
  }

  static List<String> split(String commaList) {
    List<String> out = new ArrayList<>();
    Arrays.stream(commaList.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
    return out;
  }
}
