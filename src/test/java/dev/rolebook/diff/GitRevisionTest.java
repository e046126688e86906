package dev.rolebook.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BASE and HEAD as git revisions, on a repository the test creates: the project sits in a
 * subdirectory, one commit adds an action, the work tree then has an uncommitted edit. Reading a
 * revision must leave the work tree and the index exactly as they were.
 */
class GitRevisionTest {
  @TempDir
  Path repo;

  Path project;

  @BeforeEach
  void repository() throws IOException, InterruptedException {
    project = Files.createDirectories(repo.resolve("infra/roles"));
    DiffFixtures.copy(DiffFixtures.ROOT.resolve("_base/policies"), Files.createDirectories(project.resolve("policies")));
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "base");
    git("tag", "v1");
    edit("IaCRole-ABCA-Application.json", "        \"dynamodb:PutItem\",\n", "        \"dynamodb:PutItem\",\n        \"dynamodb:DeleteItem\",\n");
    git("commit", "-q", "-am", "add DeleteItem");
    // Uncommitted: a Sid rename only.
    edit("IaCRole-ABCA-Application.json", "\"Sid\": \"Lambda\",", "\"Sid\": \"LambdaFunctions\",");
  }

  private void edit(String file, String from, String to) throws IOException {
    Path f = project.resolve("policies").resolve(file);
    String text = Files.readString(f);
    assertTrue(text.contains(from));
    Files.writeString(f, text.replace(from, to));
  }

  private String git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=Test",
        "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  private String[] run(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
    List<String> all = new ArrayList<>(List.of("diff", "--project", project.toString()));
    all.addAll(List.of(args));
    int code = Main.run(all.toArray(String[]::new), ps, ps);
    return new String[] {String.valueOf(code), sink.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void tagAgainstCommitReadsBothFromGit() throws Exception {
    String status = git("status", "--porcelain");
    String[] r = run("v1", "HEAD", "--fail-on", "widening");
    assertEquals("1", r[0], r[1]);
    assertTrue(r[1].contains("DynamoDB: adds dynamodb:DeleteItem  [policies/IaCRole-ABCA-Application.json:20]"), r[1]);
    assertTrue(!r[1].contains("LambdaFunctions"), "the uncommitted rename is not in HEAD: " + r[1]);
    assertEquals(status, git("status", "--porcelain"), "work tree and index untouched");
  }

  @Test
  void headDefaultsToTheWorkTree() {
    String[] r = run("HEAD");
    assertEquals("0", r[0], r[1]);
    assertTrue(r[1].contains("rolebook diff HEAD ("), r[1]);
    assertTrue(r[1].contains("→ work tree"), r[1]);
    assertTrue(r[1].contains("LambdaFunctions: renames statement Lambda to LambdaFunctions"), r[1]);
    assertTrue(r[1].contains("no change in permissions (0 widening, 0 narrowing, 1 neutral)"), r[1]);
  }

  @Test
  void unknownRevisionIsAUsageError() {
    String[] r = run("no-such-branch");
    assertEquals("2", r[0], r[1]);
    assertEquals("rolebook diff: 'no-such-branch' is neither a project directory (with policies/) nor a git revision of "
        + project + "\nRun 'rolebook diff --help' for usage.\n", r[1]);
  }

  @Test
  void aRevisionWithoutThePoliciesSaysSo() throws Exception {
    // A commit of git's empty tree, made with plumbing so the work tree is left alone.
    String commit = git("commit-tree", "4b825dc642cb6eb9a060e54bf8d69288fbee4904", "-m", "empty").strip();
    git("branch", "empty", commit);
    String[] r = run("empty");
    assertEquals("1", r[0], r[1]);
    assertTrue(r[1].startsWith("rolebook diff: empty ("), r[1]);
    assertTrue(r[1].contains(") has no policies/ for this project"), r[1]);
  }
}
