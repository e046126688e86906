package dev.rolebook.diff;

import java.util.List;
import java.util.Optional;

/**
 * One change in what a policy grants.
 *
 * @param unit the policy or variant it belongs to
 * @param statement the statement's label (its Sid, else "#n"), on the head side when it has one
 * @param element what changed
 * @param direction widening, narrowing or neutral, judged on the grants themselves (an action that
 *     another statement already grants is not new)
 * @param risk how closely to review it
 * @param summary one line saying what changed, e.g. "adds s3:PutObject"
 * @param values what the change really adds or removes (actions expanded, resources, principals,
 *     condition keys), sorted; empty for a neutral change
 * @param head where it is in the head revision, when it is there
 * @param base where it was in the base revision, when it was there
 */
public record Change(
    String unit,
    String statement,
    Element element,
    Direction direction,
    Risk risk,
    String summary,
    List<String> values,
    Optional<Where> head,
    Optional<Where> base) {

  public Change {
    values = List.copyOf(values);
  }
}
