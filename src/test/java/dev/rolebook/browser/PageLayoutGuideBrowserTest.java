package dev.rolebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The guide as a reader sees it, in light, dark and print, at 1280 and 375 pixels: every label of
 * the figures reads at 4.5:1 or better against what lies under it, is at least 12 px and overlaps
 * nothing; the highlighted verbs are styled; nothing is wider than its box unless it sits in a
 * scroll container; nothing is logged as an error. Each state is photographed into
 * target/browser-screenshots/ for a person to look at. The account pages get the same checks.
 */
@RenderedGuide
class PageLayoutGuideBrowserTest extends BrowserTestBase {
  static final Path SHOTS = Path.of("target/browser-screenshots");
  private static final List<String> THEMES = List.of("light", "dark", "print");
  private static final List<Integer> WIDTHS = List.of(1280, 375);

  /** Shared by the checks: WCAG contrast, the colour under an element, text-bearing elements. */
  private static final String HELPERS = """
      const rgba = s => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
      const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
      const under = e => { for (let n = e; n; n = n.parentElement) { const c = rgba(getComputedStyle(n).backgroundColor);
        if (c[3] > 0.5) return c; } return rgba(getComputedStyle(document.documentElement).backgroundColor); };
      const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
      const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      const labels = root => [...root.querySelectorAll('*')].filter(e => visible(e)
        && [...e.childNodes].some(n => n.nodeType === 3 && n.data.trim()));
      // Words of root's text split over two lines; <wbr> and '-' break points make separate pieces.
      const broken = root => { const out = []; const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n; (n = w.nextNode());) { if (!visible(n.parentElement)) continue;
          const re = /[^\\s\\-\\/:]+[\\-\\/:]?/g; let m;
          while ((m = re.exec(n.data))) { const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
            const tops = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top)));
            if (tops.size > 1) out.push('"' + m[0] + '" is broken mid-word'); } }
        return out; };
      const name = e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' "' + e.textContent.trim().slice(0, 40) + '"';
      """;

  @Test
  void everyStateReadsWellAndFits() throws IOException {
    Files.createDirectories(SHOTS);
    List<String> failures = new ArrayList<>();
    for (int width : WIDTHS) {
      for (String theme : THEMES) {
        String state = theme + "-" + width;
        emulate(theme, width);
        open();
        failures.addAll(prefixed(state, checkFigures(width)));
        failures.addAll(prefixed(state, checkVerbs()));
        failures.addAll(prefixed(state, checkTables()));
        failures.addAll(prefixed(state, checkFits()));
        failures.addAll(prefixed(state, browser.consoleErrors()));
        photograph(state);
        for (String page : List.of("accounts/example-dev.html")) {
          open(page, "");
          failures.addAll(prefixed(state + " " + page, checkFits()));
          failures.addAll(prefixed(state + " " + page, checkTables()));
          failures.addAll(prefixed(state + " " + page, browser.consoleErrors()));
          shot(state + "-account", null);
        }
      }
    }
    reset();
    assertEquals(List.of(), failures);
  }

  /** Widths between phone and sidebar, where the chain is side by side in the narrowest column. */
  @Test
  void betweenPhoneAndDesktopTheFiguresStillFit() {
    List<String> failures = new ArrayList<>();
    for (int width : List.of(850, 1000, 1199)) {
      emulate("light", width);
      open();
      failures.addAll(prefixed("light-" + width, checkFigures(width)));
      failures.addAll(prefixed("light-" + width, checkFits()));
    }
    reset();
    assertEquals(List.of(), failures);
  }

