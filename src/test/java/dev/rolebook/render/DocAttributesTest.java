package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The attribute names are the guide's API: renaming one breaks every page that uses it. */
class DocAttributesTest {
  @Test
  void numbersAndNamesTheProseQuotes() {
    Map<String, String> a = DocAttributes.of(SharedRenderer.fixture());
    Map<String, String> picked = new TreeMap<>();
    for (String key : new String[] {"rb-managed-limit", "rb-trust-limit", "rb-inline-limit", "rb-managed-per-role",
        "rb-managed-count", "rb-managed-count-word", "rb-stack", "rb-qualifier", "rb-validated-in", "rb-cloudtrail-actions",
        "rb-iterations", "rb-version", "rb-variant-count", "rb-wildcard-statements", "rb-param-account",
        "rb-size-iacrole-abca-infrastructure", "rb-worst-iacrole-abca-infrastructure", "rb-headroom-iacrole-abca-infrastructure",
        "rb-percent-iacrole-abca-infrastructure", "rb-size-iacrole-abca-application-ecs", "rb-limit-cfn-exec-trust"}) {
      picked.put(key, a.get(key));
    }
    assertEquals(new TreeMap<>(Map.ofEntries(
        Map.entry("rb-managed-limit", "6,144"), Map.entry("rb-trust-limit", "2,048"), Map.entry("rb-inline-limit", "10,240"),
        Map.entry("rb-managed-per-role", "10"), Map.entry("rb-managed-count", "3"), Map.entry("rb-managed-count-word", "three"),
        Map.entry("rb-stack", "backgroundagent-dev"), Map.entry("rb-qualifier", "hnb659fds"), Map.entry("rb-validated-in", "us-east-1"),
        Map.entry("rb-cloudtrail-actions", "36"), Map.entry("rb-iterations", "7"), Map.entry("rb-version", "1.0.0"),
        Map.entry("rb-variant-count", "1"), Map.entry("rb-wildcard-statements", "10"), Map.entry("rb-param-account", "ACCOUNT_ID"),
        Map.entry("rb-size-iacrole-abca-infrastructure", "4,396"), Map.entry("rb-worst-iacrole-abca-infrastructure", "4,522"),
        Map.entry("rb-headroom-iacrole-abca-infrastructure", "1,622"), Map.entry("rb-percent-iacrole-abca-infrastructure", "71%"),
        Map.entry("rb-size-iacrole-abca-application-ecs", "4,167"), Map.entry("rb-limit-cfn-exec-trust", "2,048"))), picked);
    assertEquals(70, a.size());
    dev.rolebook.catalog.Catalog c = SharedRenderer.fixture().catalog();
    assertEquals(c.source(), a.get("rb-catalog-source"));
    assertEquals(c.date(), a.get("rb-catalog-date"));
    assertEquals(SharedRenderer.fixture().hash(), a.get("rb-sha256"));
  }
}
