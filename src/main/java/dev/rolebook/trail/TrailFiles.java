package dev.rolebook.trail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files behind the command line's FILE arguments: a file as given, a directory as every
 * {@code .json} and {@code .json.gz} file below it, in sorted path order (so S3's
 * {@code AWSLogs/ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/} layout reads in time order).
 */
final class TrailFiles {
  /** CloudTrail writes digest files (hash chains, no records) beside the logs; they are not evidence. */
  private static final String DIGEST_DIR = "CloudTrail-Digest";

  private TrailFiles() {}

  /** One input file and how messages name it. */
  record Input(Path path, String display) {}

  static List<Input> expand(Path path, String display) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(new Input(path, display));
    }
    List<Input> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        Path rel = path.relativize(p);
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".json") || name.endsWith(".json.gz")) || digest(rel)) {
          continue;
        }
        String shown = display.endsWith("/") ? display : display + "/";
        out.add(new Input(p, shown + rel.toString().replace('\\', '/')));
      }
    }
    return out;
  }

  private static boolean digest(Path rel) {
    for (Path part : rel) {
      if (part.toString().equals(DIGEST_DIR)) {
        return true;
      }
    }
    return false;
  }
}
