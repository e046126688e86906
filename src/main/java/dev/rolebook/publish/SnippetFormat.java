package dev.rolebook.publish;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The bundle formats {@code rolebook snippets} produces, by their command-line name. */
public enum SnippetFormat {
  /** One pretty-printed policy document per file: what to paste into the console. */
  JSON("json"),
  /** A bash script: aws iam create-policy per managed policy, then cdk bootstrap. */
  CLI("cli"),
  /** A CloudFormation template with one AWS::IAM::ManagedPolicy per managed policy. */
  CLOUDFORMATION("cloudformation"),
  /** Terraform aws_iam_policy resources. */
  TERRAFORM("terraform");

  private final String id;

  SnippetFormat(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<SnippetFormat> of(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(SnippetFormat::id).toList();
  }
}
