package dev.rolebook.cloudformation;

import dev.rolebook.model.Manifest.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each deployment parameter of the manifest becomes in a CDK bootstrap template: the account,
 * Region and partition are CloudFormation's pseudo parameters, the qualifier is CDK's own {@code
 * Qualifier} parameter, and every other parameter is a new template parameter named in
 * UpperCamelCase ({@code stack} → {@code Stack}).
 */
public final class ParameterMapping {
  /** Manifest parameter names with a fixed meaning in a bootstrap template. */
  public static final Map<String, String> RESERVED = Map.of(
      "account", "AWS::AccountId",
      "region", "AWS::Region",
      "qualifier", "Qualifier");

  private ParameterMapping() {}

  /** The name a {@code ${…}} uses for {@code p} in the template. */
  public static String templateName(Parameter p) {
    if (Parameter.IN_ARN_PARTITION.equals(p.in())) {
      return "AWS::Partition";
    }
    return Optional.ofNullable(RESERVED.get(p.name())).orElseGet(() -> upperCamel(p.name()));
  }

  /** True when {@code p} needs a parameter of its own in the template. */
  public static boolean added(Parameter p) {
    return !Parameter.IN_ARN_PARTITION.equals(p.in()) && !RESERVED.containsKey(p.name());
  }

  /** The manifest parameter each template name stands for, in manifest order. */
  public static Map<String, Parameter> byTemplateName(Iterable<Parameter> parameters) {
    Map<String, Parameter> out = new LinkedHashMap<>();
    parameters.forEach(p -> out.putIfAbsent(templateName(p), p));
    return out;
  }

  /** {@code compute-types} → {@code ComputeTypes}: CloudFormation names are alphanumeric. */
  public static String upperCamel(String name) {
    StringBuilder sb = new StringBuilder();
    boolean up = true;
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      } else {
        up = true;
      }
    }
    return sb.toString();
  }
}
