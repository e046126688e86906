package dev.rolebook.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Collects what Asciidoctor logs during one page's render. Records at WARN or above fail the
 * render; lower ones are dropped. Paths are shown relative to the project.
 */
final class RenderLog implements LogHandler {
  private final List<RenderMessage> messages = new ArrayList<>();
  private Path projectDir = Path.of("");
  private String fallbackFile = "";

  /** Starts collecting for one page. */
  synchronized void start(Path projectDir, String displayPath) {
    messages.clear();
    this.projectDir = projectDir;
    this.fallbackFile = displayPath;
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
    messages.add(new RenderMessage(record.getSeverity().name(), file, line, record.getMessage()));
  }
}
