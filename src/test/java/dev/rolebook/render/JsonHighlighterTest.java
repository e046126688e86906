package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonHighlighterTest {
  @Test
  void wrapsEachTokenAndKeepsTheText() {
    String json = "{\n  \"a\" : [\"<b>&\", 1.5e3, true, null],\n  \"k\\\"q\": \"v\"\n}";
    String html = JsonHighlighter.highlight(json);
    assertEquals("<span class=\"tok-punct\">{</span>\n  <span class=\"tok-key\">&quot;a&quot;</span> <span class=\"tok-punct\">:</span> "
        + "<span class=\"tok-punct\">[</span><span class=\"tok-str\">&quot;&lt;b&gt;&amp;&quot;</span><span class=\"tok-punct\">,</span> "
        + "<span class=\"tok-num\">1.5e3</span><span class=\"tok-punct\">,</span> <span class=\"tok-lit\">true</span>"
        + "<span class=\"tok-punct\">,</span> <span class=\"tok-lit\">null</span><span class=\"tok-punct\">]</span>"
        + "<span class=\"tok-punct\">,</span>\n  <span class=\"tok-key\">&quot;k\\&quot;q&quot;</span><span class=\"tok-punct\">:</span> "
        + "<span class=\"tok-str\">&quot;v&quot;</span>\n<span class=\"tok-punct\">}</span>", html);
    assertEquals(json, Jsoup.parse("<pre><code>" + html + "</code></pre>").selectFirst("code").wholeText());
  }
}
