package dev.rolebook.template;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonBoolean;
import dev.rolebook.model.JsonValue.JsonNumber;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A template as text: YAML in the block style of CDK's own template (long-form intrinsics, no
 * tags, so any YAML reader gets the same tree), or JSON with two-space indent. Deterministic: the
 * same tree always gives the same bytes.
 */
public final class TemplateText {
  private TemplateText() {}

  public static String yaml(JsonObject template) {
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setIndent(2);
    o.setIndicatorIndent(2);
    o.setIndentWithIndicator(true);
    // One line per scalar: folding a long policy text over lines would only make diffs harder.
    o.setSplitLines(false);
    o.setWidth(Integer.MAX_VALUE);
    o.setLineBreak(DumperOptions.LineBreak.UNIX);
    return new Yaml(o).dump(plain(template));
  }

  public static String json(JsonObject template) {
    return JsonWriter.pretty(template) + "\n";
  }

  private static Object plain(JsonValue v) {
    if (v instanceof JsonObject o) {
      Map<String, Object> out = new LinkedHashMap<>();
      o.members().forEach(m -> out.put(m.key(), plain(m.value())));
      return out;
    }
    if (v instanceof JsonArray a) {
      List<Object> out = new ArrayList<>();
      a.elements().forEach(e -> out.add(plain(e)));
      return out;
    }
    if (v instanceof JsonString s) {
      return s.value();
    }
    if (v instanceof JsonNumber n) {
      BigDecimal d = new BigDecimal(n.literal());
      return d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0 ? (Object) d.longValueExact() : d;
    }
    if (v instanceof JsonBoolean b) {
      return b.value();
    }
    return null;
  }
}
