package dev.rolebook.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small AsciiDoc block scanner, enough to find listing, literal and source blocks with their
 * attributes and line numbers without starting Asciidoctor (and JRuby). It knows delimited
 * listing ({@code ----}) and literal ({@code ....}) blocks, Markdown-style fences, paragraphs styled
 * {@code [source]}/{@code [listing]}/{@code [literal]}, and skips comment and passthrough blocks.
 */
final class AsciidocBlocks {
  private static final Pattern ATTRIBUTES = Pattern.compile("^\\[([^\\[].*)\\]\\s*$");
  private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|\\.{4,})\\s*$");
  private static final Pattern SKIPPED = Pattern.compile("^(/{4,}|\\+{4,})\\s*$");
  private static final Pattern TITLE = Pattern.compile("^\\.[^.\\s].*");

  /**
   * One listing-like block: {@code line} is its first content line (1-based); {@code named} and
   * {@code positional} its attributes.
   */
  record Listing(int line, List<String> positional, Map<String, String> named, List<String> content) {
    Listing {
      positional = List.copyOf(positional);
      named = Map.copyOf(named);
      content = List.copyOf(content);
    }

    String text() {
      return String.join("\n", content);
    }
  }

  private AsciidocBlocks() {}

  static List<Listing> scan(String text) {
    List<String> lines = text.lines().toList();
    List<Listing> out = new ArrayList<>();
    Attributes pending = null;
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      Matcher delimiter = DELIMITER.matcher(line);
      if (SKIPPED.matcher(line).matches()) {
        i = closing(lines, i, line.strip()) + 1;
        pending = null;
      } else if (line.startsWith("//")) {
        i++;
      } else if (line.startsWith("[[") || (ATTRIBUTES.matcher(line).matches() && !line.startsWith("[["))) {
        if (!line.startsWith("[[")) {
          Matcher m = ATTRIBUTES.matcher(line);
          m.matches();
          pending = Attributes.parse(m.group(1));
        }
        i++;
      } else if (TITLE.matcher(line).matches()) {
        i++;
      } else if (delimiter.matches() || line.startsWith("```")) {
        String close = delimiter.matches() ? line.strip() : "```";
        int end = closing(lines, i, close);
        Attributes a = pending != null ? pending : new Attributes(new ArrayList<>(), new LinkedHashMap<>());
        if (line.startsWith("```")) {
          a = a.withFence(line.substring(3).strip());
        }
        out.add(new Listing(i + 2, a.positional, a.named, lines.subList(i + 1, Math.min(end, lines.size()))));
        i = end + 1;
        pending = null;
      } else if (pending != null && pending.listingStyle() && !line.isBlank()) {
        int end = i;
        while (end < lines.size() && !lines.get(end).isBlank()) {
          end++;
        }
        out.add(new Listing(i + 1, pending.positional, pending.named, lines.subList(i, end)));
        i = end;
        pending = null;
      } else {
        if (!line.isBlank()) {
          pending = null;
        }
        i++;
      }
    }
    return List.copyOf(out);
  }

  /** Index of the line that closes the block opened at {@code open}, or the line count. */
  private static int closing(List<String> lines, int open, String delimiter) {
    for (int j = open + 1; j < lines.size(); j++) {
      if (lines.get(j).strip().equals(delimiter)) {
        return j;
      }
    }
    return lines.size();
  }

  /** A parsed attribute list: {@code [source,json,policy=NAME,variants="a,b"]}. */
  private record Attributes(List<String> positional, Map<String, String> named) {
    static Attributes parse(String list) {
      List<String> positional = new ArrayList<>();
      Map<String, String> named = new LinkedHashMap<>();
      for (String item : split(list)) {
        int eq = item.indexOf('=');
        if (eq > 0) {
          named.put(item.substring(0, eq).strip(), unquote(item.substring(eq + 1).strip()));
        } else {
          String p = item.strip();
          if (positional.isEmpty()) {
            // The style may carry #id, .role and %option shorthands: [source#x.y%z].
            p = p.split("[#.%]", 2)[0];
          }
          positional.add(unquote(p));
        }
      }
      return new Attributes(positional, named);
    }

    /** A fence's info string: "json policy=NAME" reads as [source,json,policy=NAME]. */
    Attributes withFence(String info) {
      List<String> p = new ArrayList<>(positional);
      Map<String, String> n = new LinkedHashMap<>(named);
      String[] words = info.isEmpty() ? new String[0] : info.split("\\s+");
      if (p.isEmpty()) {
        p.add("source");
      }
      for (String w : words) {
        int eq = w.indexOf('=');
        if (eq > 0) {
          n.put(w.substring(0, eq), unquote(w.substring(eq + 1)));
        } else if (p.size() < 2) {
          p.add(w);
        }
      }
      return new Attributes(p, n);
    }

    boolean listingStyle() {
      if (positional.isEmpty()) {
        return false;
      }
      String style = positional.get(0).toLowerCase(Locale.ROOT);
      return style.equals("source") || style.equals("listing") || style.equals("literal");
    }

    private static List<String> split(String list) {
      List<String> out = new ArrayList<>();
      StringBuilder sb = new StringBuilder();
      boolean quoted = false;
      for (char c : list.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
          sb.append(c);
        } else if (c == ',' && !quoted) {
          out.add(sb.toString());
          sb.setLength(0);
        } else {
          sb.append(c);
        }
      }
      out.add(sb.toString());
      return out;
    }

    private static String unquote(String s) {
      return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
  }
}
