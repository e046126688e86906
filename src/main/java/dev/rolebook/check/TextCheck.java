package dev.rolebook.check;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.Role;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.Position;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.Quote;
import dev.rolebook.substitute.Target;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Characters IAM accepts in a document, and the length and alphabet of policy and role names. */
final class TextCheck {
  /** IAM names: alphanumerics and {@code +=,.@_-} (IAM API reference, CreatePolicy/CreateRole). */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9+=,.@_-]+");
  static final int POLICY_NAME_MAX = 128;
  static final int ROLE_NAME_MAX = 64;
  /** Findings per file are capped so one pasted binary does not bury the rest. */
  private static final int MAX_PER_FILE = 10;

  private TextCheck() {}

  /**
   * Policy documents may hold only U+0009, U+000A, U+000D and U+0020–U+00FF (IAM quotas page).
   * Checked on the decoded strings and keys, so a character written as a {@code \\u} escape is
   * caught as well as a raw one; outside strings the JSON grammar already forbids anything else.
   */
  static void characters(PolicyDocument doc, List<Diagnostic> out) {
    int[] found = {0};
    walk(doc, doc.root(), "", out, found);
  }

  private static void walk(PolicyDocument doc, JsonValue v, String pointer, List<Diagnostic> out, int[] found) {
    if (v instanceof JsonValue.JsonString s) {
      characters(doc, s.value(), pointer, false, out, found);
    } else if (v instanceof JsonValue.JsonArray a) {
      for (int i = 0; i < a.elements().size(); i++) {
        walk(doc, a.elements().get(i), SourceFile.child(pointer, i), out, found);
      }
    } else if (v instanceof JsonValue.JsonObject o) {
      for (JsonValue.Member m : o.members()) {
        String child = SourceFile.child(pointer, m.key());
        characters(doc, m.key(), child, true, out, found);
        walk(doc, m.value(), child, out, found);
      }
    }
  }

  private static void characters(PolicyDocument doc, String text, String pointer, boolean key, List<Diagnostic> out, int[] found) {
    for (int i = 0; i < text.length() && found[0] < MAX_PER_FILE; ) {
      int c = text.codePointAt(i);
      if (!(c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0xFF))) {
        found[0]++;
        Position at = key ? doc.source().keyPosition(pointer) : doc.source().position(pointer);
        out.add(Diagnostic.of(Code.IAM006, doc.path(), at,
            String.format(Locale.ROOT, "character %s(U+%04X) in '%s' is not allowed in an IAM policy", shown(c), c, Quote.visible(text)),
            "IAM accepts tab, line breaks and U+0020-U+00FF; replace it (typographic quotes and dashes are common culprits)"));
      }
      i += Character.charCount(c);
    }
  }


  private static String shown(int c) {
    return Quote.invisible(c) ? "" : "'" + new String(Character.toChars(c)) + "' ";
  }

  static void names(Manifest m, Target worstCase, List<Diagnostic> out) {
    SourceFile f = m.source();
    for (PolicyEntry p : m.policies()) {
      if (p.type().equals(PolicyEntry.TRUST)) {
        continue; // a trust policy is part of its role; its name is ours, not IAM's
      }
      name(f, SourceFile.child(p.pointer(), "name"), "policy name", p.name(), p.name(), POLICY_NAME_MAX, out);
    }
    for (Role r : m.roles()) {
      if (r.iamName().isPresent()) {
        String longest = worstCase.substitution().apply(r.iamName().get());
        name(f, SourceFile.child(r.pointer(), "iamName"), "role name", r.iamName().get(), longest, ROLE_NAME_MAX, out);
      }
    }
  }

  private static void name(SourceFile f, String pointer, String what, String name, String measured, int max, List<Diagnostic> out) {
    if (!NAME.matcher(name).matches()) {
      String bad = name.codePoints().filter(c -> !NAME.matcher(new String(Character.toChars(c))).matches())
          .mapToObj(c -> "'" + new String(Character.toChars(c)) + "'").findFirst().orElse("nothing");
      out.add(Diagnostic.of(Code.IAM007, f.path(), f.position(pointer),
          what + " '" + name + "' contains " + bad + "; IAM allows letters, digits and +=,.@_-", "rename it"));
    }
    if (measured.length() > max) {
      String how = measured.equals(name) ? "" : " in the worst case";
      out.add(Diagnostic.of(Code.IAM007, f.path(), f.position(pointer),
          String.format(Locale.ROOT, "%s '%s' is %d characters%s; IAM allows %d", what, name, measured.length(), how, max),
          measured.equals(name) ? "shorten it" : "shorten it, or lower the maxLength of the parameters it contains"));
    }
  }
}
