package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rolebook.catalog.Catalog;
import dev.rolebook.load.StrictJson;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.Statement;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The action cell and the distinct-action count on the hand-made two-service catalog package. */
class GrantedActionsTest {
  private static final Catalog CATALOG = Catalog.fromDirectory(Path.of("src/test/resources/catalog/fixture-package"));

  private static List<Statement> statements(String json) {
    return PolicyDocument.statementsOf(new StrictJson().parse("t.json", json).file().orElseThrow().root());
  }

  private static Statement statement(String actions) {
    return statements("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": " + actions
        + ", \"Resource\": \"*\"}]}").get(0);
  }

  @Test
  void aServiceWildcardIsExpandedWithItsLevelsAndTheFullList() {
    assertEquals("<ul class=\"rolebook-actions\"><li class=\"rolebook-wildcard rolebook-destructive rolebook-permissions\">"
        + "<code>vault:*</code>: all 6 actions of Example Vault (2 write, 1 permissions management, 1 tagging, 1 read, 1 list)"
        + "<details class=\"rolebook-expanded\"><summary>the 6 actions</summary><ul>"
        + "<li class=\"rolebook-level-write\"><span class=\"rolebook-level\">Write</span> (2): <span class=\"rolebook-destructive\">DeleteSecret</span>, <span class=\"rolebook-destructive\">PutSecret</span></li>"
        + "<li class=\"rolebook-level-permissions-management rolebook-permissions\"><span class=\"rolebook-level\">Permissions management</span> (1): <span class=\"rolebook-destructive\">PutSecretPolicy</span></li>"
        + "<li class=\"rolebook-level-tagging\"><span class=\"rolebook-level\">Tagging</span> (1): TagSecret</li>"
        + "<li class=\"rolebook-level-read\"><span class=\"rolebook-level\">Read</span> (1): GetSecret</li>"
        + "<li class=\"rolebook-level-list\"><span class=\"rolebook-level\">List</span> (1): ListSecrets</li>"
        + "</ul></details></li></ul>",
        GrantedActions.html(statement("\"vault:*\""), CATALOG));
  }

  @Test
  void aPartialWildcardSaysHowManyNotAll() {
    assertEquals("<ul class=\"rolebook-actions\"><li class=\"rolebook-wildcard\"><code>vault:Get*</code>: 1 action of Example Vault (1 read)"
        + "<details class=\"rolebook-expanded\"><summary>the 1 action</summary><ul>"
        + "<li class=\"rolebook-level-read\"><span class=\"rolebook-level\">Read</span> (1): GetSecret</li></ul></details></li></ul>",
        GrantedActions.html(statement("\"vault:Get*\""), CATALOG));
  }

  @Test
  void everyActionIsSummarisedWithoutAList() {
    assertEquals("<ul class=\"rolebook-actions\"><li class=\"rolebook-wildcard rolebook-destructive rolebook-permissions\">"
        + "<code>*</code>: every action: 8 actions in 2 services (3 write, 1 permissions management, 1 tagging, 2 read, 1 list)</li></ul>",
        GrantedActions.html(statement("\"*\""), CATALOG));
  }

  @Test
  void namedActionsAreGroupedByVerbAndMarked() {
    assertEquals("<ul class=\"rolebook-actions\">"
        + "<li class=\"rolebook-destructive rolebook-permissions\"><span class=\"rolebook-verb\">vault Put</span>: PutSecret, "
        + "<span class=\"rolebook-permissions\" title=\"Permissions management\">PutSecretPolicy</span></li>"
        + "<li><span class=\"rolebook-verb\">courier Send</span>: SendDelivery</li>"
        + "<li><span class=\"rolebook-verb\">courier Get</span>: <span class=\"rolebook-unknown\" title=\"not an action in the IAM catalog\">GetParcel</span></li>"
        + "<li class=\"rolebook-wildcard rolebook-unknown\"><code>nope:*</code>: matches no action in the IAM catalog</li>"
        + "</ul>",
        GrantedActions.html(statement("[\"vault:PutSecret\", \"vault:PutSecretPolicy\", \"courier:SendDelivery\", \"courier:GetParcel\", \"nope:*\"]"), CATALOG));
  }

  @Test
  void distinctCountsEachGrantedActionOnce() {
    List<Statement> s = statements("""
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": ["vault:*", "vault:GetSecret", "courier:GetParcel"], "Resource": "*"},
          {"Effect": "Allow", "Action": "VAULT:getsecret", "Resource": "*"},
          {"Effect": "Allow", "Action": "courier:Get*", "Resource": "*"},
          {"Effect": "Deny", "Action": "courier:SendDelivery", "Resource": "*"}
        ]}""");
    assertEquals(new GrantedActions.Distinct(7, 1), GrantedActions.distinct(s, CATALOG));
  }

  @Test
  void notActionGrantsEverythingElse() {
    List<Statement> s = statements("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "vault:*", "Resource": "*"}]}""");
    assertEquals(new GrantedActions.Distinct(2, 0), GrantedActions.distinct(s, CATALOG));
  }
}
