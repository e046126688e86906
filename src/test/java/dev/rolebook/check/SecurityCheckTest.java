package dev.rolebook.check;

import static dev.rolebook.check.PolicyChecks.allow;
import static dev.rolebook.check.PolicyChecks.identity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityCheckTest {
  @Test
  void passRoleOnEveryRoleWithoutPassedToService() {
    String expected = "SEC001 statement S grants iam:PassRole (through 'iam:PassRole') on every role, to any service"
        + " | scope Resource to the roles to pass and add a StringEquals condition on iam:PassedToService";
    assertEquals(List.of(expected), identity(allow("\"iam:PassRole\"", "\"arn:aws:iam::123456789012:role/*\"")));
    assertEquals(List.of(expected.replace("'iam:PassRole'", "'iam:Pass*'")),
        identity(allow("\"iam:Pass*\"", "\"arn:aws:iam::*:role/*\"")));
    assertEquals(List.of(), identity(allow("\"iam:PassRole\"", "\"arn:aws:iam::*:role/*\"",
        "{\"StringEquals\": {\"iam:PassedToService\": \"lambda.amazonaws.com\"}}")));
    assertEquals(List.of(), identity(allow("\"iam:PassRole\"", "\"arn:aws:iam::*:role/app-*\"")));
  }

  @Test
  void fullAccess() {
    assertEquals(List.of("SEC003 statement S allows every action on every resource"
        + " | list the actions the role needs; full access belongs to AdministratorAccess, not to a custom policy"),
        identity(allow("\"*\"", "\"*\"")));
    assertEquals(List.of("SEC003 statement S allows every action of s3 on every resource"
        + " | list the s3 actions the role needs, or scope Resource to the resources it manages"),
        identity(allow("[\"s3:*\"]", "\"*\"")));
    assertEquals(List.of(), identity(allow("\"s3:*\"", "\"arn:aws:s3:::b/*\"")));
    assertEquals(List.of(), identity("{\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}"));
  }

  @Test
  void allowWithNotElements() {
    assertEquals(List.of("SEC004 Allow statement S uses NotAction, which grants every action except those listed, including actions"
        + " AWS adds later | list the actions to allow in Action, or use NotAction only in a Deny"),
        identity("{\"Sid\": \"S\", \"Effect\": \"Allow\", \"NotAction\": \"iam:*\", \"Resource\": \"arn:aws:s3:::b\"}"));
    assertEquals(List.of("SEC001 statement S grants iam:PassRole (through 'iam:PassRole') on every role, to any service"
            + " | scope Resource to the roles to pass and add a StringEquals condition on iam:PassedToService",
        "SEC004 Allow statement S uses NotResource, which grants its actions on every resource except those listed"
            + " | list the resources to allow in Resource, or use NotResource only in a Deny"),
        identity("{\"Sid\": \"S\", \"Effect\": \"Allow\", \"Action\": \"iam:PassRole\", \"NotResource\": \"arn:aws:iam::*:role/admin\"}"));
    assertEquals(List.of(), identity("{\"Effect\": \"Deny\", \"NotAction\": \"iam:*\", \"Resource\": \"*\"}"));
  }

  @Test
  void privilegeEscalationOnEveryResource() {
    assertEquals(List.of("SEC002 granting iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction on every resource lets the role"
            + " create and run a function as a more privileged role (statement S, T)"
            + " | scope Resource to the stack's own roles, users, functions or policies; or acknowledge it in the manifest"),
        identity(allow("[\"iam:PassRole\", \"lambda:CreateFunction\"]", "\"*\"",
            "{\"StringEquals\": {\"iam:PassedToService\": \"lambda.amazonaws.com\"}}")
            + ", {\"Sid\": \"T\", \"Effect\": \"Allow\", \"Action\": \"lambda:Invoke*\", \"Resource\": \"*\"}"));
    // Scoped to the stack's own functions: not an escalation path this check claims.
    assertEquals(List.of(), identity(allow("\"lambda:UpdateFunctionCode\"", "\"arn:aws:lambda:*:*:function:app-*\"")));
    // Reported once as full access, not once more per method.
    assertEquals(1, identity(allow("\"iam:*\"", "\"*\"")).size());
  }

  @Test
  void everyMethodIsItsOwnFinding() {
    assertEquals(21, PrivilegeEscalation.METHODS.size());
    for (PrivilegeEscalation.Method m : PrivilegeEscalation.METHODS) {
      String actions = "[\"" + String.join("\", \"", m.actions()) + "\"]";
      List<String> found = identity(allow(actions, "\"*\"")).stream().filter(s -> s.startsWith("SEC002")).toList();
      assertEquals(1, found.stream().filter(s -> s.contains(String.join(" + ", m.actions()) + " on every")).count(), m + ": " + found);
    }
  }

  @Test
  void actionsCoveredByAWildcard() {
    assertEquals(List.of("LINT005 action 'lambda:GetFunction' in statement S is already granted by 'lambda:Get*'"
        + " | remove 'lambda:GetFunction'; or, if only it is meant, narrow 'lambda:Get*'"),
        identity(allow("[\"lambda:Get*\", \"lambda:GetFunction\"]", "\"arn:aws:lambda:*:*:function:f\"")));
    assertEquals(List.of("LINT005 action 'lambda:getfunction' in statement S is already granted by 'lambda:Get*' in statement T on the"
            + " same resources | remove 'lambda:getfunction'; or, if only it is meant, narrow 'lambda:Get*'"),
        identity(allow("\"lambda:getfunction\"", "\"arn:aws:lambda:*:*:function:f\"")
            + ", {\"Sid\": \"T\", \"Effect\": \"Allow\", \"Action\": \"lambda:Get*\", \"Resource\": \"arn:aws:lambda:*:*:function:f\"}"));
    assertEquals(List.of(), identity(allow("\"lambda:GetFunction\"", "\"arn:aws:lambda:*:*:function:f\"")
        + ", {\"Sid\": \"T\", \"Effect\": \"Allow\", \"Action\": \"lambda:Get*\", \"Resource\": \"arn:aws:lambda:*:*:function:g\"}"));
  }
}
