package dev.rolebook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {
  @Test
  void escapedAndRawSlots() {
    Template t = Template.resource("test-download.html.tmpl");
    assertEquals("<li><a href=\"a/b&amp;c\" download>&lt;x&gt;</a> (w)</li>\n",
        t.render(Map.of("href", "a/b&c", "name", "<x>", "what", "w"), Escape::html));
  }

  @Test
  void aMissingValueIsAProgrammingError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Template.resource("test-download.html.tmpl").render(Map.of("href", "x"), Escape::html));
    assertEquals("template test-download.html.tmpl needs a value for 'name'", e.getMessage());
  }

  @Test
  void replacementTextIsTakenLiterally() {
    assertEquals("<tr><td>$1 \\</td><td><code>n</code></td><td><code>v</code></td></tr>\n",
        Template.resource("test-parameter-row.html.tmpl").render(Map.of("label", "$1 \\", "name", "n", "value", "v"), s -> s));
  }
}
