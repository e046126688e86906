package dev.rolebook.check;

import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.model.Values;
import dev.rolebook.report.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The well-known IAM privilege-escalation methods: sets of actions that, granted on every resource,
 * let a principal give itself more permissions than it was given. The list is the 21 methods
 * published by Rhino Security Labs ("AWS IAM Privilege Escalation – Methods and Mitigation",
 * Spencer Gietzen, 2018), the same list Cloudsplaining and Pacu's iam__privesc_scan check; the
 * descriptions are Rolebook's own words. Only grants on every resource (Resource "*" or
 * NotResource) count: a policy scoped to the stack's own roles and functions is not flagged.
 */
final class PrivilegeEscalation {
  /** One method: the actions it needs, all on every resource, and what they allow. */
  record Method(List<String> actions, String how) {}

  static final List<Method> METHODS = List.of(
      new Method(List.of("iam:CreatePolicyVersion"), "publish a new default version of any managed policy, including its own"),
      new Method(List.of("iam:SetDefaultPolicyVersion"), "make an older, broader version of a policy the default"),
      new Method(List.of("iam:PassRole", "ec2:RunInstances"), "start an instance that runs as a more privileged role"),
      new Method(List.of("iam:CreateAccessKey"), "create access keys for any other user"),
      new Method(List.of("iam:CreateLoginProfile"), "give any user without one a console password"),
      new Method(List.of("iam:UpdateLoginProfile"), "change any user's console password"),
      new Method(List.of("iam:AttachUserPolicy"), "attach any managed policy, AdministratorAccess included, to a user"),
      new Method(List.of("iam:AttachGroupPolicy"), "attach any managed policy to a group it belongs to"),
      new Method(List.of("iam:AttachRolePolicy"), "attach any managed policy to a role it can use"),
      new Method(List.of("iam:PutUserPolicy"), "write an inline policy of its choosing into a user"),
      new Method(List.of("iam:PutGroupPolicy"), "write an inline policy of its choosing into a group"),
      new Method(List.of("iam:PutRolePolicy"), "write an inline policy of its choosing into a role"),
      new Method(List.of("iam:AddUserToGroup"), "add a user to a more privileged group"),
      new Method(List.of("iam:UpdateAssumeRolePolicy", "sts:AssumeRole"), "rewrite any role's trust policy and then assume the role"),
      new Method(List.of("iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"), "create and run a function as a more privileged role"),
      new Method(List.of("iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping"), "create a function as a more privileged role and have an event source run it"),
      new Method(List.of("lambda:UpdateFunctionCode"), "replace the code of a function that runs as a more privileged role"),
      new Method(List.of("iam:PassRole", "glue:CreateDevEndpoint"), "open a Glue development endpoint that runs as a more privileged role"),
      new Method(List.of("glue:UpdateDevEndpoint"), "put its own SSH key on an existing, more privileged Glue development endpoint"),
      new Method(List.of("iam:PassRole", "cloudformation:CreateStack"), "create a stack whose resources are made by a more privileged role"),
      new Method(List.of("iam:PassRole", "datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition"), "define a data pipeline that runs commands as a more privileged role"));

  private PrivilegeEscalation() {}

  /** An action pattern granted on every resource, where it is written. */
  private record Grant(Statement statement, String pattern, String pointer) {}

  static void check(PolicyDocument doc, Findings out) {
    List<Grant> grants = new ArrayList<>();
    for (Statement st : doc.statements()) {
      if (!st.effect().equals(Optional.of("Allow")) || !st.wildcardResource() || st.action().isEmpty()) {
        continue;
      }
      Values actions = st.action().get();
      for (int i = 0; i < actions.items().size(); i++) {
        String pointer = actions.writtenAsArray() ? SourceFile.child(st.pointer("Action"), i) : st.pointer("Action");
        grants.add(new Grant(st, actions.items().get(i), pointer));
      }
    }
    for (Method m : METHODS) {
      List<Grant> granting = new ArrayList<>();
      for (String action : m.actions()) {
        grants.stream().filter(g -> Wildcards.matchesIgnoreCase(g.pattern(), action)).findFirst().ifPresent(granting::add);
      }
      // A method granted only through "*" or "service:*" is already reported as full access (SEC003).
      if (granting.size() < m.actions().size() || granting.stream().allMatch(g -> g.pattern().equals("*") || g.pattern().endsWith(":*"))) {
        continue;
      }
      Grant first = granting.get(0);
      out.about(first.statement(), first.pointer(), Code.SEC002, first.pattern(),
          "granting " + String.join(" + ", m.actions()) + " on every resource lets the role " + m.how()
              + " (statement " + String.join(", ", granting.stream().map(g -> g.statement().label()).distinct().toList()) + ")",
          "scope Resource to the stack's own roles, users, functions or policies; or acknowledge it in the manifest");
    }
  }
}
