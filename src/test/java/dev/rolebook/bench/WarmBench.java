package dev.rolebook.bench;

import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.load.ProjectLoader;
import dev.rolebook.render.RenderModel;
import dev.rolebook.render.Renderer;
import dev.rolebook.render.Site;
import dev.rolebook.serve.Preview;
import dev.rolebook.testing.TestProjects;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: the warm-JVM figures of README's benchmark table. Run by bench/render-bench.sh.
 * (1) check + render of the whole site after a one-line policy edit, in a JVM that has rendered
 * before; (2) edit-to-reload latency in `serve`: from writing the file to the SSE event.
 */
public final class WarmBench {
  private static final String APP = "policies/IaCRole-ABCA-Application.json";
  /** Renders before measuring: the first few still warm up the JIT. */
  private static final int WARMUP = 8;

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Path project = TestProjects.copyOfThisProject(Files.createTempDirectory("rolebook-bench-"));
    Path app = project.resolve(APP);
    String original = Files.readString(app);

    List<Long> rerender = new ArrayList<>();
    try (Renderer renderer = Renderer.create()) {
      Path out = project.resolve("target/site");
      for (int i = 0; i < runs + WARMUP; i++) {
        Files.writeString(app, edit(original, i));
        long start = System.nanoTime();
        CheckResult check = Checker.check(new ProjectLoader().load(project), List.of());
        Site.Result result = Site.build(renderer, RenderModel.of(check).orElseThrow(), project, out);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!result.ok()) {
          throw new IllegalStateException(result.messages().toString());
        }
        if (i >= WARMUP) { // the first renders still warm the JIT
          rerender.add(ms);
        }
      }
    }

    List<Long> reload = new ArrayList<>();
    try (Preview preview = Preview.start(project, 0, new PrintStream(OutputStream.nullOutputStream()))) {
      BlockingQueue<Long> events = new LinkedBlockingQueue<>();
      HttpClient.newHttpClient()
          .sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + "/__rolebook/events")).build(),
              HttpResponse.BodyHandlers.ofLines())
          .thenAccept(r -> r.body().filter(l -> l.startsWith("data: ")).forEach(l -> events.add(System.nanoTime())));
      Thread.sleep(500);
      for (int i = 0; i < runs + 2; i++) {
        events.clear();
        long start = System.nanoTime();
        Files.writeString(app, edit(original, 100 + i));
        Long at = events.poll(60, TimeUnit.SECONDS);
        if (at == null) {
          throw new IllegalStateException("no reload event");
        }
        if (i >= 2) {
          reload.add((at - start) / 1_000_000);
        }
        Thread.sleep(300);
      }
    }
    Files.writeString(app, original);
    System.out.printf(Locale.ROOT, "warm re-render after a one-line policy edit: median %d ms (runs %s)%n", median(rerender), rerender);
    System.out.printf(Locale.ROOT, "serve edit-to-reload latency:                median %d ms (runs %s, includes the %d ms debounce)%n",
        median(reload), reload, 150);
  }

  private static String edit(String policy, int i) {
    return policy.replace("\"dynamodb:PutItem\",", "\"dynamodb:PutItem\",\n        \"dynamodb:Bench" + i + "\",");
  }

  static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
