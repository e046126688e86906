package dev.rolebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The percentage rule: one decimal, down under the limit and up over it. */
class SizeFigureTest {
  private static String shown(int chars, int limit) {
    return new SizeFigure("P", List.of(), "t", chars, limit).shownPercent();
  }

  @Test
  void aSizeOverItsLimitNeverShowsOneHundredPercentOrLess() {
    assertEquals("100.1%", shown(6145, 6144));
    assertEquals("100.0%", shown(6144, 6144));
    assertEquals("99.9%", shown(6143, 6144));
    assertEquals("100.1%", shown(2049, 2048));
  }

  @Test
  void oneDecimalRoundedDownUnderTheLimit() {
    assertEquals("71.5%", shown(4396, 6144)); // 71.549…
    assertEquals("96.0%", shown(5899, 6144)); // 96.012…
    assertEquals("0.0%", shown(1, 6144));
    assertEquals("50.0%", shown(1024, 2048));
  }
}
