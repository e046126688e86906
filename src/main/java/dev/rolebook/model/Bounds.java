package dev.rolebook.model;

/**
 * Every numeric bound on a manifest field, in one place: the loader enforces these and a test holds
 * {@code policies/rolebook.schema.json} (what editors check) to exactly the same numbers.
 */
public final class Bounds {
  private Bounds() {}

  /** An inclusive integer range. */
  public record Range(int min, int max) {}

  /**
   * Role trust policy length, IAM quota L-C07B4B0D: 2,048 characters by default, and IAM's quotas
   * page gives 4,096 as the most an increase can raise it to.
   */
  public static final Range TRUST_POLICY_MAX_CHARS = new Range(1, 4096);
  /** Managed policies attached to one role: 10 by default, 20 at most with a quota increase. */
  public static final Range MANAGED_POLICIES_PER_ROLE = new Range(1, 20);
  /** A warning margin below a size limit, in whole percent; 100 would warn about every policy. */
  public static final Range HEADROOM_WARNING_PERCENT = new Range(0, 99);
  /** A parameter value's length cap; no IAM name or ARN field is longer. */
  public static final Range PARAMETER_MAX_LENGTH = new Range(1, 256);
  /** Provenance counts the guide quotes. */
  public static final Range CLOUDTRAIL_ADDED_ACTIONS = new Range(0, 100000);
  public static final Range DEPLOYMENT_ITERATIONS = new Range(0, 100000);
}
