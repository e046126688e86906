package dev.rolebook.cloudformation;

/**
 * Names in a CDK bootstrap template that both the generator ({@code template}) and drift
 * ({@code verify}) rely on: CDK's own (aws-cdk 2.x) and those Rolebook adds.
 */
public final class BootstrapNames {
  /** CDK's CloudFormation execution role, which the set's managed policies attach to. */
  public static final String EXECUTION_ROLE = "CloudFormationExecutionRole";
  public static final String HAS_EXECUTION_POLICIES = "HasCloudFormationExecutionPolicies";
  public static final String EXECUTION_POLICIES = "CloudFormationExecutionPolicies";
  public static final String QUALIFIER = "Qualifier";
  public static final String VARIANT = "BootstrapVariant";

  /** Rolebook's list parameter of enabled variants. */
  public static final String VARIANTS = "RolebookVariants";
  /** Outputs recording the set a template was made from. */
  public static final String OUTPUT_VERSION = "RolebookPolicySetVersion";
  public static final String OUTPUT_HASH = "RolebookPolicySetHash";
  /** Resource metadata naming the policy a resource holds: {"Rolebook": {"Policy": NAME}}. */
  public static final String METADATA = "Rolebook";

  private BootstrapNames() {}
}
