package dev.rolebook.report;

import java.io.PrintStream;
import java.util.List;

/**
 * GitHub Actions workflow commands: {@code ::error file=F,line=L,col=C,title=CODE::message}, so
 * findings show as annotations on the pull request. Warnings print as {@code ::warning}, notes as
 * {@code ::notice}.
 */
public final class GithubReport {
  private GithubReport() {}

  public static void print(List<Diagnostic> diagnostics, PrintStream out) {
    for (Diagnostic d : diagnostics) {
      StringBuilder sb = new StringBuilder("::").append(command(d.severity()));
      StringBuilder props = new StringBuilder();
      if (!d.file().isEmpty()) {
        props.append("file=").append(property(d.file()));
        if (d.line() >= 1) {
          props.append(",line=").append(d.line());
          if (d.column() >= 1) {
            props.append(",col=").append(d.column());
          }
        }
      }
      props.append(props.length() > 0 ? "," : "").append("title=").append(property(d.code().name() + " " + d.code().title()));
      sb.append(' ').append(props);
      String message = d.hint().isEmpty() ? d.message() : d.message() + "\nhint: " + d.hint();
      sb.append("::").append(data(message));
      out.println(sb);
    }
  }

  static String command(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "notice";
    };
  }

  /** Escapes a message: %, CR and LF (GitHub's toolkit escapeData). */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value: as {@link #data}, plus ':' and ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
