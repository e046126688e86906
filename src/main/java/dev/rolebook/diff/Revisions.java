package dev.rolebook.diff;

import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.diff.Git.GitException;
import dev.rolebook.load.LoadResult;
import dev.rolebook.load.ProjectLoader;
import dev.rolebook.report.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Turns a command-line BASE or HEAD into a loaded {@link Revision}: a directory holding a project
 * (one with {@code policies/}), else a git revision of the project's repository, read from git's
 * object database without touching the work tree.
 */
public final class Revisions {
  private Revisions() {}

  /** Why a BASE or HEAD could not be used: not a project or revision (usage), or it does not load (problems). */
  public static final class RevisionException extends Exception {
    private final boolean usage;
    private final List<Diagnostic> diagnostics;

    RevisionException(String message, boolean usage, List<Diagnostic> diagnostics) {
      super(message);
      this.usage = usage;
      this.diagnostics = List.copyOf(diagnostics);
    }

    public boolean usage() {
      return usage;
    }

    public List<Diagnostic> diagnostics() {
      return diagnostics;
    }
  }

  /** The work tree of {@code project}: the HEAD a diff uses by default. */
  public static Revision workTree(Path project) throws RevisionException {
    return loaded("work tree", project, new ProjectLoader().load(project));
  }

  /** {@code argument} as a project directory (relative to the working directory) or a git revision of {@code project}. */
  public static Revision resolve(Path project, String argument) throws RevisionException {
    Path dir = Path.of(argument);
    if (Files.isDirectory(dir.resolve(ProjectLoader.POLICIES_DIR))) {
      return loaded(argument, dir, new ProjectLoader().load(dir));
    }
    Optional<GitRevision> revision;
    try {
      revision = GitRevision.open(project, argument);
    } catch (GitException e) {
      throw new RevisionException("cannot read revision '" + argument + "': " + e.getMessage(), true, List.of());
    }
    if (revision.isEmpty()) {
      throw new RevisionException("'" + argument + "' is neither a project directory (with policies/) nor a git revision of "
          + project, true, List.of());
    }
    return gitRevision(project, argument, revision.get());
  }

  static Revision gitRevision(Path project, String name, GitRevision revision) throws RevisionException {
    String label = name.contains(revision.commit().substring(0, 12)) ? name : name + " (" + revision.commit().substring(0, 12) + ")";
    if (revision.list().isEmpty()) {
      throw new RevisionException(label + " has no policies/ for this project", false, List.of());
    }
    return loaded(label, project, new ProjectLoader().load(project, revision));
  }

  private static Revision loaded(String label, Path dir, LoadResult loaded) throws RevisionException {
    List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
    if (loaded.policySet().isEmpty() || !errors.isEmpty()) {
      throw new RevisionException(label + " does not load", false, errors);
    }
    CheckResult check = Checker.check(loaded, List.of());
    return new Revision(label, loaded.policySet().get(), check);
  }
}
