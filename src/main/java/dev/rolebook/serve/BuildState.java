package dev.rolebook.serve;

import java.util.List;

/**
 * The outcome of the latest build in serve mode: a generation number that moves on every build,
 * and the problems that stopped it (empty when the site is current).
 */
public record BuildState(long generation, List<String> problems) {
  public BuildState {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
