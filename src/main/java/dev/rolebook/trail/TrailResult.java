package dev.rolebook.trail;

import java.util.List;
import java.util.Map;

/**
 * What a trail says about the set: the evidence read, the calls denied that the set does not
 * grant (with a statement to add), what the set grants that the evidence never used, and how much
 * of each policy was exercised. Immutable, deterministic order throughout.
 *
 * @param from earliest eventTime among the tracked roles' calls ("" when there were none)
 * @param to latest such eventTime
 */
public record TrailResult(
    String catalog,
    String scope,
    int files,
    long records,
    long ignored,
    Map<String, Long> roles,
    String from,
    String to,
    List<String> regions,
    List<String> accounts,
    List<DeniedCall> denied,
    List<DeniedCall> grantedButDenied,
    List<DeniedCall> deniedElsewhere,
    List<Unmapped> unmapped,
    List<NotGranted> notGranted,
    List<UnusedStatement> unused,
    List<Coverage> coverage,
    long overflow) {

  public TrailResult {
    roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
    regions = List.copyOf(regions);
    accounts = List.copyOf(accounts);
    denied = List.copyOf(denied);
    grantedButDenied = List.copyOf(grantedButDenied);
    deniedElsewhere = List.copyOf(deniedElsewhere);
    unmapped = List.copyOf(unmapped);
    notGranted = List.copyOf(notGranted);
    unused = List.copyOf(unused);
    coverage = List.copyOf(coverage);
  }

  /** Calls of the tracked roles (everything read minus the ignored). */
  public long tracked() {
    return roles.values().stream().mapToLong(Long::longValue).sum();
  }

  /** A denied action (and resource, when the record names one), how often, and what to do. */
  public record DeniedCall(
      String action, String resource, long count, String first, String last, String outcome, List<String> notes,
      Suggestion suggestion) {
    public DeniedCall {
      notes = List.copyOf(notes);
    }
  }

  /**
   * Where a denied action could go: {@code statement} to add (pretty JSON) or, when {@code
   * extends_} names a statement, the action to add to it; the size the policy reaches in the
   * worst case. {@code policy} empty means no policy has room, and {@code reason} says so.
   */
  public record Suggestion(String policy, String extendsSid, String statement, int size, int limit, String reason) {
    public static Suggestion none(String reason) {
      return new Suggestion("", "", "", 0, 0, reason);
    }

    public boolean present() {
      return !policy.isEmpty();
    }
  }

  /** Events whose action could not be determined, and why. */
  public record Unmapped(String source, String name, String reason, long count) {}

  /** Calls that succeeded although the set does not grant them: the deployed policies differ from the set. */
  public record NotGranted(String action, long count, String outcome) {}

  /** One Allow statement: the actions it grants (wildcards expanded) and those never seen used. */
  public record UnusedStatement(String policy, String sid, int granted, List<String> unused, String note) {
    public UnusedStatement {
      unused = List.copyOf(unused);
    }
  }

  /** Distinct granted actions of a policy, and how many of them the evidence used. */
  public record Coverage(String policy, int used, int granted) {}
}
