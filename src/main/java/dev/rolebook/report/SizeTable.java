package dev.rolebook.report;

import dev.rolebook.check.SizeFigure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The size summary printed after a check: one row per document, one column per target. */
public final class SizeTable {
  private SizeTable() {}

  public static List<String> lines(List<SizeFigure> figures) {
    Set<String> targets = new LinkedHashSet<>();
    Map<String, Map<String, SizeFigure>> rows = new LinkedHashMap<>();
    for (SizeFigure f : figures) {
      targets.add(f.target());
      rows.computeIfAbsent(f.label(), k -> new LinkedHashMap<>()).put(f.target(), f);
    }
    int labelWidth = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
    List<String> out = new ArrayList<>();
    StringBuilder header = new StringBuilder(pad("", labelWidth));
    for (String t : targets) {
      header.append("  ").append(pad(t, 22));
    }
    out.add(header.toString().stripTrailing());
    for (Map.Entry<String, Map<String, SizeFigure>> row : rows.entrySet()) {
      StringBuilder sb = new StringBuilder(pad(row.getKey(), labelWidth));
      for (String t : targets) {
        SizeFigure f = row.getValue().get(t);
        String cell = f == null ? "-" : String.format(Locale.ROOT, "%,d/%,d (%s)", f.chars(), f.limit(), f.shownPercent());
        sb.append("  ").append(pad(cell, 22));
      }
      out.add(sb.toString().stripTrailing());
    }
    return out;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
