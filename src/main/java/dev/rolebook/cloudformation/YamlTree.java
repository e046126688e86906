package dev.rolebook.cloudformation;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonBoolean;
import dev.rolebook.model.JsonValue.JsonNull;
import dev.rolebook.model.JsonValue.JsonNumber;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.Position;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML to the JSON model, node by node so positions survive. CloudFormation's short forms become
 * their long forms: {@code !Ref X} is {@code {"Ref": "X"}}, {@code !GetAtt A.B} is {@code
 * {"Fn::GetAtt": ["A", "B"]}}, {@code !Condition C} is {@code {"Condition": "C"}}, and every other
 * {@code !Name} is {@code {"Fn::Name": …}}. A repeated key is an error, as CloudFormation rejects it.
 */
final class YamlTree {
  private YamlTree() {}

  record Result(Optional<SourceFile> file, Optional<Diagnostic> problem) {}

  private static final class Problem extends RuntimeException {
    final Mark mark;

    Problem(String message, Mark mark) {
      super(message, null, false, false);
      this.mark = mark;
    }
  }

  static Result parse(String display, String text) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      // A template is at most 1 MB; aliases have no use in one and only risk expansion bombs.
      options.setMaxAliasesForCollections(0);
      root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      return failed(display, "not valid YAML: " + (e.getProblem() == null ? "parse error" : e.getProblem()), m);
    } catch (YAMLException e) {
      return failed(display, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), null);
    }
    if (root == null) {
      return failed(display, "the file is empty", null);
    }
    Map<String, Position> positions = new HashMap<>();
    try {
      JsonValue value = convert(root, "", positions);
      return new Result(Optional.of(new SourceFile(display, text, value, positions)), Optional.empty());
    } catch (Problem p) {
      return failed(display, p.getMessage(), p.mark);
    }
  }

  private static Result failed(String display, String message, Mark m) {
    Position at = m == null ? Position.UNKNOWN : new Position(m.getLine() + 1, m.getColumn() + 1);
    return new Result(Optional.empty(), Optional.of(Diagnostic.of(Code.TPL001, display, at, message,
        "give the template as 'cdk bootstrap --show-template' prints it (YAML or, with --json, JSON)")));
  }

  private static JsonValue convert(Node node, String pointer, Map<String, Position> positions) {
    positions.put(pointer, position(node.getStartMark()));
    String tag = node.getTag().getValue();
    if (tag.startsWith("!") && !tag.startsWith("!!")) {
      return shortForm(tag.substring(1), node, pointer, positions);
    }
    return plain(node, pointer, positions);
  }

  private static JsonValue plain(Node node, String pointer, Map<String, Position> positions) {
    if (node instanceof MappingNode m) {
      List<Member> members = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (NodeTuple t : m.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode k)) {
          throw new Problem("a mapping key must be a plain string", t.getKeyNode().getStartMark());
        }
        if (!seen.add(k.getValue())) {
          throw new Problem("duplicate key '" + k.getValue() + "'", k.getStartMark());
        }
        String child = SourceFile.child(pointer, k.getValue());
        positions.put(child + SourceFile.KEY_SUFFIX, position(k.getStartMark()));
        members.add(new Member(k.getValue(), convert(t.getValueNode(), child, positions)));
      }
      return new JsonObject(members);
    }
    if (node instanceof SequenceNode s) {
      List<JsonValue> out = new ArrayList<>();
      for (Node e : s.getValue()) {
        out.add(convert(e, SourceFile.child(pointer, out.size()), positions));
      }
      return new JsonArray(out);
    }
    ScalarNode scalar = (ScalarNode) node;
    Tag tag = scalar.getTag();
    String v = scalar.getValue();
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return new JsonNumber(v);
    }
    if (tag.equals(Tag.BOOL)) {
      return new JsonBoolean(v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on")
          || v.equalsIgnoreCase("y"));
    }
    if (tag.equals(Tag.NULL)) {
      return new JsonNull();
    }
    return new JsonString(v);
  }

  private static JsonValue shortForm(String name, Node node, String pointer, Map<String, Position> positions) {
    String inner = SourceFile.child(pointer, longName(name));
    if (name.equals("GetAtt") && node instanceof ScalarNode s) {
      // !GetAtt Resource.Attribute: the attribute may itself contain dots (Endpoint.Address).
      int dot = s.getValue().indexOf('.');
      if (dot < 1) {
        throw new Problem("!GetAtt needs Resource.Attribute, got '" + s.getValue() + "'", s.getStartMark());
      }
      return new JsonObject(List.of(new Member("Fn::GetAtt", new JsonArray(List.of(
          new JsonString(s.getValue().substring(0, dot)), new JsonString(s.getValue().substring(dot + 1)))))));
    }
    JsonValue value = node instanceof ScalarNode s ? new JsonString(s.getValue()) : plain(node, inner, positions);
    positions.put(inner, position(node.getStartMark()));
    return new JsonObject(List.of(new Member(longName(name), value)));
  }

  private static String longName(String shortName) {
    return shortName.equals("Ref") || shortName.equals("Condition") ? shortName : "Fn::" + shortName;
  }

  private static Position position(Mark m) {
    return new Position(m.getLine() + 1, m.getColumn() + 1);
  }
}
