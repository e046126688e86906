package dev.rolebook.bench;

import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.load.LoadResult;
import dev.rolebook.load.ProjectLoader;
import dev.rolebook.load.TargetsLoader;
import dev.rolebook.load.TargetsResult;
import dev.rolebook.model.PolicySet;
import dev.rolebook.publish.AccountPages;
import dev.rolebook.publish.BundleCheck;
import dev.rolebook.publish.Bundles;
import dev.rolebook.publish.ScriptCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Not a test: times what {@code render} does for the account pages of many deployment targets of
 * the project's policy set, apart from Asciidoctor: the size check over every target, then each
 * target's bundle (generated, read back and checked, its script through {@code bash -n} when bash is
 * installed), its page source, and the whole accounts/ tree written to disk. For each size (250, 500,
 * 1,000 targets by default) it runs five times after a warm-up and prints the medians. "files"
 * counts what lands on disk. Run it with the JVM options render runs with (bench/snippets-bench.sh).
 *
 * <p>Usage: SnippetsBench [project dir] [sizes...]
 */
public final class SnippetsBench {
  private static final String[] REGIONS = {"us-east-1", "eu-central-2", "ap-southeast-4", "us-gov-west-1", "cn-north-1"};
  private static final String[] PARTITIONS = {"aws", "aws", "aws", "aws-us-gov", "aws-cn"};
  private static final int RUNS = 5;

  public static void main(String[] args) throws IOException {
    Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray() : new int[] {250, 500, 1000};
    LoadResult loaded = new ProjectLoader().load(project);
    PolicySet set = loaded.policySet().orElseThrow();
    System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), System.getProperty("os.name"));
    ScriptCheck bash = ScriptCheck.fromPath();
    System.out.println("bash -n: " + (bash.available() ? "on, one process per script" : ScriptCheck.skippedNote()));
    run(project, set, loaded, bash, 250); // warm-up, not reported
    System.out.println("targets  files  targets file ms  check ms  pages and bundles ms  total ms  files/s  ms/target");
    for (int n : sizes) {
      long[][] t = new long[RUNS][];
      for (int r = 0; r < RUNS; r++) {
        t[r] = run(project, set, loaded, bash, n);
      }
      long files = t[0][4];
      long total = median(t, 3);
      System.out.printf(Locale.ROOT, "%7d  %5d  %15.1f  %8.1f  %20.1f  %8.1f  %7.0f  %9.3f%n", n, files,
          median(t, 0) / 1e6, median(t, 1) / 1e6, median(t, 2) / 1e6, total / 1e6, files / (total / 1e9), total / 1e6 / n);
    }
  }

  /** [targets file, check, pages and bundles, total, files] in ns (files as a count). */
  private static long[] run(Path project, PolicySet set, LoadResult loaded, ScriptCheck bash, int n) throws IOException {
    long t0 = System.nanoTime();
    TargetsResult targets = targets(set, n);
    long t1 = System.nanoTime();
    CheckResult checked = Checker.check(loaded, targets.targets());
    if (!checked.passes(false)) {
      throw new IllegalStateException("check failed: " + checked.diagnostics());
    }
    long t2 = System.nanoTime();
    Bundles.Origin origin = new Bundles.Origin(set.manifest().version(), checked.hash().orElseThrow());
    Path site = Files.createTempDirectory("rolebook-bench-");
    try {
      List<String> problems = AccountPages.writeAll(site, set, targets.targets(), origin, checked.sizes(), new BundleCheck(bash),
          // The pages' AsciiDoc as generated, not rendered: rendering them is Asciidoctor's warm
          // per-page cost (see README, The published page).
          (adoc, root) -> adoc);
      if (!problems.isEmpty()) {
        throw new IllegalStateException(problems.toString());
      }
      long t3 = System.nanoTime();
      long written;
      try (Stream<Path> walk = Files.walk(site)) {
        written = walk.filter(Files::isRegularFile).count();
      }
      return new long[] {t1 - t0, t2 - t1, t3 - t2, t3 - t0, written};
    } finally {
      try (Stream<Path> walk = Files.walk(site)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static TargetsResult targets(PolicySet set, int n) {
    StringBuilder sb = new StringBuilder("{\"targets\": [\n");
    for (int i = 0; i < n; i++) {
      int k = i % REGIONS.length;
      sb.append(i > 0 ? ",\n" : "").append(String.format(Locale.ROOT,
          "{\"name\": \"t%04d\", \"account\": \"%012d\", \"region\": \"%s\", \"partition\": \"%s\", \"qualifier\": \"q%d\","
              + " \"stack\": \"backgroundagent-s%d\"%s}",
          i, 100000000000L + i, REGIONS[k], PARTITIONS[k], i % 97, i, i % 2 == 0 ? ", \"variants\": [\"ecs\"]" : ""));
    }
    sb.append("\n]}\n");
    TargetsResult r = new TargetsLoader().parse("policies/targets.json", sb.toString(), set.manifest());
    if (!r.diagnostics().isEmpty() || r.targets().size() != n) {
      throw new IllegalStateException(r.diagnostics().toString());
    }
    return r;
  }

  private static long median(long[][] runs, int column) {
    List<Long> values = new ArrayList<>();
    for (long[] r : runs) {
      values.add(r[column]);
    }
    values.sort(null);
    return values.get(values.size() / 2);
  }
}
