package dev.rolebook.publish;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.Manifest.PolicyEntry;
import java.util.List;

/**
 * One policy as a target deploys it: the manifest entry, the variants joined to it, the
 * substituted document IAM receives and that document pretty-printed (made once: the JSON file, the
 * CloudFormation and Terraform bundles and the account page all show it).
 */
public record Deployed(PolicyEntry entry, List<String> variants, JsonValue document, String pretty) {
  public Deployed {
    variants = List.copyOf(variants);
  }

  public Deployed(PolicyEntry entry, List<String> variants, JsonValue document) {
    this(entry, variants, document, JsonWriter.pretty(document));
  }

  public String name() {
    return entry.name();
  }

  public boolean managed() {
    return entry.type().equals(PolicyEntry.MANAGED);
  }

  /** "IaCRole-ABCA-Application + ecs". */
  public String label() {
    return variants.isEmpty() ? name() : name() + " + " + String.join(" + ", variants);
  }

  public String fileName() {
    return name() + ".json";
  }

  /** The RFC 8785 form, for comparing what a format reads back as. */
  public String canonical() {
    return JsonWriter.canonical(document);
  }

  /** The file's text: pretty, 2-space indent, ending with a newline. */
  public String json() {
    return pretty + "\n";
  }
}
