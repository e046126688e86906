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
}
