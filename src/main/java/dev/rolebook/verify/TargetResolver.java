package dev.rolebook.verify;

import dev.rolebook.model.JsonValue;
import dev.rolebook.substitute.Target;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Turns a target name (a page block's {@code data-target}) into the substitution that produces
 * the document that target receives. Targets are defined outside this package; until a command
 * passes them, {@link #NONE} knows none and every non-empty {@code data-target} is reported as
 * unknown.
 */
@FunctionalInterface
public interface TargetResolver {
  TargetResolver NONE = target -> Optional.empty();

  /** The substitution for {@code target}, empty when no target has that name. */
  Optional<UnaryOperator<JsonValue>> substitution(String target);

  /** Resolves by {@link Target#name()}; the page's data-variants, not the target's, pick variants. */
  static TargetResolver of(List<Target> targets) {
    List<Target> copy = List.copyOf(targets);
    return name -> copy.stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .map(t -> (UnaryOperator<JsonValue>) t.substitution()::apply);
  }
}
