package dev.rolebook.render;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The Ruby gems AsciidoctorJ ships inside its jar ({@code gems/<name>-<version>/lib}), as JRuby load
 * paths. With them on the load path JRuby needs no RubyGems to find Asciidoctor (or the syntax
 * highlighters a guide may ask for), and not booting RubyGems saves about half a second of every
 * render.
 */
final class BundledGems {
  private static final String PREFIX = "gems/";

  private BundledGems() {}

  /** The load paths, Asciidoctor's among them; empty when the jar cannot be read. */
  static Optional<List<String>> loadPaths() {
    try {
      CodeSource source = org.asciidoctor.jruby.AsciidoctorJRuby.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path jar = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        return Optional.empty();
      }
      TreeSet<String> gems = new TreeSet<>();
      try (JarFile file = new JarFile(jar.toFile(), false)) {
        for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
          String name = e.nextElement().getName();
          int end = name.indexOf('/', PREFIX.length());
          if (name.startsWith(PREFIX) && end > 0 && name.startsWith("/lib/", end)) {
            gems.add(name.substring(0, end));
          }
        }
      }
      List<String> paths = new ArrayList<>();
      for (String gem : gems) {
        paths.add("uri:classloader:/" + gem + "/lib");
      }
      return paths.stream().anyMatch(p -> p.startsWith("uri:classloader:/gems/asciidoctor-")) ? Optional.of(paths) : Optional.empty();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
