package dev.rolebook.render;

import java.util.Optional;

/**
 * What a macro produces: the HTML to insert, or a problem with the macro's target or attributes
 * (shown as a visible placeholder and logged with the macro's line, which fails the render).
 */
record Fragment(String html, Optional<String> problem) {
  static Fragment of(String html) {
    return new Fragment(html, Optional.empty());
  }

  static Fragment problem(String message) {
    return new Fragment("", Optional.of(message));
  }
}
