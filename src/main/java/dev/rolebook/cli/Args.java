package dev.rolebook.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code --name value}, {@code --name=value} and boolean {@code --flag} options against a
 * command's declared options. Options given twice keep every value (for repeatable ones).
 */
final class Args {
  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();
  /** Options kept by {@link #parseOpen} that the command did not declare, in the order given. */
  private final java.util.LinkedHashSet<String> undeclared = new java.util.LinkedHashSet<>();

  private Args() {}

  static Args parse(String command, List<String> args, Set<String> withValue, Set<String> flags) throws UsageException {
    return parse(command, args, withValue, flags, false);
  }

  /**
   * Like {@link #parse}, but an option not declared is kept (with its value) for the command to
   * judge once it knows more, e.g. a deployment parameter the project's manifest declares.
   */
  static Args parseOpen(String command, List<String> args, Set<String> withValue, Set<String> flags) throws UsageException {
    return parse(command, args, withValue, flags, true);
  }

  private static Args parse(String command, List<String> args, Set<String> withValue, Set<String> flags, boolean open)
      throws UsageException {
    Args a = new Args();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--") || arg.equals("--")) {
        a.positional.add(arg);
        continue;
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flags.contains(name)) {
        if (value != null) {
          throw new UsageException("option --" + name + " takes no value");
        }
        a.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
      } else if (withValue.contains(name) || (open && !name.isEmpty())) {
        if (value == null) {
          if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = args.get(++i);
        }
        a.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        if (!withValue.contains(name)) {
          a.undeclared.add(name);
        }
      } else {
        throw new UsageException("unknown option '--" + name + "' for '" + command + "'");
      }
    }
    return a;
  }

  String get(String name, String fallback) {
    List<String> v = values.get(name);
    return v == null ? fallback : v.get(v.size() - 1);
  }

  java.util.Optional<String> get(String name) {
    return java.util.Optional.ofNullable(get(name, null));
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  List<String> undeclared() {
    return List.copyOf(undeclared);
  }

  List<String> positional() {
    return positional;
  }

  /** One of {@code choices}, else a usage error naming them. */
  String choice(String name, String fallback, List<String> choices) throws UsageException {
    String v = get(name, fallback);
    if (!choices.contains(v)) {
      throw new UsageException("--" + name + " must be one of " + String.join(", ", choices) + ", not '" + v + "'");
    }
    return v;
  }

  void noPositional(String command) throws UsageException {
    if (!positional.isEmpty()) {
      throw new UsageException("unexpected argument '" + positional.get(0) + "' for '" + command + "'");
    }
  }
}
