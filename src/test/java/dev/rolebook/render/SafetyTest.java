package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a page may not do: read outside the project, or load anything from another host. */
class SafetyTest {
  private static List<String> messages(String adoc) {
    return SharedRenderer.render(adoc).messages().stream().map(RenderMessage::toString).toList();
  }

  @Test
  void includesCannotLeaveTheProject() {
    Renderer.Page page = SharedRenderer.render("= T\n\ninclude::/etc/passwd[]\n");
    assertEquals(2, page.messages().size(), page.messages().toString());
    assertEquals("src/docs/test.adoc: warning: include file is outside of jail; recovering automatically", page.messages().get(0).toString());
    assertEquals("src/docs/test.adoc:3: error: include file not found: etc/passwd",
        page.messages().get(1).toString());
    assertFalse(page.body().contains("root:"), page.body());
  }

  @Test
  void remoteImagesFailTheRender() {
    assertEquals(List.of("src/docs/test.adoc:3: error: the page would load 'https://example.com/x.png' from another host; the site must be self-contained"),
        messages("= T\n\nimage::https://example.com/x.png[]\n"));
  }

  @Test
  void remoteIncludesAreNotFetched() {
    assertEquals(List.of("src/docs/test.adoc:3: error: include of 'https://example.com/x.adoc' was not read: "
            + "Rolebook never fetches URIs; copy the content into the project"),
        messages("= T\n\ninclude::https://example.com/x.adoc[]\n"));
  }

  @Test
  void fontAwesomeAndWebFontsAreNeverLinked() {
    Renderer.Page page = SharedRenderer.render("= T\n:icons: font\n\nNOTE: A note.\n");
    assertEquals(List.of(), page.messages());
    assertEquals(List.of(), ExternalResources.in(page.body()));
  }
}
