package dev.rolebook.verify;

import java.util.ArrayList;
import java.util.List;

/** Turns character offsets of a text into 1-based line and column. */
final class LineIndex {
  private final int[] starts;

  LineIndex(String text) {
    List<Integer> s = new ArrayList<>();
    s.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        s.add(i + 1);
      }
    }
    starts = s.stream().mapToInt(Integer::intValue).toArray();
  }

  int line(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  int column(int offset) {
    return offset - starts[line(offset) - 1] + 1;
  }

  int lineStart(int line) {
    return starts[Math.max(0, Math.min(line, starts.length) - 1)];
  }
}
