package dev.rolebook.publish;

import java.util.Objects;
import java.util.regex.Pattern;

/** One generated file: a plain name (no directories) and its UTF-8 text. */
public record BundleFile(String name, String text) {
  /** IAM policy names plus our own fixed names: never a path, never hidden, never "..". */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9+=,@_-][A-Za-z0-9+=,.@_-]*");

  public BundleFile {
    Objects.requireNonNull(text);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a safe bundle file name: '" + name + "'");
    }
  }
}
