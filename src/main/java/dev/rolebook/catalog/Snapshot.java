package dev.rolebook.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The catalog snapshot Rolebook ships ({@value #RESOURCE}), read without a JSON parser so that a
 * cold {@code check} pays little for it. Layout (big-endian; "u1"/"u2" unsigned byte/short, "int"
 * four bytes, "utf" a u2 byte length then that many bytes of UTF-8; read by {@link SnapshotInput}):
 *
 * <pre>
 * header   int magic "RBC2"; utf source; utf date
 *          u2 globals; { utf key; utf type }
 *          u2 services; { utf prefix; utf name; u2 n; { utf foreign key prefix }; int block length }
 * blocks   one per service, in header order, each deflated on its own:
 *          u2 strings; { utf }                          resource-type names and condition keys
 *          u2 types;   { utf name; utf arn; keys }
 *          u2 keys;    { u2 key string; utf type }
 *          u2 actions; { utf name; u1 level; u2 resources; { u2 type string; u1 required; keys }; keys }
 *          keys = u2 n; { u2 string }
 * </pre>
 *
 * Opening reads the header only (a few kilobytes); a service's block is inflated and parsed the
 * first time the service is asked for.
 */
final class Snapshot implements CatalogData {
  static final String RESOURCE = "iam-catalog.bin";
  static final int MAGIC = 0x52424332; // "RBC2"

  private final byte[] bytes;
  private final String source;
  private final String date;
  private final List<ConditionKey> globalKeys;
  private final List<String> prefixes;
  private final Map<String, Entry> entries;
  private final Map<String, List<String>> foreign;

  private record Entry(String name, int offset, int length) {}

  private Snapshot(byte[] bytes, String source, String date, List<ConditionKey> globalKeys, Map<String, Entry> entries, Map<String, List<String>> foreign) {
    this.bytes = bytes;
    this.source = source;
    this.date = date;
    this.globalKeys = globalKeys;
    this.entries = entries;
    this.prefixes = List.copyOf(entries.keySet());
    this.foreign = foreign;
  }

  /** The snapshot on the class path, next to this class. */
  static Snapshot bundled() {
    try (InputStream in = Snapshot.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the IAM catalog snapshot " + RESOURCE + " is missing from the class path");
      }
      return read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the IAM catalog snapshot", e);
    }
  }

  static Snapshot read(byte[] bytes) {
    SnapshotInput in = new SnapshotInput(bytes, 0, bytes.length);
    if (bytes.length < 4 || in.i4() != MAGIC) {
      throw new CatalogException("not a Rolebook catalog snapshot (bad magic number)");
    }
    String source = in.str();
    String date = in.str();
    int globals = in.u2();
    List<ConditionKey> keys = new ArrayList<>(globals);
    for (int i = 0; i < globals; i++) {
      keys.add(new ConditionKey(in.str(), in.str()));
    }
    int services = in.u2();
    String[] prefix = new String[services];
    String[] name = new String[services];
    int[] length = new int[services];
    Map<String, List<String>> foreign = new TreeMap<>();
    for (int i = 0; i < services; i++) {
      prefix[i] = in.str();
      name[i] = in.str();
      int n = in.u2();
      if (n > 0) {
        String[] f = new String[n];
        for (int j = 0; j < n; j++) {
          f[j] = in.str();
        }
        foreign.put(prefix[i], List.of(f));
      }
      length[i] = in.i4();
    }
    int offset = in.position();
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < services; i++) {
      entries.put(prefix[i], new Entry(name[i], offset, length[i]));
      offset += length[i];
    }
    if (offset != bytes.length) {
      throw new CatalogException("truncated catalog snapshot: blocks end at " + offset + " of " + bytes.length + " bytes");
    }
    return new Snapshot(bytes, source, date, List.copyOf(keys), entries, foreign);
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
  public Map<String, List<String>> foreignKeyPrefixes() {
    return foreign;
  }

  @Override
  public Service load(String prefix) {
    Entry e = entries.get(prefix);
    try {
      byte[] block = inflate(e);
      SnapshotInput in = new SnapshotInput(block, 0, block.length);
      String[] strings = new String[in.u2()];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = in.str();
      }
      int typeCount = in.u2();
      Map<String, ResourceType> types = new LinkedHashMap<>();
      for (int i = 0; i < typeCount; i++) {
        String name = in.str();
        types.put(name, new ResourceType(name, in.str(), keys(in, strings)));
      }
      int keyCount = in.u2();
      Map<String, ConditionKey> keys = new LinkedHashMap<>();
      for (int i = 0; i < keyCount; i++) {
        String key = strings[in.u2()];
        keys.put(key, new ConditionKey(key, in.str()));
      }
      AccessLevel[] levels = AccessLevel.values();
      int actionCount = in.u2();
      List<Action> actions = new ArrayList<>(actionCount);
      for (int i = 0; i < actionCount; i++) {
        String name = in.str();
        AccessLevel level = levels[in.u1()];
        int resourceCount = in.u2();
        List<ActionResource> resources = new ArrayList<>(resourceCount);
        for (int r = 0; r < resourceCount; r++) {
          resources.add(new ActionResource(strings[in.u2()], in.u1() != 0, keys(in, strings)));
        }
        actions.add(new Action(prefix, name, level, resources, keys(in, strings)));
      }
      return new Service(prefix, e.name, actions, types, keys);
    } catch (RuntimeException x) {
      throw new IllegalStateException("the catalog snapshot's block for '" + prefix + "' is damaged", x);
    }
  }

  /** One service's block, inflated whole (the writer deflates each block on its own). */
  private byte[] inflate(Entry e) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(bytes, e.offset, e.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(e.length * 6);
      byte[] buf = new byte[Math.max(1024, e.length * 6)];
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalStateException("block ends early");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException x) {
      throw new IllegalStateException(x.getMessage(), x);
    } finally {
      inflater.end();
    }
  }

  private static List<String> keys(SnapshotInput in, String[] strings) {
    int n = in.u2();
    if (n == 0) {
      return List.of();
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = strings[in.u2()];
    }
    return List.of(out);
  }
}
