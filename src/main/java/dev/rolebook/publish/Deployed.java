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
public final class Deployed {
  private final PolicyEntry entry;
  private final List<String> variants;
  private final JsonValue document;
  private final String pretty;

  public Deployed(PolicyEntry entry, List<String> variants, JsonValue document) {
    this.entry = entry;
    this.variants = List.copyOf(variants);
    this.document = document;
    this.pretty = JsonWriter.pretty(document);
  }

  public PolicyEntry entry() {
    return entry;
  }

  public List<String> variants() {
    return variants;
  }

  /** The substituted document IAM receives. */
  public JsonValue document() {
    return document;
  }

  /** The document pretty-printed, 2-space indent, no final newline. */
  public String pretty() {
    return pretty;
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
