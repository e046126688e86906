package dev.rolebook.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium, driven through /usr/bin/chromedriver (never a downloaded driver:
 * giving both paths keeps Selenium Manager from running). Tests skip with an assumption when
 * either binary is missing. Console messages and network events are logged so a test can assert
 * that a page logged no error and fetched nothing from another host.
 */
final class Browser implements AutoCloseable {
  static final String SKIPPED = "chromium/chromedriver not installed: browser tests skipped";

  private static final ObjectMapper JSON = new ObjectMapper();
  // Held in a field: java.util.logging keeps loggers weakly, and a collected one forgets its level.
  private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");
  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  private static final Path CHROMIUM = Path.of(System.getProperty("rolebook.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("rolebook.chromedriver", "/usr/bin/chromedriver"));

  /** Whether chromium and chromedriver are installed (override the paths with -Drolebook.chromium/chromedriver). */
  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Skips the calling test, visibly, when the browser is not installed. */
  static void assumeInstalled() {
    assumeTrue(installed(), SKIPPED);
  }

  /** Starts a fresh browser; call {@link #assumeInstalled} first. */
  static Browser start() {
    Path chromium = CHROMIUM;
    Path chromedriver = CHROMEDRIVER;
    // Selenium warns that it has no CDP classes for this chromium; raw CDP commands don't need them.
    SELENIUM_LOG.setLevel(Level.SEVERE);
    try {
      Path profile = Files.createTempDirectory("rolebook-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium.toFile());
      options.addArguments(
          "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
          "--window-size=1280,900", "--user-data-dir=" + profile,
          // Belt and braces: even if a page tried another host, the name would not resolve.
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      logs.enable(LogType.PERFORMANCE, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(chromedriver.toFile())
          .usingAnyFreePort()
          .withLogOutput(java.io.OutputStream.nullOutputStream())
          .build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens {@code url} and waits until rolebook.js has finished setting the page up. */
  void open(String url) {
    driver.get(url);
    waitFor("rolebook.js to run", () -> Boolean.TRUE.equals(js(
        "return document.documentElement.classList.contains('rolebook-js')")));
  }

  void reload() {
    driver.navigate().refresh();
    waitFor("rolebook.js to run", () -> Boolean.TRUE.equals(js(
        "return document.documentElement.classList.contains('rolebook-js')")));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  Object asyncJs(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
  }

  @SuppressWarnings("unchecked")
  List<String> strings(String script, Object... args) {
    return List.copyOf((List<String>) js(script, args));
  }

  Map<String, Object> cdp(String command, Map<String, Object> params) {
    return driver.executeCdpCommand(command, params);
  }

  /** Waits up to ten seconds (the machine may be busy) for {@code condition}; the failure names what was awaited. */
  void waitFor(String what, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .withMessage("waiting for " + what)
        .until(d -> condition.getAsBoolean());
  }

  /** Console messages at error level since the last call (CSP violations land here too). */
  List<String> consoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(e.getMessage());
      }
    }
    return errors;
  }

  /** Every URL the page asked the network for since the last call, from DevTools events. */
  List<String> requestedUrls() {
    List<String> urls = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = JSON.readTree(e.getMessage()).path("message");
        if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
          urls.add(message.path("params").path("request").path("url").asText());
        }
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return urls;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // A leftover temp profile is harmless.
      }
    }
  }
}