  @Test
  void printIsLightWhateverTheScreenPrefers() {
    preferColorScheme("dark");
    open();
    browser.js("document.documentElement.setAttribute('data-theme', 'dark')");
    assertEquals("rgb(13, 17, 23)", browser.js("return getComputedStyle(document.body).backgroundColor"));
    emulate("print", 1280);
    browser.js("document.documentElement.setAttribute('data-theme', 'dark')");
    try {
      assertEquals("rgb(255, 255, 255)", browser.js("return getComputedStyle(document.body).backgroundColor"));
      assertEquals("rgb(255, 255, 255)", browser.js(
          "return getComputedStyle(document.querySelector('.rolebook-node-role')).backgroundColor"));
      assertEquals(List.of(), checkFigures(1280));
    } finally {
      reset();
    }
  }

  private static List<String> checkFigures(int width) {
    return browser.strings(HELPERS + """
        const out = [];
        const figures = [...document.querySelectorAll('.rolebook-figure')];
        if (figures.length < 2) out.push('expected the role chain and the size chart, found ' + figures.length + ' figures');
        for (const f of figures) {
          for (const e of labels(f)) {
            const s = getComputedStyle(e);
            const r = ratio(rgba(s.color), under(e));
            if (r < 4.5) out.push(name(e) + ' contrast ' + r.toFixed(2) + ':1');
            if (parseFloat(s.fontSize) < 12) out.push(name(e) + ' is ' + s.fontSize);
            if (s.textOverflow === 'ellipsis' || e.scrollWidth > e.clientWidth + 1 && s.overflowX !== 'visible') out.push(name(e) + ' is cut');
          }
        }
        for (const f of figures) out.push(...broken(f));
        // Boxes, edges and bars: none overlaps another, and no text leaves its box.
        const boxes = [...document.querySelectorAll('.rolebook-node, .rolebook-edge, .rolebook-size-entry, .rolebook-size-bar > *')].filter(visible);
        for (let i = 0; i < boxes.length; i++) {
          const a = boxes[i].getBoundingClientRect();
          for (let j = i + 1; j < boxes.length; j++) {
            if (boxes[i].contains(boxes[j]) || boxes[j].contains(boxes[i])) continue;
            const b = boxes[j].getBoundingClientRect();
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (w > 0.5 && h > 0.5) out.push(name(boxes[i]) + ' overlaps ' + name(boxes[j]));
          }
          for (const t of labels(boxes[i])) {
            const r = t.getBoundingClientRect();
            if (r.left < a.left - 0.5 || r.right > a.right + 0.5) out.push(name(t) + ' leaves its box ' + name(boxes[i]));
          }
        }
        return out;
        """);
  }

  private static List<String> checkVerbs() {
    return browser.strings(HELPERS + """
        const out = [];
        const marked = [...document.querySelectorAll('li.rolebook-destructive > .rolebook-verb')].filter(visible);
        const plain = [...document.querySelectorAll('li:not(.rolebook-destructive) > .rolebook-verb')].filter(visible);
        if (!marked.length || !plain.length) return ['expected highlighted and plain verbs, found ' + marked.length + ' and ' + plain.length];
        for (const e of marked) {
          const s = getComputedStyle(e);
          if (parseInt(s.fontWeight, 10) < 600) out.push(name(e) + ' is not bold');
          if (s.borderLeftStyle === 'none') out.push(name(e) + ' has no border');
          const r = ratio(rgba(s.color), under(e));
          if (r < 4.5) out.push(name(e) + ' contrast ' + r.toFixed(2) + ':1');
          if (!getComputedStyle(e, '::before').content.includes('\\u26A0')) out.push(name(e) + ' has no warning mark');
        }
        const p = getComputedStyle(plain[0]);
        if (p.borderLeftStyle !== 'none') out.push('plain verbs are marked too');
        return out;
        """);
  }

