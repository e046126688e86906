package dev.rolebook.check;

import java.util.List;

/**
 * One measured document: a policy (with the variants joined to it) under one target, its size as
 * IAM counts it and the limit that applies.
 */
public record SizeFigure(String policy, List<String> variants, String target, int chars, int limit) {
  public SizeFigure {
    variants = List.copyOf(variants);
  }

  /** "IaCRole-ABCA-Application + ecs". */
  public String label() {
    return variants.isEmpty() ? policy : policy + " + " + String.join(" + ", variants);
  }

  public int headroom() {
    return limit - chars;
  }

  /** Share of the limit used, in whole percent rounded down. */
  public int percent() {
    return (int) (100L * chars / limit);
  }

  /**
   * Share of the limit as the published pages show it: one decimal, rounded half up ("71.5%" for
   * 4,396 of 6,144), except that a document under its limit never shows "100.0%" (it shows 99.9%).
   */
  public String percentText() {
    long tenths = (1000L * chars + limit / 2) / limit;
    if (chars < limit && tenths >= 1000) {
      tenths = 999;
    }
    return String.format(java.util.Locale.ROOT, "%d.%d%%", tenths / 10, tenths % 10);
  }
}
