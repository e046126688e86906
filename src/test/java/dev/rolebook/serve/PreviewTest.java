package dev.rolebook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.testing.TestProjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `serve` end to end over a temporary copy of this project: edits arrive as reload events, a
 * broken edit shows the overlay and a fix clears it, and nothing outside the site is served.
 * Bounds are generous (a rebuild takes milliseconds warm, seconds on a loaded machine).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewTest {
  private static final String APP = "policies/IaCRole-ABCA-Application.json";
  private static final Duration WAIT = Duration.ofSeconds(90);

  @TempDir static Path temp;
  static Path project;
  static Preview preview;
  static final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  static final HttpClient http = HttpClient.newHttpClient();
  static final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @BeforeAll
  static void start() throws Exception {
    project = TestProjects.copyOfThisProject(temp.resolve("project"));
    preview = Preview.start(project, 0, new PrintStream(log, true, StandardCharsets.UTF_8));
    HttpRequest stream = HttpRequest.newBuilder(uri("/__rolebook/events")).build();
    http.sendAsync(stream, HttpResponse.BodyHandlers.ofLines())
        .thenAccept(r -> r.body().filter(l -> l.startsWith("data: ")).forEach(events::add));
  }

  @AfterAll
  static void stop() throws IOException {
    if (preview != null) {
      preview.close();
    }
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + preview.port() + path);
  }

  static String get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  /** Writes a file, then waits for the reload event of the build it causes. */
  static void editAndAwaitReload(String file, String from, String to) throws Exception {
    Path p = project.resolve(file);
    String text = Files.readString(p);
    assertTrue(text.contains(from), "fixture edit does not apply: " + from);
    Thread.sleep(300); // let the event stream connect before the first edit
    events.clear();
    Files.writeString(p, text.replace(from, to));
    assertNotNull(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS), "no reload event; log:\n" + log);
  }

  @Test
  @Order(1)
  void servesTheRenderedGuideWithTheReloadScript() throws Exception {
    String page = get("/");
    assertTrue(page.contains("<script src=\"/__rolebook/reload.js\" defer></script>"), page);
    assertTrue(page.contains("data-policy=\"IaCRole-ABCA-Application\""), page);
  }

  @Test
  @Order(2)
  void aPolicyEditReloadsWithTheNewAction() throws Exception {
    editAndAwaitReload(APP, "\"dynamodb:PutItem\",", "\"dynamodb:PutItem\",\n        \"dynamodb:Scan\",");
    assertTrue(get("/").contains("dynamodb:Scan"));
  }

  @Test
  @Order(3)
  void aBrokenEditShowsTheOverlayAndAFixClearsIt() throws Exception {
    editAndAwaitReload(APP, "\"dynamodb:Scan\",", "\"dynamodb:Scan\",,");
    String overlay = get("/");
    assertTrue(overlay.contains("id=\"rolebook-overlay\""), overlay);
    assertTrue(overlay.contains("policies/IaCRole-ABCA-Application.json:"), overlay);
    assertTrue(overlay.contains("JSON001"), overlay);
    editAndAwaitReload(APP, "\"dynamodb:Scan\",,", "\"dynamodb:Scan\",");
    String fixed = get("/");
    assertFalse(fixed.contains("rolebook-overlay"), fixed);
    assertTrue(fixed.contains("dynamodb:Scan"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt", "/css/..%2f..%2fsecret.txt",
    "/css/../../secret.txt", "/%2e%2e%5csecret.txt", "/./../secret.txt", "/index.html%00"
  })
  void nothingOutsideTheSiteIsServed(String path) throws IOException {
    Files.writeString(preview.site().getParent().resolve("secret.txt"), "secret");
    assertEquals("HTTP/1.1 404", rawGet(path));
  }

  @Test
  void aRawBackslashIsRefusedAsABadRequest() throws IOException {
    // Not a legal URI character: the JDK server answers 400 before the request reaches us.
    assertEquals("HTTP/1.1 400", rawGet("/..\\secret.txt"));
  }

  @Test
  void thePublishedFilesCarryNoReloadScript() throws IOException {
    try (Stream<Path> files = Files.walk(preview.site())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertFalse(Files.readString(f, StandardCharsets.ISO_8859_1).contains("__rolebook"), f.toString());
      }
    }
  }

  /** Sends the path byte for byte (HTTP clients would normalise the dot segments away). */
  private static String rawGet(String path) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), preview.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return response.substring(0, Math.min(12, response.length()));
    }
  }
}
