package dev.rolebook.cloudformation;

import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of an {@code Fn::Sub} string: literal text and {@code ${Name}} references. CloudFormation
 * writes a literal {@code ${} as {@code ${!}, so {@code ${!aws:username}} stands for the IAM policy
 * variable {@code ${aws:username}}.
 */
public final class SubText {
  private SubText() {}

  /** Literal text ({@code name} null) or a reference to {@code name}. */
  public record Piece(String text, String name) {
    public boolean literal() {
      return name == null;
    }
  }

  /** Thrown for a {@code ${} without its closing brace. */
  public static final class Unclosed extends Exception {
    Unclosed(String message) {
      super(message, null, false, false);
    }
  }

  public static List<Piece> pieces(String text) throws Unclosed {
    List<Piece> out = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("${!", i)) {
        literal.append("${");
        i += 3;
      } else if (text.startsWith("${", i)) {
        int close = text.indexOf('}', i + 2);
        if (close < 0) {
          throw new Unclosed("'${' at character " + (i + 1) + " has no closing '}'");
        }
        if (literal.length() > 0) {
          out.add(new Piece(literal.toString(), null));
          literal.setLength(0);
        }
        out.add(new Piece(null, text.substring(i + 2, close).strip()));
        i = close + 1;
      } else {
        literal.append(text.charAt(i++));
      }
    }
    if (literal.length() > 0) {
      out.add(new Piece(literal.toString(), null));
    }
    return out;
  }

  /** {@code text} with every {@code ${} written as {@code ${!}, so Fn::Sub leaves it as it is. */
  public static String escape(String text) {
    return text.replace("${", "${!");
  }
}
