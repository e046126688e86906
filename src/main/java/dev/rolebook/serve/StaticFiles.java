package dev.rolebook.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a request path to a file under the site root, or nothing. Anything that could step outside
 * the root (dot-dot segments, encoded or not; backslashes; NUL; symlinks leading out) maps to
 * nothing, which the server answers with 404.
 */
final class StaticFiles {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "json", "application/json",
      "svg", "image/svg+xml",
      "png", "image/png",
      "yaml", "text/yaml; charset=utf-8",
      "sh", "text/plain; charset=utf-8",
      "tf", "text/plain; charset=utf-8",
      "txt", "text/plain; charset=utf-8");

  private final Path root;

  StaticFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Optional<Path> resolve(URI uri) {
    String raw = uri.getRawPath();
    if (raw == null || !raw.startsWith("/")) {
      return Optional.empty();
    }
    String path;
    try {
      path = java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (path.contains("\\") || path.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    for (String segment : path.split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        return Optional.empty();
      }
    }
    String relative = path.substring(1);
    if (relative.isEmpty() || relative.endsWith("/")) {
      relative += "index.html";
    }
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      // A symlink inside the site must not lead outside it.
      if (!file.toRealPath().startsWith(root.toRealPath())) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(file);
  }

  static String contentType(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  static boolean isHtml(Path file) {
    return file.getFileName().toString().endsWith(".html") && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
  }
}
