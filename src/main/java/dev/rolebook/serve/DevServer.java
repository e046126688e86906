package dev.rolebook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview server: serves the rendered site on 127.0.0.1 only, adds a reload script to HTML
 * responses (never to the files on disk, so published output never carries it), pushes a
 * {@code reload} Server-Sent Event after every build, and shows an overlay listing the problems
 * instead of stale pages while the last build failed.
 */
public final class DevServer implements AutoCloseable {
  static final String EVENTS = "/__rolebook/events";
  static final String SCRIPT = "/__rolebook/reload.js";
  private static final String SCRIPT_TAG = "<script src=\"" + SCRIPT + "\" defer></script>";

  private final HttpServer server;
  private final ExecutorService pool;
  private final StaticFiles files;
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
  private volatile BuildState state = new BuildState(0, List.of());

  private DevServer(HttpServer server, ExecutorService pool, Path site) {
    this.server = server;
    this.pool = pool;
    this.files = new StaticFiles(site);
  }

  /** Starts serving {@code site} on 127.0.0.1:{@code port} (0 picks a free port). */
  public static DevServer start(Path site, int port) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    // Each open page holds one event stream; a pool keeps them from blocking file requests.
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "rolebook-http");
      t.setDaemon(true);
      return t;
    });
    DevServer s = new DevServer(http, pool, site);
    http.createContext("/", s::handle);
    http.setExecutor(pool);
    http.start();
    return s;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Records the latest build and tells every open page to reload. */
  public void published(BuildState newState) {
    state = newState;
    byte[] event = ("event: reload\ndata: " + newState.generation() + "\n\n").getBytes(StandardCharsets.UTF_8);
    for (OutputStream out : listeners) {
      try {
        out.write(event);
        out.flush();
      } catch (IOException e) {
        listeners.remove(out);
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = exchange.getRequestURI().getRawPath();
      if (EVENTS.equals(path)) {
        events(exchange);
        return;
      }
      if (SCRIPT.equals(path)) {
        send(exchange, 200, "text/javascript; charset=utf-8", resource("reload.js"));
        return;
      }
      Optional<Path> file = files.resolve(exchange.getRequestURI());
      if (file.isEmpty()) {
        send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (StaticFiles.isHtml(file.get())) {
        BuildState current = state;
        String html = current.ok() ? Files.readString(file.get(), StandardCharsets.UTF_8) : Overlay.page(current);
        send(exchange, 200, "text/html; charset=utf-8", withReloadScript(html).getBytes(StandardCharsets.UTF_8));
        return;
      }
      send(exchange, 200, StaticFiles.contentType(file.get()), Files.readAllBytes(file.get()));
    }
  }

  /** Holds the response open as an event stream until the page goes away or the server stops. */
  private void events(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    out.write((": connected " + state.generation() + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
    listeners.add(out);
    try {
      while (listeners.contains(out)) {
        Thread.sleep(15_000);
        out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      listeners.remove(out);
    }
  }

  static String withReloadScript(String html) {
    int at = html.lastIndexOf("</body>");
    return at < 0 ? html + SCRIPT_TAG : html.substring(0, at) + SCRIPT_TAG + "\n" + html.substring(at);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DevServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return in.readAllBytes();
    }
  }

  @Override
  public void close() {
    listeners.clear();
    server.stop(0);
    pool.shutdownNow();
  }
}
