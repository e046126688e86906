package dev.rolebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class ThemeToggleBrowserTest extends BrowserTestBase {
  private static final String LIGHT_BG = "rgb(255, 255, 255)";
  private static final String DARK_BG = "rgb(13, 17, 23)";

  @Test
  void followsTheOsUntilTheReaderChooses() {
    open();
    assertEquals(null, browser.js("return document.documentElement.getAttribute('data-theme')"));
    assertEquals(LIGHT_BG, background());
    assertEquals("Dark theme", toggle().getText());
    preferColorScheme("dark");
    assertEquals(DARK_BG, background());
    browser.waitFor("the toggle to follow the OS", () -> "Light theme".equals(toggle().getText()));
  }

  @Test
  void toggleFlipsTheThemeAndIsRememberedAcrossReload() {
    open();
    toggle().click();
    assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"));
    assertEquals(DARK_BG, background());
    assertEquals("Light theme", toggle().getText());
    assertEquals("dark", browser.js("return localStorage.getItem('rolebook.theme')"));

    browser.reload();
    assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"));
    assertEquals(DARK_BG, background());

    toggle().click();
    assertEquals(LIGHT_BG, background());
    browser.reload();
    assertEquals("light", browser.js("return document.documentElement.getAttribute('data-theme')"));
    assertEquals(LIGHT_BG, background());
  }

  @Test
  void anExplicitLightChoiceOverridesADarkOs() {
    preferColorScheme("dark");
    open();
    assertEquals(DARK_BG, background());
    toggle().click();
    assertEquals(LIGHT_BG, background());
    browser.reload();
    assertEquals(LIGHT_BG, background());
  }

  @Test
  void printIsLightEvenInDarkMode() {
    open();
    toggle().click();
    browser.cdp("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    try {
      assertEquals(LIGHT_BG, background());
      for (String selector : java.util.List.of(".rolebook-theme-toggle", ".rolebook-copy", "#rolebook-form input", ".rolebook-anchor")) {
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
