package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.cli.RenderCommandTestAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed render leaves the previous site alone; a good one replaces it whole. */
class SiteTest {
  @TempDir
  Path tmp;

  @Test
  void aBadMacroKeepsThePreviousSite() throws IOException {
    Path project = RenderCommandTestAccess.copyProject(tmp.resolve("project"));
    Path guide = project.resolve("src/docs/guide.adoc");
    List<String> lines = Files.readAllLines(guide, StandardCharsets.UTF_8);
    int at = lines.indexOf("policy::cfn-exec-trust[]");
    lines.set(at, "policy::cfn-exec-trusted[]");
    Files.write(guide, lines, StandardCharsets.UTF_8);
    Path site = project.resolve("target/site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("index.html"), "previous site", StandardCharsets.UTF_8);

    Site.Result result = Site.build(SharedRenderer.renderer(), SharedRenderer.load(project), project, site);

    assertFalse(result.ok());
    assertEquals(1, result.messages().size());
    assertTrue(result.messages().get(0).toString().startsWith(
        "src/docs/guide.adoc:" + (at + 1) + ": error: policy::cfn-exec-trusted[]: unknown policy 'cfn-exec-trusted'"),
        result.messages().get(0).toString());
    assertEquals("previous site", Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8));
    try (Stream<Path> s = Files.list(project.resolve("target"))) {
      assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "no staging directory left behind");
    }
  }

  @Test
  void aGoodRenderReplacesTheWholeSite() throws IOException {
    Path project = RenderCommandTestAccess.copyProject(tmp.resolve("project"));
    Path site = project.resolve("target/site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("index.html"), "old home", StandardCharsets.UTF_8);
    Files.writeString(site.resolve("stale.html"), "old page", StandardCharsets.UTF_8);

    Site.Result result = Site.build(SharedRenderer.renderer(), SharedRenderer.load(project), project, site);

    assertEquals(List.of(), result.messages());
    assertTrue(Files.isRegularFile(site.resolve("index.html")));
    assertFalse(Files.exists(site.resolve("stale.html")));
  }

  @Test
  void neverReplacesTheProjectOrItsSources() throws IOException {
    Path project = RenderCommandTestAccess.copyProject(tmp.resolve("project"));
    Files.createDirectories(project.resolve("notes"));
    Files.writeString(project.resolve("notes/todo.txt"), "keep me", StandardCharsets.UTF_8);
    RenderModel model = SharedRenderer.load(project);
    assertEquals("refusing to replace a directory that contains the project",
        Site.build(SharedRenderer.renderer(), model, project, project).messages().get(0).message());
    assertEquals("refusing to write the site into src/, which holds sources",
        Site.build(SharedRenderer.renderer(), model, project, project.resolve("src/docs")).messages().get(0).message());
    assertEquals("refusing to replace a non-empty directory without an index.html; it does not look like a previous site",
        Site.build(SharedRenderer.renderer(), model, project, project.resolve("notes")).messages().get(0).message());
    assertEquals("refusing to replace 'todo.txt', which is a file, not a site directory",
        Site.build(SharedRenderer.renderer(), model, project, project.resolve("notes/todo.txt")).messages().get(0).message());
    assertEquals("keep me", Files.readString(project.resolve("notes/todo.txt"), StandardCharsets.UTF_8));
    assertTrue(Files.isRegularFile(project.resolve("src/docs/guide.adoc")));
  }

  @Test
  void aMissingTemplateIsReported() throws IOException {
    Path project = RenderCommandTestAccess.copyProject(tmp.resolve("project"));
    Files.delete(project.resolve(PageTemplate.PATH));
    Site.Result result = Site.build(SharedRenderer.renderer(), SharedRenderer.load(project), project, project.resolve("target/site"));
    assertEquals(List.of(new RenderMessage("ERROR", "site/templates/page.html", -1, "page template is missing")), result.messages());
  }
}
