package dev.rolebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The theme toggle has three states: follow the system (no choice stored), light and dark. A
 * click first switches to the theme the reader does not see, then to the other, then back to the
 * system; the choice is remembered, and the toggle stays reachable while the page scrolls.
 */
class ThemeToggleBrowserTest extends BrowserTestBase {
  private static final String LIGHT_BG = "rgb(255, 255, 255)";
  private static final String DARK_BG = "rgb(13, 17, 23)";

  @Test
  void followsTheOsUntilTheReaderChooses() {
    open();
    assertEquals(null, browser.js("return document.documentElement.getAttribute('data-theme')"));
    assertEquals(LIGHT_BG, background());
    assertEquals("Theme: system", toggle().getText());
    assertEquals("Theme: system (light). Switch to dark", toggle().getAttribute("aria-label"));
    preferColorScheme("dark");
    assertEquals(DARK_BG, background());
    browser.waitFor("the toggle to follow the OS", () -> "Theme: system (dark). Switch to light".equals(toggle().getAttribute("aria-label")));
  }

  @Test
  void threeStatesInTurnEachRememberedAcrossReload() {
    open();
    toggle().click();
    assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"));
    assertEquals(DARK_BG, background());
    assertEquals("Theme: dark", toggle().getText());
    assertEquals("dark", browser.js("return localStorage.getItem('rolebook.theme')"));
    browser.reload();
    assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"));
    assertEquals(DARK_BG, background());

    toggle().click();
    assertEquals(LIGHT_BG, background());
    assertEquals("Theme: light", toggle().getText());
    browser.reload();
    assertEquals("light", browser.js("return document.documentElement.getAttribute('data-theme')"));
    assertEquals(LIGHT_BG, background());

    toggle().click();
    assertEquals("Theme: system", toggle().getText());
    assertEquals(null, browser.js("return document.documentElement.getAttribute('data-theme')"));
    assertEquals(null, browser.js("return localStorage.getItem('rolebook.theme')"));
    preferColorScheme("dark");
    assertEquals(DARK_BG, background(), "back to following the system");
  }

  @Test
  void anExplicitLightChoiceOverridesADarkOs() {
    preferColorScheme("dark");
    open();
    assertEquals(DARK_BG, background());
    toggle().click();
    assertEquals(LIGHT_BG, background());
    assertEquals("Theme: light", toggle().getText());
    browser.reload();
    assertEquals(LIGHT_BG, background());
  }

  @Test
  void theToggleStaysInSightWhileScrolling() {
    open();
    browser.js("window.scrollTo(0, document.body.scrollHeight / 2)");
    assertEquals(Boolean.TRUE, browser.js(
        "const r = document.querySelector('.rolebook-theme-toggle').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight"));
    toggle().click();
    assertEquals(DARK_BG, background());
  }

  @Test
  void printIsLightEvenInDarkMode() {
    preferColorScheme("dark");
    open();
    toggle().click();
    toggle().click();
    assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"));
    browser.cdp("Emulation.setEmulatedMedia", java.util.Map.of("media", "print", "features", java.util.List.of(
        java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
    try {
      assertEquals(LIGHT_BG, background());
      assertEquals("rgb(0, 0, 0)", browser.js("return getComputedStyle(document.body).color"));
      for (String selector : java.util.List.of(".rolebook-theme-toggle", ".rolebook-copy", "#rolebook-form input", ".rolebook-anchor",
          ".rolebook-search-open")) {
        assertEquals(0L, browser.js("return [...document.querySelectorAll(arguments[0])].filter(e => e.getClientRects().length > 0).length", selector),
            selector + " is not printed");
      }
      assertEquals("pre-wrap", browser.js("return getComputedStyle(document.querySelector('pre')).whiteSpace"));
    } finally {
      browser.cdp("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
    }
  }

  private static WebElement toggle() {
    return browser.driver().findElement(By.cssSelector("button.rolebook-theme-toggle"));
  }

  private static String background() {
    return (String) browser.js("return getComputedStyle(document.body).backgroundColor");
  }
}