  /**
   * Nothing is wider than the window, and no element is wider than its box unless it sits in a
   * scroll container. Tables and figures may on purpose use the width beside the text column
   * (wide screens): they are held to the window, their contents to them.
   */
  static List<String> checkFits() {
    return browser.strings(HELPERS + """
        const out = [];
        if (document.scrollingElement.scrollWidth > innerWidth) out.push('the page is ' + document.scrollingElement.scrollWidth + ' px wide in ' + innerWidth);
        const scrolls = e => { for (let n = e; n && n !== document.body; n = n.parentElement) {
          const o = getComputedStyle(n).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
        const WIDE = '.rolebook-table-scroll, figure.rolebook-figure';
        for (const e of document.querySelectorAll('#content *, .rolebook-toolbar *, .rolebook-footer *')) {
          if (!visible(e) || scrolls(e.parentElement)) continue;
          const s = getComputedStyle(e);
          if (s.position === 'absolute' || s.position === 'fixed') continue;
          const r = e.getBoundingClientRect();
          if (r.right > innerWidth + 0.5) out.push(name(e) + ' ends at ' + Math.round(r.right) + ' px');
          const p = e.parentElement.getBoundingClientRect();
          if (!e.matches(WIDE) && r.width > 0 && r.right > p.right + 1) out.push(name(e) + ' ends ' + Math.round(r.right - p.right) + ' px beyond its box');
          if (s.display !== 'inline' && s.overflowX === 'visible' && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && !e.querySelector(WIDE))
            out.push(name(e) + ' holds ' + e.scrollWidth + ' px in ' + e.clientWidth);
        }
        return out.slice(0, 10);
        """);
  }

  /** A name or Sid in a table never breaks mid-word (at 375 px too: there they break at - / : only). */
  private static List<String> checkTables() {
    return browser.strings(HELPERS + """
        const out = [];
        for (const code of document.querySelectorAll('table code')) out.push(...broken(code));
        for (const code of document.querySelectorAll('table code')) {
          const s = getComputedStyle(code);
          if (s.overflowWrap === 'anywhere' || s.wordBreak === 'break-all') out.push(code.textContent + ' may break anywhere');
        }
        return out;
        """);
  }

  static void emulate(String theme, int width) {
    browser.cdp("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", width > 500 ? 900 : 812, "deviceScaleFactor", 1, "mobile", width < 500));
    browser.cdp("Emulation.setEmulatedMedia", Map.of(
        "media", theme.equals("print") ? "print" : "screen",
        "features", List.of(
            Map.of("name", "prefers-color-scheme", "value", theme.equals("dark") ? "dark" : "light"),
            Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
  }

  private static void reset() {
    browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
    browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** The top of the page, the figures and the constraints table. */
  private static void photograph(String state) {
    shot(state + "-top", null);
    shot(state + "-role-chain", ".rolebook-role-chain");
    shot(state + "-sizes", ".rolebook-sizes");
    shot(state + "-constraints", ".rolebook-constraints");
    shot(state + "-inventory", ".rolebook-inventory");
  }

  /** Writes a PNG of the viewport, or of the element {@code selector} (scrolled into view). */
  static void shot(String name, String selector) {
    Map<String, Object> params = new java.util.HashMap<>(Map.of("format", "png"));
    if (selector != null) {
      @SuppressWarnings("unchecked")
      Map<String, Object> box = (Map<String, Object>) browser.js(
          // Scrolled to just below the sticky toolbar, which would otherwise cover the element's top.
          "const e = document.querySelector(arguments[0]); window.scrollTo(0, e.getBoundingClientRect().top + scrollY - 70);"
              + "const r = e.getBoundingClientRect();"
              + "return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height};", selector);
      Map<String, Object> clip = new java.util.HashMap<>(box);
      clip.put("scale", 1);
      params.put("clip", clip);
      params.put("captureBeyondViewport", true);
    } else {
      browser.js("window.scrollTo(0, 0)");
    }
    String data = (String) browser.cdp("Page.captureScreenshot", params).get("data");
    try {
      Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode(data));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(Files.exists(SHOTS.resolve(name + ".png")));
  }

  private static List<String> prefixed(String state, List<String> problems) {
    return problems.stream().map(p -> state + ": " + p).toList();
  }
}
