package dev.rolebook.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Collects what Asciidoctor logs during one page's render. Records at WARN or above fail the
 * render; lower ones are dropped. Paths are shown relative to the project.
 */
final class RenderLog implements LogHandler {
  private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("missing attribute: (\\S+)");
  private final List<RenderMessage> messages = new ArrayList<>();
  private Path projectDir = Path.of("");
  private String fallbackFile = "";
  private List<String> sourceLines = List.of();

  /** Starts collecting for one page; {@code source} locates messages Asciidoctor logs without a line. */
  synchronized void start(Path projectDir, String displayPath, String source) {
    messages.clear();
    this.projectDir = projectDir;
    this.fallbackFile = displayPath;
    this.sourceLines = source.lines().toList();
  }

  synchronized List<RenderMessage> drain() {
    List<RenderMessage> out = List.copyOf(messages);
    messages.clear();
    return out;
  }

  @Override
  public synchronized void log(LogRecord record) {
    if (record.getSeverity().ordinal() < Severity.WARN.ordinal()) {
      return;
    }
    Cursor c = record.getCursor();
    String file = fallbackFile;
    int line = -1;
    if (c != null) {
      line = c.getLineNumber();
      if (c.getFile() != null) {
        Path p = Path.of(c.getFile());
        file = p.isAbsolute() && p.startsWith(projectDir) ? projectDir.relativize(p).toString().replace('\\', '/') : c.getFile();
      }
    }
    if (line < 1) {
      line = lineOfMissingAttribute(record.getMessage());
    }
    // Asciidoctor names files by absolute path; show them as the rest of Rolebook does.
    String message = record.getMessage().replace(projectDir.toString() + java.io.File.separator, "");
    messages.add(new RenderMessage(record.getSeverity().name(), file, line, message));
  }

  /**
   * Asciidoctor reports a missing attribute without a position; the first line of the page that
   * references it is almost always the one meant (-1 when none does, e.g. inside an include).
   */
  private int lineOfMissingAttribute(String message) {
    Matcher m = MISSING_ATTRIBUTE.matcher(message);
    if (m.find()) {
      String ref = "{" + m.group(1) + "}";
      for (int i = 0; i < sourceLines.size(); i++) {
        if (sourceLines.get(i).contains(ref)) {
          return i + 1;
        }
      }
    }
    return -1;
  }
}
