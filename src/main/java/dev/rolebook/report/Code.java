package dev.rolebook.report;

/**
 * Every diagnostic code Rolebook can emit. Codes are API: they never change meaning, and README's
 * diagnostics table is checked against this list by a test.
 */
public enum Code {
  // Reading files (strict JSON).
  JSON001(Severity.ERROR, "Malformed JSON", "The file is not valid JSON."),
  JSON002(Severity.ERROR, "Duplicate key", "An object repeats a key; IAM would keep only one of them."),
  JSON003(Severity.ERROR, "Not UTF-8", "The file is not UTF-8 text (or starts with a byte-order mark)."),
  JSON004(Severity.ERROR, "File too large", "The file exceeds the input size cap."),
  JSON005(Severity.ERROR, "Nesting too deep", "The file nests arrays/objects beyond the cap."),
  JSON006(Severity.ERROR, "Unreadable file", "A file named by the project cannot be read."),

  // The manifest (policies/rolebook.json).
  MAN001(Severity.ERROR, "Manifest missing", "The project has no policies/rolebook.json."),
  MAN002(Severity.ERROR, "Manifest shape", "A manifest field is missing, unknown or of the wrong type."),
  MAN003(Severity.ERROR, "Duplicate name", "Two manifest entries share a name or id."),
  MAN004(Severity.ERROR, "Unknown reference", "A manifest entry refers to a policy, role, variant or statement that does not exist."),
  MAN005(Severity.ERROR, "Bad parameter", "A parameter's pattern is not a valid regular expression, or its example/default does not match it."),
  MAN006(Severity.WARNING, "Unlisted policy file", "A JSON file in policies/ is not named by the manifest."),
  MAN007(Severity.WARNING, "Stale acknowledgement", "An acknowledgement in the manifest matches no warning of the check (fixed, renamed, or an error, which cannot be acknowledged)."),

  // IAM quotas, measured on the document IAM receives.
  IAM001(Severity.ERROR, "Managed policy too large", "A managed policy exceeds 6,144 characters (white space outside strings not counted)."),
  IAM002(Severity.ERROR, "Trust policy too large", "A role trust policy exceeds the account's quota (2,048 by default)."),
  IAM003(Severity.ERROR, "Inline policies too large", "A role's inline policies together exceed 10,240 characters."),
  IAM004(Severity.ERROR, "Too many managed policies", "More managed policies attach to one role than the quota allows (10 by default, 20 at most)."),
  IAM005(Severity.WARNING, "Little headroom", "A policy is within the headroom margin of its size limit."),
  IAM006(Severity.ERROR, "Character not allowed", "A policy contains a character outside U+0009, U+000A, U+000D, U+0020-U+00FF."),
  IAM007(Severity.ERROR, "Bad name", "A policy or role name is too long or uses characters IAM rejects."),

  // Policy grammar.
  IAM010(Severity.ERROR, "Version", "Version must be 2012-10-17; 2008-10-17 or a missing Version is a warning (it disables policy variables)."),
  IAM011(Severity.ERROR, "Statement", "Statement must be a non-empty object or array of objects."),
  IAM012(Severity.ERROR, "Effect", "Effect must be Allow or Deny."),
  IAM013(Severity.ERROR, "Action", "A statement needs exactly one of Action and NotAction, each a string or array of service:Action strings."),
  IAM014(Severity.ERROR, "Resource", "An identity policy statement needs exactly one of Resource and NotResource; a trust policy statement has neither."),
  IAM015(Severity.ERROR, "Principal", "Principal/NotPrincipal appear only in trust policies, where each statement needs one."),
  IAM016(Severity.ERROR, "Sid", "Sid must be ASCII letters and digits, unique within the policy."),
  IAM017(Severity.ERROR, "ARN", "An ARN must read arn:partition:service:region:account:resource."),
  IAM018(Severity.ERROR, "Condition", "Condition operators come from IAM's set; values are strings, booleans, numbers or arrays of them."),
  IAM019(Severity.ERROR, "Unknown element", "An element IAM does not know, or of the wrong JSON type."),

