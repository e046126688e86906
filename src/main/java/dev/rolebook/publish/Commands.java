package dev.rolebook.publish;

import dev.rolebook.model.Manifest;
import dev.rolebook.substitute.CdkBootstrapCommand;
import dev.rolebook.substitute.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell commands an operator runs for a target: {@code aws iam create-policy} per managed
 * policy, then {@code cdk bootstrap} with those policies as the CloudFormation execution policies.
 * The script, the per-account page and the guide all take their commands from here.
 */
public final class Commands {
  /** CDK's own default qualifier: {@code --qualifier} is only needed for any other. */
  public static final String CDK_DEFAULT_QUALIFIER = CdkBootstrapCommand.CDK_DEFAULT_QUALIFIER;

  private Commands() {}

  /** The parameter values the commands need, falling back to IAM's and CDK's defaults. */
  public record Values(String account, String region, String partition, String qualifier) {
    public static Values of(Manifest m, Target target) {
      return new Values(value(m, target, "account", "ACCOUNT_ID"), value(m, target, "region", "REGION"),
          value(m, target, "partition", "aws"), value(m, target, "qualifier", CDK_DEFAULT_QUALIFIER));
    }

    private static String value(Manifest m, Target target, String name, String fallback) {
      return m.parameter(name).map(p -> target.substitution().valueOf(p)).orElse(fallback);
    }

    public String policyArn(String policyName) {
      return "arn:" + partition + ":iam::" + account + ":policy/" + policyName;
    }
  }

  /** One {@code aws iam create-policy} line per managed policy, reading the bundle's JSON file. */
  public static List<String> createPolicies(List<Deployed> documents, Values v) {
    List<String> out = new ArrayList<>();
    for (Deployed d : documents) {
      if (d.managed()) {
        // --region picks the IAM endpoint of the target's partition (GovCloud, China).
        out.add("aws iam create-policy --region " + Escape.shell(v.region()) + " --policy-name " + Escape.shell(d.name())
            + " --policy-document " + Escape.shell("file://" + d.fileName()));
      }
    }
    return out;
  }

  /** {@code cdk bootstrap}, one option per line: the same text the guide's form produces. */
  public static String bootstrap(Manifest m, Target target) {
    return CdkBootstrapCommand.text(m, target.substitution());
  }
}
