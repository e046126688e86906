package dev.rolebook.trail;

import java.util.List;
import java.util.Set;

/**
 * What the set's policies say about one request, by IAM's evaluation logic for identity policies
 * of one account: an explicit Deny wins; otherwise an Allow grants; otherwise the request is
 * implicitly denied. When a statement's condition or resource could not be decided from the
 * record, the outcome is {@link Outcome#NOT_EVALUATED} and {@link #notEvaluated} says why.
 */
record Decision(Outcome outcome, List<Rule> allowing, List<Rule> maybeAllowing, List<Rule> denying, Set<String> notEvaluated) {
  enum Outcome {
    ALLOWED("allowed"),
    DENIED_EXPLICITLY("denied by a Deny statement"),
    NOT_GRANTED("not granted"),
    NOT_EVALUATED("not evaluated");

    private final String words;

    Outcome(String words) {
      this.words = words;
    }

    String words() {
      return words;
    }
  }

  Decision {
    allowing = List.copyOf(allowing);
    maybeAllowing = List.copyOf(maybeAllowing);
    denying = List.copyOf(denying);
    notEvaluated = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(notEvaluated));
  }
}