  // Values IAM can never match: ARN fields, principals, condition values.
  IAM020(Severity.ERROR, "ARN partition", "An ARN's partition is none of aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc."),
  IAM021(Severity.ERROR, "ARN Region", "An ARN's Region field is not shaped like a Region code (us-east-1)."),
  IAM022(Severity.WARNING, "Unknown Region", "An ARN names a Region code Rolebook does not know, or a Region of another partition."),
  IAM023(Severity.ERROR, "ARN account", "An ARN's account field is not a 12-digit account ID."),
  IAM024(Severity.ERROR, "Service principal", "A service principal is not shaped like service.amazonaws.com."),
  IAM025(Severity.WARNING, "Unknown service principal", "A service principal names no service Rolebook knows."),
  IAM026(Severity.ERROR, "Principal value", "An AWS, Federated or CanonicalUser principal is not an account ID, a principal ARN, an identity provider or a canonical ID."),
  IAM027(Severity.ERROR, "Condition value", "A condition value does not fit its operator (a number for Numeric, a date for Date, true/false for Bool and Null, a CIDR for IpAddress, an ARN for Arn)."),

  // Lint: legal IAM that is probably a mistake.
  LINT001(Severity.WARNING, "Repeated action", "The same action is listed twice, in one statement or in two statements granting the same resources."),
  LINT002(Severity.WARNING, "Covered resource", "A resource pattern is already matched by another pattern in the same statement."),
  LINT003(Severity.ERROR, "Unexplained wildcard resource", "A statement applies to Resource \"*\" (or uses NotResource) without a reason in the manifest."),
  LINT004(Severity.WARNING, "Stale reason", "The manifest gives a wildcard reason for a statement that has no wildcard resource."),
  LINT005(Severity.WARNING, "Covered action", "An action is already matched by a wildcard action in the same statement, or in another statement granting the same resources."),

  // Checked against the IAM action catalog (a snapshot of AWS's Service Authorization Reference).
  CAT001(Severity.WARNING, "Unknown service", "An action or ARN names a service prefix the IAM catalog does not know."),
  CAT002(Severity.WARNING, "Unknown action", "An action the service does not have in the IAM catalog."),
  CAT003(Severity.WARNING, "Wildcard matches nothing", "A wildcard action pattern matches no action of the IAM catalog."),
  CAT004(Severity.WARNING, "ARN matches no resource type", "A resource ARN can match none of its service's resource types (e.g. a Region or account where the service's ARNs have none)."),
  CAT005(Severity.WARNING, "Grants nothing", "An action cannot apply to any resource its statement lists: it takes no resource (only \"*\"), or none of its resource types matches."),
  CAT006(Severity.WARNING, "Unknown condition key", "A condition key that is neither a global key nor a key of its service in the IAM catalog."),
  CAT007(Severity.WARNING, "Condition key does not apply", "A service condition key that none of the statement's actions supports, so the condition never matches for them."),
  CAT008(Severity.WARNING, "Operator does not fit key", "A condition operator of another type than its key (a String operator on a Date key, Numeric on a String key)."),
  CAT009(Severity.WARNING, "Set operator mismatch", "ForAllValues/ForAnyValue on a single-valued key, or a multivalued key without them."),

  // Security: legal grants that let more happen than a reader expects.
  SEC001(Severity.WARNING, "PassRole on any role", "iam:PassRole is granted on every role (Resource \"*\", role/* or NotResource) without an iam:PassedToService condition."),
  SEC002(Severity.WARNING, "Privilege escalation", "The policy grants, on every resource, a set of actions known to let a principal raise its own privileges."),
  SEC003(Severity.WARNING, "Full access", "A statement allows every action (\"*\") or every action of a service (\"service:*\") on every resource."),
  SEC004(Severity.WARNING, "Allow with Not-element", "An Allow statement uses NotAction, NotResource or NotPrincipal, which grants everything not listed."),
  SEC005(Severity.WARNING, "ForAllValues without Null guard", "An Allow condition uses ForAllValues without a Null check on its key, so a request without the key passes."),
  SEC006(Severity.WARNING, "Private address in aws:SourceIp", "aws:SourceIp is compared with a private or loopback range, which it never holds (requests through a VPC endpoint carry aws:VpcSourceIp)."),
  SEC007(Severity.WARNING, "Open trust", "A trust policy lets any principal (\"*\") assume the role."),

  // Deployment targets (policies/targets.json).
  TGT001(Severity.ERROR, "Targets file shape", "A targets file field is missing, unknown or of the wrong type."),
  TGT002(Severity.ERROR, "Bad target name", "A target name must be lowercase letters, digits and hyphens, starting with a letter or digit."),
  TGT003(Severity.ERROR, "Duplicate target", "Two targets share a name."),
  TGT004(Severity.ERROR, "Bad target value", "A target's parameter value fails the parameter's pattern, length or safe-character rule."),
  TGT005(Severity.ERROR, "Unknown variant", "A target enables a variant the manifest does not declare."),
  TGT006(Severity.ERROR, "Variant of an unchosen policy", "A target enables a variant of an optional policy that its list parameter does not choose."),

