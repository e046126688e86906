package dev.rolebook.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves files over HTTP on 127.0.0.1 and an ephemeral port, for browser tests. Several roots may
 * be layered (the first that holds a path wins), so the fixture page can be served together with
 * the project's {@code site/} assets, or a rendered {@code target/site} alone. Every request path
 * is recorded, so a test can tell exactly what the page fetched.
 */
public final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "json", "application/json",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon",
      "txt", "text/plain; charset=utf-8");

  private final HttpServer server;
  private final List<Path> roots;
  private final List<String> requests = new ArrayList<>();

  private StaticServer(List<Path> roots) throws IOException {
    this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts serving {@code roots}, the first holding a path winning. */
  public static StaticServer serve(Path... roots) throws IOException {
    return new StaticServer(List.of(roots));
  }

  /** The absolute URL of {@code path} (relative to the site root, no leading slash needed). */
  public String url(String path) {
    return origin() + "/" + (path.startsWith("/") ? path.substring(1) : path);
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every request path seen so far, in arrival order. */
  public synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  public synchronized void clearRequests() {
    requests.clear();
  }

  /** The file a path is served from, if any root holds it. */
  public Optional<Path> resolve(String urlPath) {
    String relative = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
    if (relative.isEmpty() || relative.endsWith("/")) {
      relative += "index.html";
    }
    for (Path root : roots) {
      Path file = root.resolve(relative).normalize();
      // Never serve anything outside a root, whatever ../ the path holds.
      if (file.startsWith(root) && Files.isRegularFile(file)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = URI.create(exchange.getRequestURI().toString()).getPath();
    synchronized (this) {
      requests.add(path);
    }
    try (exchange) {
      Optional<Path> file = "GET".equals(exchange.getRequestMethod()) ? resolve(path) : Optional.empty();
      if (file.isEmpty()) {
        byte[] body = ("not found: " + path).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(404, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
        return;
      }
      byte[] body = Files.readAllBytes(file.get());
      exchange.getResponseHeaders().set("Content-Type", type(file.get()));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
