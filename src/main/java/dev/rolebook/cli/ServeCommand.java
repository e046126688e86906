package dev.rolebook.cli;

import dev.rolebook.serve.Preview;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code rolebook serve}: live preview with reload on save, until Ctrl-C. */
final class ServeCommand implements Command {
  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "preview the guide on 127.0.0.1, rebuilding and reloading on every save";
  }

  @Override
  public String usage() {
    return """
        Usage: rolebook serve [--project DIR] [--port N]

        Renders the guide once, serves it on http://127.0.0.1:N/ (loopback only), watches
        policies/, src/docs/ and site/, and on every change re-runs check and render in the same
        JVM and reloads open pages. While the check or render fails, pages show the problems.
        Stop with Ctrl-C.

          --project DIR   project with policies/, src/docs/ and site/ (default: .)
          --port N        port to listen on (default: 8000; 0 picks a free one)""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args a = Args.parse(name(), args, Set.of("project", "port"), Set.of());
    a.noPositional(name());
    Path project = Project.resolve(a);
    int port;
    try {
      port = Integer.parseInt(a.get("port", "8000"));
    } catch (NumberFormatException e) {
      throw new UsageException("--port must be a number, not '" + a.get("port", "") + "'");
    }
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535, not " + port);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Preview preview;
    try {
      preview = Preview.start(project, port, out);
    } catch (java.net.BindException e) {
      err.println("rolebook serve: port " + port + " is in use; pass --port with another one (0 picks a free port)");
      return Main.PROBLEMS;
    } catch (IOException e) {
      err.println("rolebook serve: " + e.getMessage());
      return Main.PROBLEMS;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        preview.close();
      } catch (IOException e) {
        // exiting anyway
      }
      stopped.countDown();
    }));
    out.println("serve: http://127.0.0.1:" + preview.port() + "/ (Ctrl-C stops)");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Main.OK;
  }
}