  // Docs drift: what a reader sees must be exactly the policy set.
  DRIFT001(Severity.ERROR, "Altered policy", "A policy shown in the docs, the site or a published copy differs from the policy set (an action, resource, principal, condition, effect or statement added, removed or changed)."),
  DRIFT002(Severity.ERROR, "Hand-pasted policy", "A listing block in the AsciiDoc sources holds policy JSON without naming the policy it shows; use the policy macro instead."),
  DRIFT003(Severity.ERROR, "Policy missing from the site", "A policy or variant of the set is shown on no page of the rendered site."),
  DRIFT004(Severity.ERROR, "Unknown policy shown", "A block names a policy, variant or target that the set does not have."),
  DRIFT005(Severity.ERROR, "Table mismatch", "A generated table's rows do not match the manifest (row count or the name in a row's first cell)."),
  DRIFT006(Severity.WARNING, "Unmatched block", "A policy-shaped JSON block in an external file matches no policy of the set, or a file given to --against holds no policy JSON at all."),
  DRIFT007(Severity.NOTE, "Rendered drift skipped", "The rendered site does not exist yet, so only the AsciiDoc sources were compared."),
  DRIFT008(Severity.WARNING, "Nothing compared", "Drift found no policy block anywhere it looked, so it compared nothing; a run that checks nothing is not a pass under --strict."),
  DRIFT010(Severity.ERROR, "Template records another set", "A bootstrap template given to --against records a policy-set version or hash other than the set's."),
  DRIFT011(Severity.ERROR, "Hard-coded parameter", "A bootstrap template's policy writes a literal value where the set has a deployment parameter (partition, qualifier…), so the template grants the wrong resources when deployed with another value."),
  DRIFT012(Severity.ERROR, "Policy missing from template", "A managed policy of the set has no AWS::IAM::ManagedPolicy in the bootstrap template, or one the template cannot evaluate."),

  // Bootstrap templates (rolebook bootstrap-template).
  TPL001(Severity.ERROR, "Template does not parse", "A template is not valid YAML or JSON, or has no Resources section."),
  TPL002(Severity.ERROR, "Not a CDK bootstrap template", "The base template lacks what the set's policies replace: the Qualifier and BootstrapVariant parameters, or the CloudFormationExecutionRole with CDK's ManagedPolicyArns."),
  TPL003(Severity.ERROR, "Set does not fit the template", "The set cannot be expressed in a bootstrap template: managed policies attached to more than one role, a name that clashes with the base template's, or a policy name that IAM would reject."),
  TPL004(Severity.ERROR, "Generated template check", "The generated template, evaluated for a sample account, does not give exactly the documents snippets gives, or a ${...} names nothing the template defines."),
  TPL005(Severity.ERROR, "Template too large", "The generated template exceeds the 51,200-byte template body that cdk bootstrap sends to CloudFormation."),

  // Change review: release records (policies/releases.json) and permission diffs.
  REL001(Severity.ERROR, "Release records shape", "policies/releases.json has a missing, unknown or malformed field (version MAJOR.MINOR.PATCH, date yyyy-mm-dd, sha256 64 hex digits), or records a version twice."),
  REL002(Severity.ERROR, "Unreleased change", "The policies no longer match the hash recorded for the manifest's version; bump the version as the change requires."),
  REL003(Severity.ERROR, "Version bump too small", "The manifest's version is ahead of the last release by less than the change requires (narrowing: major, widening: minor, neutral: patch), or behind it."),
  REL004(Severity.NOTE, "Version not released", "The manifest's version has no release record yet; 'rolebook release' records it."),
  DIFF001(Severity.WARNING, "Wider grant", "A change grants more than the base revision did: an action, resource, principal or condition widened."),

  // CloudTrail evidence (rolebook trail).
  TRAIL001(Severity.ERROR, "Unreadable CloudTrail input", "A file given to trail is not JSON, is damaged gzip, or holds no Records, Events or QueryResultRows."),
  TRAIL002(Severity.WARNING, "Record skipped", "A CloudTrail record has no eventSource or eventName, so it cannot be mapped to an action."),
  TRAIL003(Severity.WARNING, "Role not recognisable", "A role the set's policies attach to has no iamName in the manifest, so its calls cannot be picked out of the trail.");

  private final Severity severity;
  private final String title;
  private final String help;

  Code(Severity severity, String title, String help) {
    this.severity = severity;
    this.title = title;
    this.help = help;
  }

  public Severity severity() {
    return severity;
  }

  public String title() {
    return title;
  }

  public String help() {
    return help;
  }
}
