package dev.rolebook.check;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.model.Values;
import dev.rolebook.report.Code;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The values of Principal and NotPrincipal (IAM User Guide, "AWS JSON policy elements: Principal"):
 * service principals, AWS principals (account IDs and IAM/STS principal ARNs), federated identity
 * providers and canonical user IDs, and a trust policy open to everyone.
 */
final class PrincipalCheck {
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
  /** Unique IDs IAM shows when a principal ARN's role or user was deleted (AROA…, AIDA…). */
  private static final Pattern UNIQUE_ID = Pattern.compile("A[A-Z0-9]{15,127}");
  private static final Pattern CANONICAL = Pattern.compile("[0-9a-f]{64}");
  /** Identity providers named without an ARN (AssumeRoleWithWebIdentity). */
  private static final Set<String> WEB_PROVIDERS =
      Set.of("cognito-identity.amazonaws.com", "www.amazon.com", "graph.facebook.com", "accounts.google.com");
  /** Principal ARNs: the account root, users, roles (IAM); assumed-role and federated-user sessions (STS). */
  private static final Pattern IAM_PRINCIPAL = Pattern.compile("root|user/.+|role/.+");
  private static final Pattern STS_PRINCIPAL = Pattern.compile("assumed-role/.+/.+|federated-user/.+");

  private PrincipalCheck() {}

  static void check(Statement st, boolean trust, Placeholders placeholders, Findings out) {
    for (String key : List.of("Principal", "NotPrincipal")) {
      Optional<JsonValue> p = st.json().get(key);
      if (p.isEmpty()) {
        continue;
      }
      String pointer = st.pointer(key);
      if (p.get() instanceof JsonString s && s.value().equals("*") && key.equals("Principal")) {
        open(st, pointer, trust, out);
      } else if (p.get() instanceof JsonObject o) {
        for (Member m : o.members()) {
          Optional<Values> values = Values.of(m.value());
          if (values.isEmpty()) {
            continue; // the grammar check reports the shape (IAM015)
          }
          for (int i = 0; i < values.get().items().size(); i++) {
            String at = values.get().writtenAsArray() ? SourceFile.child(SourceFile.child(pointer, m.key()), i) : SourceFile.child(pointer, m.key());
            value(st, key, m.key(), at, values.get().items().get(i), trust, placeholders, out);
          }
        }
      }
    }
  }

  private static void value(Statement st, String key, String type, String pointer, String v, boolean trust, Placeholders ph, Findings out) {
    String subject = "principal " + type + " '" + v + "' in statement " + st.label();
    switch (type) {
      case "Service" -> service(st, pointer, v, subject, out);
      case "AWS" -> aws(st, key, pointer, v, subject, trust, ph, out);
      case "Federated" -> federated(st, pointer, v, subject, ph, out);
      case "CanonicalUser" -> {
        if (!CANONICAL.matcher(v).matches() && !ph.is(v)) {
          out.about(st, pointer, Code.IAM026, v, subject + " is not a canonical user ID",
              "a canonical user ID is 64 lower-case hexadecimal characters");
        }
      }
      default -> { } // unknown principal types are the grammar check's (IAM015)
    }
  }

  private static void service(Statement st, String pointer, String v, String subject, Findings out) {
    Optional<String> problem = ServicePrincipals.shapeProblem(v);
    if (problem.isPresent()) {
      out.about(st, pointer, Code.IAM024, v, subject + " is not a service principal",
          problem.get().isEmpty() ? "service principals read like lambda.amazonaws.com" : problem.get());
    } else if (!ServicePrincipals.known(v)) {
      out.about(st, pointer, Code.IAM025, v, subject + " names no service Rolebook knows",
          Suggest.didYouMean(v, ServicePrincipals.KNOWN).isEmpty()
              ? "check the service's documentation for the principal it uses"
              : Suggest.didYouMean(v, ServicePrincipals.KNOWN));
    }
  }

  private static void aws(Statement st, String key, String pointer, String v, String subject, boolean trust, Placeholders ph, Findings out) {
    if (v.equals("*")) {
      if (key.equals("Principal")) {
        open(st, pointer, trust, out);
      }
      return;
    }
    if (ACCOUNT.matcher(v).matches() || ph.is(v) || UNIQUE_ID.matcher(v).matches()) {
      return;
    }
    Optional<Arn> arn = Arn.parse(v);
    if (arn.isEmpty()) {
      String hint = v.chars().allMatch(Character::isDigit)
          ? "it has " + v.length() + " digits; account IDs have exactly 12"
          : "use a 12-digit account ID or an ARN such as arn:aws:iam::111122223333:role/NAME";
      out.about(st, pointer, Code.IAM026, v, subject + " is neither an account ID nor a principal ARN", hint);
      return;
    }
    Arn a = arn.get();
    ArnCheck.fields(st, pointer, v, a, "principal", ph, out);
    // Principal ARNs are exact: IAM accepts no wildcard in them except "*" on its own.
    if (Arn.pattern(a.resource()) || Arn.pattern(a.account())) {
      out.about(st, pointer, Code.IAM026, v, subject + " has a wildcard, which principals do not take",
          "name the principal exactly, or use \"*\" with a condition on aws:PrincipalArn");
    } else if (!a.region().isEmpty()) {
      out.about(st, pointer, Code.IAM026, v, subject + " has Region '" + a.region() + "'; IAM and STS principal ARNs have none",
          "write arn:" + a.partition() + ":" + a.service() + "::" + a.account() + ":" + a.resource());
    } else if (!(a.service().equals("iam") && IAM_PRINCIPAL.matcher(a.resource()).matches())
        && !(a.service().equals("sts") && STS_PRINCIPAL.matcher(a.resource()).matches())) {
      out.about(st, pointer, Code.IAM026, v, subject + " does not name a principal",
          a.resource().startsWith("group/")
              ? "an IAM group cannot be a principal; name its users or roles"
              : "principal ARNs name the account (:root), a user, a role or an STS session");
    }
  }

  private static void federated(Statement st, String pointer, String v, String subject, Placeholders ph, Findings out) {
    if (WEB_PROVIDERS.contains(v) || ph.is(v)) {
      return;
    }
    Optional<Arn> arn = Arn.parse(v);
    if (arn.isPresent() && arn.get().service().equals("iam")
        && (arn.get().resource().startsWith("saml-provider/") || arn.get().resource().startsWith("oidc-provider/"))) {
      ArnCheck.fields(st, pointer, v, arn.get(), "principal", ph, out);
      return;
    }
    out.about(st, pointer, Code.IAM026, v, subject + " is not an identity provider",
        "use the provider's ARN (arn:aws:iam::ACCOUNT:oidc-provider/HOST or …:saml-provider/NAME), or one of "
            + String.join(", ", new java.util.TreeSet<>(WEB_PROVIDERS)));
  }

  // A role whose trust policy allows "*" can be assumed from any AWS account; only conditions
  // (aws:PrincipalOrgID, sts:ExternalId…) narrow it, so it deserves an explicit acknowledgement.
  private static void open(Statement st, String pointer, boolean trust, Findings out) {
    if (!trust || !st.effect().equals(Optional.of("Allow"))) {
      return;
    }
    out.about(st, pointer, Code.SEC007, "*",
        "statement " + st.label() + " lets any principal in any AWS account assume the role"
            + (st.json().has("Condition") ? " when its condition holds" : ""),
        st.json().has("Condition")
            ? "name the accounts or roles instead, or acknowledge it in the manifest if the condition is the boundary"
            : "name the trusted account, role or service instead of \"*\"");
  }
}
