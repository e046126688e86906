package dev.rolebook.render;

import dev.rolebook.publish.AccountPages;
import dev.rolebook.publish.AtomicDirectory;
import dev.rolebook.publish.BundleCheck;
import dev.rolebook.publish.Bundles;
import dev.rolebook.publish.ScriptCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Builds the published site: every {@code src/docs/*.adoc} (except {@code _partials}) becomes a
 * page ({@code guide.adoc} becomes {@code index.html}), wrapped in the page template, next to the
 * theme's assets from {@code site/} (everything but {@code site/templates/}). Pages are written
 * into a temporary directory beside {@code out}, which replaces {@code out} only when every page
 * rendered without a message: a failed render leaves the previous site as it was.
 */
public final class Site {
  public static final String DOCS_DIR = "src/docs";
  public static final String HOME = "guide.adoc";

  private Site() {}

  /** What a build did: the pages written (site-relative), or the messages that stopped it. */
  public record Result(List<String> pages, List<RenderMessage> messages) {
    public Result {
      pages = List.copyOf(pages);
      // Sorted by file and line, as every report is; messages without a line come first.
      messages = messages.stream()
          .sorted(Comparator.comparing(RenderMessage::file).thenComparingInt(RenderMessage::line))
          .toList();
    }

    public boolean ok() {
      return messages.isEmpty();
    }
  }

  public static Result build(Renderer renderer, RenderModel model, Path projectDir, Path out) throws IOException {
    return build(() -> renderer, model, projectDir, out);
  }

  /**
   * Builds the site with the renderer {@code renderers} gives when first asked, which is after the
   * account pages' bundles are made and checked: a renderer still booting (JRuby) is waited for only
   * then.
   */
  public static Result build(Supplier<Renderer> renderers, RenderModel model, Path projectDir, Path out) throws IOException {
    Path project = projectDir.toAbsolutePath().normalize();
    List<RenderMessage> problems = new ArrayList<>();
    Path templateFile = project.resolve(PageTemplate.PATH);
    if (!Files.isRegularFile(templateFile)) {
      return new Result(List.of(), List.of(new RenderMessage("ERROR", PageTemplate.PATH, -1, "page template is missing")));
    }
    PageTemplate template = new PageTemplate(Files.readString(templateFile, StandardCharsets.UTF_8));
    List<Path> sources = sources(project.resolve(DOCS_DIR));
    if (sources.isEmpty()) {
      return new Result(List.of(), List.of(new RenderMessage("ERROR", DOCS_DIR, -1, "no .adoc files to render")));
    }
    Path target = out.toAbsolutePath().normalize();
    Optional<String> unsafe = unsafeTarget(project, target);
    if (unsafe.isPresent()) {
      return new Result(List.of(), List.of(new RenderMessage("ERROR", target.toString(), -1, unsafe.get())));
    }
    Path staging = AtomicDirectory.fresh(target);
    try (AccountPages.Pending accounts = model.targets().isEmpty() ? null
        : AccountPages.prepare(staging, model.set(), model.targets(), new Bundles.Origin(model.manifest().version(), model.hash()),
            model.sizes(), new BundleCheck(ScriptCheck.fromPath()))) {
      Renderer renderer = renderers.get();
      List<String> pages = new ArrayList<>();
      for (Path source : sources) {
        Renderer.Page page = renderer.render(source, project, model);
        problems.addAll(page.messages());
        String name = pageName(source);
        Map<String, String> values = slots(model, page.title().replaceAll("<[^>]*>", ""), "", page.body());
        template.missing(values).ifPresent(slot -> problems.add(
            new RenderMessage("ERROR", PageTemplate.PATH, -1, "unknown placeholder '{{" + slot + "}}'")));
        Files.writeString(staging.resolve(name), template.fill(values), StandardCharsets.UTF_8);
        pages.add(name);
      }
      if (!problems.isEmpty()) {
        return new Result(List.of(), problems);
      }
      if (accounts != null) {
        accounts.problems().forEach(p -> problems.add(new RenderMessage("ERROR", "policies/targets.json", -1, p)));
        if (!problems.isEmpty()) {
          return new Result(List.of(), problems);
        }
        // The account pages go through the same Asciidoctor and the same page template as the guide.
        accounts.finish((adoc, root) -> {
          Renderer.Page page = renderer.render(adoc, "policies/targets.json", project, model);
          problems.addAll(page.messages());
          return template.fill(slots(model, page.title().replaceAll("<[^>]*>", ""), root, page.body()));
        });
        if (!problems.isEmpty()) {
          return new Result(List.of(), problems);
        }
        pages.add(AccountPages.DIR + "/");
      }
      copyAssets(project.resolve("site"), staging);
      // Last, so it covers every page written above, whatever wrote it.
      SearchIndex.write(staging);
      AtomicDirectory.replace(staging, target);
      return new Result(pages, List.of());
    } finally {
      if (Files.exists(staging)) {
        AtomicDirectory.delete(staging);
      }
    }
  }

  /**
   * Why {@code target} must not be replaced, if so. A successful build deletes the old site, so it
   * may not be the project, one of its sources, or a directory that is not a previous site.
   */
  public static Optional<String> unsafeTarget(Path project, Path target) throws IOException {
    if (target.getParent() == null || project.startsWith(target)) {
      return Optional.of("refusing to replace a directory that contains the project");
    }
    for (String source : List.of("policies", "src", "site")) {
      if (target.startsWith(project.resolve(source))) {
        return Optional.of("refusing to write the site into " + source + "/, which holds sources");
      }
    }
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of("refusing to replace '" + target.getFileName() + "', which is a file, not a site directory");
    }
    if (Files.isDirectory(target) && !Files.exists(target.resolve("index.html"))) {
      try (Stream<Path> s = Files.list(target)) {
        if (s.findAny().isPresent()) {
          return Optional.of("refusing to replace a non-empty directory without an index.html; it does not look like a previous site");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The template's slots for one page: {@code titleHtml} and {@code body} are HTML already;
   * {@code root} leads from the page back to the site root ("" or "../").
   */
  private static Map<String, String> slots(RenderModel model, String titleHtml, String root, String body) {
    return Map.of(
        "title", titleHtml,
        "root", root,
        "csp", PageTemplate.CSP,
        "content", body,
        "version", Html.escape(model.manifest().version()),
        "sha256", Html.escape(model.hash()));
  }

  static List<Path> sources(Path docs) throws IOException {
    if (!Files.isDirectory(docs)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(docs)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".adoc"))
          .filter(p -> !p.getFileName().toString().startsWith("_"))
          .sorted()
          .toList();
    }
  }

  static String pageName(Path source) {
    String file = source.getFileName().toString();
    return file.equals(HOME) ? "index.html" : file.substring(0, file.length() - ".adoc".length()) + ".html";
  }

  private static void copyAssets(Path linkedSiteDir, Path staging) throws IOException {
    if (!Files.isDirectory(linkedSiteDir)) {
      return;
    }
    // A project may share a theme by linking site/ to it (examples/ link to this repository's):
    // walk the real directory, since a walk does not follow a link it starts from.
    Path siteDir = linkedSiteDir.toRealPath();
    Path templates = siteDir.resolve("templates");
    try (Stream<Path> s = Files.walk(siteDir)) {
      for (Path p : s.sorted().toList()) {
        if (p.equals(siteDir) || p.startsWith(templates)) {
          continue;
        }
        Path dest = staging.resolve(siteDir.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
