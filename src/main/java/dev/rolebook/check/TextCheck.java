package dev.rolebook.check;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.Role;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.Position;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
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

  /** Policy documents may hold only U+0009, U+000A, U+000D and U+0020–U+00FF (IAM quotas page). */
  static void characters(PolicyDocument doc, List<Diagnostic> out) {
    String text = doc.source().text();
    int line = 1;
    int column = 1;
    int found = 0;
    for (int i = 0; i < text.length() && found < MAX_PER_FILE; ) {
      int c = text.codePointAt(i);
      if (!(c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0xFF))) {
        found++;
        out.add(Diagnostic.of(Code.IAM006, doc.path(), new Position(line, column),
            String.format(Locale.ROOT, "character %s (U+%04X) is not allowed in an IAM policy", shown(c), c),
            "IAM accepts tab, line breaks and U+0020-U+00FF; replace it (typographic quotes and dashes are common culprits)"));
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
  }

  private static String shown(int c) {
    return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? "" : "'" + new String(Character.toChars(c)) + "'";
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
