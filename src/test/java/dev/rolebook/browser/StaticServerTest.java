package dev.rolebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void servesLayeredRootsAndRecordsEveryPath(@TempDir Path dir) throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Path theme = Files.createDirectories(dir.resolve("theme/css"));
    Files.writeString(pages.resolve("index.html"), "<p>page</p>");
    Files.writeString(theme.resolve("rolebook.css"), "p{}");
    Files.writeString(dir.resolve("secret.txt"), "outside every root");
    try (StaticServer server = StaticServer.serve(pages, dir.resolve("theme"))) {
      assertTrue(server.origin().startsWith("http://127.0.0.1:"), server.origin());
      assertEquals("200 text/html; charset=utf-8 <p>page</p>", get(server.url("/")));
      assertEquals("200 text/css; charset=utf-8 p{}", get(server.url("css/rolebook.css")));
      assertEquals("404 text/plain; charset=utf-8 not found: /missing.js", get(server.url("missing.js")));
      assertEquals("404 text/plain; charset=utf-8 not found: /css/../../secret.txt", get(server.origin() + "/css/../../secret.txt"));
      assertEquals(List.of("/", "/css/rolebook.css", "/missing.js", "/css/../../secret.txt"), server.requests());
      server.clearRequests();
      assertEquals(List.of(), server.requests());
    }
  }

  private String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    return r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("?") + " " + r.body();
  }
}
