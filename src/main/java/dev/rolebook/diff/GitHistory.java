package dev.rolebook.diff;

import dev.rolebook.check.SetHash;
import dev.rolebook.diff.Git.GitException;
import dev.rolebook.load.LoadResult;
import dev.rolebook.load.ProjectLoader;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the policies a release record stands for: the newest commit whose policies/ hashes to the
 * recorded value. Release records keep only the hash, so the content comes from git; a project
 * outside git, or a shallow clone without that commit, simply has no answer.
 */
final class GitHistory {
  /** How far back to look: commits that touched policies/, newest first. */
  static final int DEPTH = 200;

  private GitHistory() {}

  static Optional<Revision> find(Path project, String sha256, String label) {
    Git git = new Git(project);
    String log;
    try {
      // The pathspec is relative to the project directory git runs in.
      log = git.text("log", "--format=%H", "-n", String.valueOf(DEPTH), "HEAD", "--", ProjectLoader.POLICIES_DIR + "/");
    } catch (GitException e) {
      return Optional.empty();
    }
    for (String commit : log.lines().filter(l -> !l.isBlank()).toList()) {
      try {
        GitRevision revision = GitRevision.at(git, commit);
        LoadResult loaded = new ProjectLoader().load(project, revision);
        if (loaded.policySet().isPresent() && loaded.diagnostics().stream().noneMatch(d -> d.isError())
            && SetHash.of(loaded.policySet().get()).equals(sha256)) {
          return Optional.of(Revisions.gitRevision(project, label + " at " + commit.substring(0, 12), revision));
        }
      } catch (GitException | Revisions.RevisionException e) {
        // A commit that cannot be read is not the one recorded; keep looking.
      }
    }
    return Optional.empty();
  }
}
