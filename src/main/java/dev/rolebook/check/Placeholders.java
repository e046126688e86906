package dev.rolebook.check;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The manifest's parameter placeholders ({@code ACCOUNT_ID}, {@code REGION}): policies as written
 * hold them where a deployment puts a value, so a field that is exactly a placeholder is judged
 * after substitution (by the size and target checks), not as written.
 */
record Placeholders(Set<String> tokens) {
  static final Placeholders NONE = new Placeholders(Set.of());

  static Placeholders of(Manifest m) {
    return new Placeholders(m.parameters().stream()
        .filter(p -> p.in().equals(Parameter.IN_TOKEN))
        .map(Parameter::placeholder)
        .collect(Collectors.toUnmodifiableSet()));
  }

  boolean is(String field) {
    return tokens.contains(field);
  }
}
