package dev.rolebook.report;

import dev.rolebook.check.SizeFigure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sizes for many deployment targets, one line each: the document closest to its limit. Used
 * instead of one table column per target once there are more targets than fit across a terminal.
 */
public final class TargetSizeLines {
  /** Up to this many targets get their own column in {@link SizeTable}. */
  public static final int MAX_COLUMNS = 4;

  private TargetSizeLines() {}

  public static List<String> lines(List<SizeFigure> figures, List<String> targets) {
    Map<String, SizeFigure> fullest = new LinkedHashMap<>();
    for (String t : targets) {
      figures.stream()
          .filter(f -> f.target().equals(t))
          .max(Comparator.comparingDouble((SizeFigure f) -> (double) f.chars() / f.limit()))
          .ifPresent(f -> fullest.put(t, f));
    }
    int width = fullest.keySet().stream().mapToInt(String::length).max().orElse(0);
    List<String> out = new ArrayList<>();
    fullest.forEach((t, f) -> out.add(String.format(Locale.ROOT, "%-" + width + "s  fullest: %s %,d/%,d (%s), %,d left",
        t, f.label(), f.chars(), f.limit(), f.shownPercent(), f.headroom())));
    return out;
  }
}
