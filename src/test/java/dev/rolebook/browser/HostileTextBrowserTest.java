package dev.rolebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.load.ProjectLoader;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Project issue 7: policy text is data, never markup. A copy of this project whose condition values
 * are HTML (one closing the attribute and tag it might have landed in) renders them as visible text,
 * checked in the served HTML with jsoup and in headless Chromium, where no dialog may open; the
 * page's CSP forbids inline script and other hosts, and the browser enforces it.
 */
class HostileTextBrowserTest {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; base-uri 'none'; form-action 'none'";

  @TempDir
  static Path dir;
  static Path site;
  static Document page;
  static Browser browser;
  static StaticServer server;

  @BeforeAll
  static void renderHostileCopy() throws IOException {
    Path project = TestProjects.copyOfThisProject(dir.resolve("project"));
    // The trust policy's external ID becomes a script element; the Infrastructure policy's
    // PassedToService list gains a value that would close an attribute and open an image.
    edit(project.resolve("policies/cfn-exec-trust.json"),
        "\"sts:ExternalId\": \"cdk-hnb659fds\"", "\"sts:ExternalId\": " + json(SCRIPT));
    edit(project.resolve("policies/IaCRole-ABCA-Infrastructure.json"),
        "\"lambda.amazonaws.com\",", "\"lambda.amazonaws.com\",\n            " + json(IMG) + ",");
    CheckResult check = Checker.check(new ProjectLoader().load(project), List.of());
    List<String> errors = check.diagnostics().stream()
        .filter(d -> d.severity() == dev.rolebook.report.Severity.ERROR).map(Diagnostic::toString).toList();
    assertEquals(List.of(), errors, "the hostile copy is still a valid policy set");
    site = GuideSite.render(project, project.resolve("target/site"));
    page = Jsoup.parse(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8));
    if (Browser.installed()) {
      browser = Browser.start();
      server = StaticServer.serve(site);
    }
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void cleanLogs() {
    if (browser != null) {
      // As BrowserTestBase does: chromium's one favicon request (a 404 here) happens before the test.
      browser.driver().get(server.url("css/rolebook.css"));
      browser.consoleErrors();
    }
  }

  @Test
  void theServedHtmlHoldsTheValuesAsText() {
    assertEquals(List.of("js/rolebook.js"), page.select("script[src]").eachAttr("src"));
    assertEquals(List.of("application/json"), page.select("script:not([src])").eachAttr("type"),
        "the only inline script element is the form's JSON data block");
    assertEquals(0, page.select("img").size(), "no image element");
    assertEquals(List.of(), page.getAllElements().stream()
        .filter(e -> e.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("on")))
        .map(Element::cssSelector).toList(), "no event handler attribute");
    assertTrue(policyText(page, "cfn-exec-trust").contains("\"sts:ExternalId\": " + json(SCRIPT)), policyText(page, "cfn-exec-trust"));
    assertTrue(policyText(page, "IaCRole-ABCA-Infrastructure").contains(json(IMG)), policyText(page, "IaCRole-ABCA-Infrastructure"));
  }

  @Test
  void thePageForbidsInlineScriptAndOtherHosts() {
    assertEquals(List.of(CSP), page.select("head meta[http-equiv=Content-Security-Policy]").eachAttr("content"));
  }

  @Test
  void theBrowserShowsTheValuesAndRunsNothing() {
    Browser.assumeInstalled();
    browser.open(server.url("index.html"));
    assertNoAlert();
    assertShownAsText();
    assertEquals(List.of(), browser.consoleErrors(), "no console error, so no blocked inline script either");

    // The form rewrites and re-highlights the blocks in the page: the values stay text there too.
    browser.driver().findElement(By.id("rolebook-param-account")).sendKeys("123456789012");
    assertEquals(Boolean.TRUE, browser.js("return document.querySelector('pre[data-policy=cfn-exec-trust]').classList.contains('rolebook-substituted')"));
    assertNoAlert();
    assertShownAsText();
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void theBrowserEnforcesThePolicy() {
    Browser.assumeInstalled();
    browser.open(server.url("index.html"));
    // What a successful injection would amount to: an inline script and an image from another host.
    browser.js("const s = document.createElement('script'); s.textContent = 'window.rolebookInjected = true;';"
        + "document.body.appendChild(s);"
        + "const i = document.createElement('img'); i.src = 'https://example.com/x.png'; document.body.appendChild(i);");
    assertEquals(null, browser.js("return window.rolebookInjected === undefined ? null : window.rolebookInjected"));
    List<String> errors = new ArrayList<>();
    browser.waitFor("both violations to be logged", () -> {
      errors.addAll(browser.consoleErrors());
      return errors.size() >= 2;
    });
    assertTrue(errors.stream().anyMatch(e -> e.contains("inline script violates the following Content Security Policy directive 'script-src 'self''")), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.contains("the image 'https://example.com/x.png' violates the following Content Security Policy directive: \"img-src 'self' data:\"")), errors.toString());
  }

  private static void assertNoAlert() {
    assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), "an alert dialog opened");
    assertEquals(0L, browser.js("return document.querySelectorAll('img, script:not([src]):not([type=\"application/json\"])').length"));
  }

  private static void assertShownAsText() {
    String trust = (String) browser.js("return document.querySelector('pre[data-policy=cfn-exec-trust]').innerText");
    assertTrue(trust.contains(json(SCRIPT)), trust);
    String infrastructure = (String) browser.js("return document.querySelector('pre[data-policy=IaCRole-ABCA-Infrastructure]').innerText");
    assertTrue(infrastructure.contains(json(IMG)), infrastructure);
  }

  private static String policyText(Document doc, String policy) {
    Element pre = doc.selectFirst("pre.rolebook-json[data-policy=" + policy + "]");
    assertTrue(pre != null, "no block for " + policy);
    return pre.selectFirst("code").wholeText();
  }

  /** {@code s} as a JSON string literal (only quotes need escaping in these values). */
  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), file + " no longer holds " + from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
