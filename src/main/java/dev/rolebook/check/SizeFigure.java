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

  /**
   * Share of the limit used, with one decimal: rounded down under the limit and up over it, so a
   * size over its limit never shows 100.0% or less, one under it never shows 100.0%, and only a
   * size exactly at the limit shows 100.0% ("71.5%", "100.1%").
   */
  public String shownPercent() {
    long scaled = 1000L * chars;
    long tenths = scaled / limit;
    if (chars > limit && scaled % limit != 0) {
      tenths++;
    }
    return tenths / 10 + "." + tenths % 10 + "%";
  }
}
