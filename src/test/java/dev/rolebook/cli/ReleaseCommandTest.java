package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.check.SetHash;
import dev.rolebook.testing.Projects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code release} and the version discipline {@code check} enforces, on a git repository holding a
 * copy of this project's policies: record 1.0.0, widen a policy, and follow check's advice.
 */
class ReleaseCommandTest {
  static final String APP = "policies/IaCRole-ABCA-Application.json";

  @TempDir
  Path repo;

  @BeforeEach
  void repository() throws Exception {
    Projects.copy(repo, java.util.function.UnaryOperator.identity());
    Files.deleteIfExists(repo.resolve("policies/releases.json"));
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "policies");
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

  private void replace(String file, String from, String to) throws IOException {
    Path f = repo.resolve(file);
    String text = Files.readString(f);
    assertTrue(text.contains(from), from);
    Files.writeString(f, text.replace(from, to));
  }

  private Run release(String date) {
    return Run.of("release", "--project", repo.toString(), "--date", date);
  }

  private String releases() throws IOException {
    return Files.readString(repo.resolve("policies/releases.json"));
  }

  @Test
  void recordsWidensAndHoldsTheVersionToTheChange() throws Exception {
    String hash = SetHash.of(Projects.self());
    Run first = release("2026-01-02");
    assertEquals(0, first.code(), first.printed());
    assertEquals("release: recorded 1.0.0 (2026-01-02, sha256:" + hash + ")\n  First recorded release.\n", first.printed());
    assertEquals("""
        {
          "$schema": "./releases.schema.json",
          "releases": [
            {
              "version": "1.0.0",
              "date": "2026-01-02",
              "sha256": "%s",
              "summary": "First recorded release."
            }
          ]
        }
        """.formatted(hash), releases());
    assertEquals("release: 1.0.0 is already recorded with this hash (sha256:" + hash + ")\n", release("2026-01-03").printed());
    git("add", "-A");
    git("commit", "-q", "-m", "release 1.0.0");

    replace(APP, "\"dynamodb:PutItem\",", "\"dynamodb:PutItem\",\n        \"dynamodb:DeleteItem\",");
    Run check = Run.of("check", "--project", repo.toString());
    assertEquals(1, check.code(), check.printed());
    assertTrue(check.printed().contains("policies/rolebook.json:4:14: error: REL002 the policies changed since 1.0.0 was released "
        + "(recorded sha256:" + hash.substring(0, 12) + "…, now sha256:"), check.printed());
    assertTrue(check.printed().contains("the change is widening (1 widening, 0 narrowing, 0 neutral): bump the version to 1.1.0\n"
        + "      \"version\": \"1.0.0\",\n                 ^\n"
        + "    hint: set \"version\": \"1.1.0\" in policies/rolebook.json, then run 'rolebook release'; 'rolebook diff' shows the change\n"),
        check.printed());
    Run refused = release("2026-01-04");
    assertEquals(1, refused.code());
    assertTrue(refused.printed().startsWith("release: 1.0.0 is already recorded with another hash (sha256:" + hash
        + "); the policies changed since, widening (1 widening, 0 narrowing, 0 neutral): bump the version to 1.1.0 first"), refused.printed());

    replace("policies/rolebook.json", "\"version\": \"1.0.0\"", "\"version\": \"1.0.1\"");
    check = Run.of("check", "--project", repo.toString());
    assertEquals(1, check.code());
    assertTrue(check.printed().contains("error: REL003 version 1.0.1 is too small a step from 1.0.0: the change since then is "
        + "widening (1 widening, 0 narrowing, 0 neutral), which needs 1.1.0 or higher"), check.printed());
    assertEquals(1, release("2026-01-04").code());
    assertFalse(releases().contains("1.0.1"));

    replace("policies/rolebook.json", "\"version\": \"1.0.1\"", "\"version\": \"1.1.0\"");
    check = Run.of("check", "--project", repo.toString());
    assertEquals(0, check.code(), check.printed());
    assertTrue(check.printed().contains("note: REL004 version 1.1.0 is not released yet"), check.printed());
    Run second = release("2026-01-05");
    assertEquals(0, second.code(), second.printed());
    assertTrue(second.printed().endsWith("\n  1 widening, 0 narrowing, 0 neutral since 1.0.0. "
        + "widening: IaCRole-ABCA-Application › DynamoDB adds dynamodb:DeleteItem.\n"), second.printed());
    assertTrue(releases().indexOf("\"1.1.0\"") < releases().indexOf("\"1.0.0\""), "newest first");
    check = Run.of("check", "--project", repo.toString());
    assertFalse(check.printed().contains("REL00"), check.printed());
  }

  @Test
  void aNarrowingNeedsAMajorVersion() throws Exception {
    assertEquals(0, release("2026-01-02").code());
    git("add", "-A");
    git("commit", "-q", "-m", "release 1.0.0");
    replace(APP, "\"dynamodb:DeleteTable\",", "");
    replace("policies/rolebook.json", "\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"");
    Run check = Run.of("check", "--project", repo.toString());
    assertTrue(check.printed().contains("REL003 version 1.1.0 is too small a step from 1.0.0: the change since then is narrowing "
        + "(0 widening, 1 narrowing, 0 neutral), which needs 2.0.0 or higher"), check.printed());
  }

  @Test
  void refusesWhenCheckHasErrors() throws Exception {
    replace(APP, "\"Effect\": \"Allow\"", "\"Effect\": \"Permit\"");
    Run r = release("2026-01-02");
    assertEquals(1, r.code());
    assertTrue(r.printed().contains("IAM012"), r.printed());
    assertTrue(r.printed().endsWith("release: not recording 1.0.0: check has errors\n"), r.printed());
    assertFalse(Files.exists(repo.resolve("policies/releases.json")));
  }

  @Test
  void aBadDateIsAUsageError() {
    Run r = release("2026-02-30");
    assertEquals(2, r.code());
    assertEquals("rolebook release: --date '2026-02-30' is not a calendar date YYYY-MM-DD\n"
        + "Run 'rolebook release --help' for usage.\n", r.printed());
  }

  @Test
  void withoutGitHistoryTheChangeCannotBeClassified() throws Exception {
    // 1.0.0 is recorded for policies that were never committed, then the edit is undone.
    replace(APP, "\"dynamodb:PutItem\",", "\"dynamodb:PutItem\",\n        \"dynamodb:DeleteItem\",");
    assertEquals(0, release("2026-01-02").code());
    replace(APP, "\"dynamodb:PutItem\",\n        \"dynamodb:DeleteItem\",", "\"dynamodb:PutItem\",");
    Run check = Run.of("check", "--project", repo.toString());
    assertEquals(1, check.code());
    assertTrue(check.printed().contains("the change is of a kind that cannot be told: the 1.0.0 policies (sha256:"), check.printed());
    assertTrue(check.printed().contains("are not in this repository's git history: bump the version\n"), check.printed());
    assertTrue(check.printed().contains("hint: set \"version\": \"1.0.1\" or higher in policies/rolebook.json"), check.printed());
  }
}
