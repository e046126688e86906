package dev.rolebook.render;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Runs after parsing: logs each macro placeholder's problem at the macro's own line, and warns
 * about paragraphs that look like a block macro Rolebook does not know (a typo such as
 * {@code polcy::X[]} would otherwise print as text without a word).
 */
final class ProblemLogger extends Treeprocessor {
  private static final Pattern MACRO_LIKE = Pattern.compile("^[a-z][a-z0-9-]*::\\S*\\[.*\\]$");

  @Override
  public Document process(Document document) {
    for (StructuralNode block : document.findBy(Map.of("context", ":pass"))) {
      Object problem = block.getAttribute(Macro.PROBLEM);
      if (problem != null) {
        log(new LogRecord(Severity.ERROR, block.getSourceLocation(), String.valueOf(problem)));
      }
    }
    List<StructuralNode> paragraphs = document.findBy(Map.of("context", ":paragraph"));
    for (StructuralNode p : paragraphs) {
      String source = p instanceof org.asciidoctor.ast.Block b ? b.getSource() : "";
      if (source != null && MACRO_LIKE.matcher(source.strip()).matches()) {
        log(new LogRecord(Severity.ERROR, p.getSourceLocation(),
            "unknown block macro '" + source.strip().substring(0, source.strip().indexOf("::")) + "'"));
      }
    }
    return document;
  }
}
