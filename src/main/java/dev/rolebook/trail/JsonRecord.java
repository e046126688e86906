package dev.rolebook.trail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A record as CloudTrail writes it to S3 and returns it from lookup-events: a JSON object. */
record JsonRecord(JsonNode node) implements EventFields.Source {
  @Override
  public String text(String... path) {
    JsonNode n = node;
    for (String p : path) {
      n = n.path(p);
    }
    return n.isValueNode() && !n.isNull() ? n.asText() : "";
  }

  @Override
  public List<String> resourceArns() {
    List<String> out = new ArrayList<>();
    for (JsonNode r : node.path("resources")) {
      // The field is "ARN" in log files; accept the lower-case spelling some exports use.
      String arn = r.path("ARN").isTextual() ? r.path("ARN").asText() : r.path("arn").asText("");
      if (!arn.isEmpty()) {
        out.add(arn);
      }
    }
    return out;
  }
}
