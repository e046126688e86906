package dev.rolebook.trail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of CloudTrail Lake query results ({@code get-query-results}' {@code QueryResultRows}):
 * a list of single-key objects, column name to text. Column names are matched without regard to
 * case (Lake answers {@code eventsource} for {@code eventSource}); struct columns such as
 * {@code userIdentity} arrive as the engine's text and are read with {@link StructText}.
 */
record LakeRow(Map<String, String> columns) implements EventFields.Source {
  /** The column a query may select to get each event whole, as JSON text. */
  static final String EVENT_JSON = "eventjson";

  @Override
  public String text(String... path) {
    String top = columns.get(path[0].toLowerCase(Locale.ROOT));
    if (top == null) {
      return "";
    }
    if (path.length == 1) {
      return top.equals("null") ? "" : top;
    }
    Object v = StructText.parse(top);
    for (int i = 1; i < path.length && v != null; i++) {
      v = v instanceof Map<?, ?> m ? m.get(path[i].toLowerCase(Locale.ROOT)) : null;
    }
    return v instanceof String s ? s : "";
  }

  @Override
  public List<String> resourceArns() {
    String text = columns.get("resources");
    List<String> out = new ArrayList<>();
    if (text != null && StructText.parse(text) instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m && m.get("arn") instanceof String arn && !arn.isEmpty()) {
          out.add(arn);
        }
      }
    }
    return out;
  }
}
