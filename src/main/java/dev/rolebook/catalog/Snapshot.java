package dev.rolebook.catalog;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The catalog snapshot Rolebook ships ({@value #RESOURCE}), read without a JSON parser so that a
 * cold {@code check} pays little for it. Layout ({@link java.io.DataOutput} primitives; "u2" an
 * unsigned short, "utf" {@code writeUTF}):
 *
 * <pre>
 * header   int magic "RBC1"; utf source; utf date
 *          u2 globals; { utf key; utf type }
 *          u2 services; { utf prefix; utf name; u2 n; { utf foreign key prefix }; int block length }
 * blocks   one per service, in header order, each deflated on its own:
 *          u2 strings; { utf }                          resource-type names and condition keys
 *          u2 types;   { utf name; utf arn; keys }
 *          u2 keys;    { u2 key string; utf type }
 *          u2 actions; { utf name; byte level; u2 resources; { u2 type string; bool required; keys }; keys }
 *          keys = u2 n; { u2 string }
 * </pre>
 *
 * Opening reads the header only (a few kilobytes); a service's block is inflated and parsed the
 * first time the service is asked for.
 */
final class Snapshot implements CatalogData {
  static final String RESOURCE = "iam-catalog.bin";
  static final int MAGIC = 0x52424331; // "RBC1"

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
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      if (in.readInt() != MAGIC) {
        throw new CatalogException("not a Rolebook catalog snapshot (bad magic number)");
      }
      String source = in.readUTF();
      String date = in.readUTF();
      int globals = in.readUnsignedShort();
      List<ConditionKey> keys = new ArrayList<>(globals);
      for (int i = 0; i < globals; i++) {
        keys.add(new ConditionKey(in.readUTF(), in.readUTF()));
      }
      int services = in.readUnsignedShort();
      String[] prefix = new String[services];
      String[] name = new String[services];
      int[] length = new int[services];
      Map<String, List<String>> foreign = new TreeMap<>();
      for (int i = 0; i < services; i++) {
        prefix[i] = in.readUTF();
        name[i] = in.readUTF();
        int n = in.readUnsignedShort();
        if (n > 0) {
          List<String> f = new ArrayList<>(n);
          for (int j = 0; j < n; j++) {
            f.add(in.readUTF());
          }
          foreign.put(prefix[i], List.copyOf(f));
        }
        length[i] = in.readInt();
      }
      int offset = bytes.length - in.available();
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (int i = 0; i < services; i++) {
        entries.put(prefix[i], new Entry(name[i], offset, length[i]));
        offset += length[i];
      }
      if (offset != bytes.length) {
        throw new CatalogException("truncated catalog snapshot: blocks end at " + offset + " of " + bytes.length + " bytes");
      }
      return new Snapshot(bytes, source, date, List.copyOf(keys), entries, foreign);
    } catch (IOException e) {
      throw new CatalogException("truncated catalog snapshot: " + e.getMessage(), e);
    }
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
    Inflater inflater = new Inflater();
    try (DataInputStream in = new DataInputStream(
        new InflaterInputStream(new ByteArrayInputStream(bytes, e.offset, e.length), inflater, 8192))) {
      String[] strings = new String[in.readUnsignedShort()];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = in.readUTF();
      }
      int typeCount = in.readUnsignedShort();
      Map<String, ResourceType> types = new LinkedHashMap<>();
      for (int i = 0; i < typeCount; i++) {
        String name = in.readUTF();
        types.put(name, new ResourceType(name, in.readUTF(), keys(in, strings)));
      }
      int keyCount = in.readUnsignedShort();
      Map<String, ConditionKey> keys = new LinkedHashMap<>();
      for (int i = 0; i < keyCount; i++) {
        String key = strings[in.readUnsignedShort()];
        keys.put(key, new ConditionKey(key, in.readUTF()));
      }
      AccessLevel[] levels = AccessLevel.values();
      int actionCount = in.readUnsignedShort();
      List<Action> actions = new ArrayList<>(actionCount);
      for (int i = 0; i < actionCount; i++) {
        String name = in.readUTF();
        AccessLevel level = levels[in.readByte()];
        int resourceCount = in.readUnsignedShort();
        List<ActionResource> resources = new ArrayList<>(resourceCount);
        for (int r = 0; r < resourceCount; r++) {
          resources.add(new ActionResource(strings[in.readUnsignedShort()], in.readBoolean(), keys(in, strings)));
        }
        actions.add(new Action(prefix, name, level, resources, keys(in, strings)));
      }
      return new Service(prefix, e.name, actions, types, keys);
    } catch (IOException | RuntimeException x) {
      throw new IllegalStateException("the catalog snapshot's block for '" + prefix + "' is damaged", x);
    } finally {
      inflater.end();
    }
  }

  private static List<String> keys(DataInputStream in, String[] strings) throws IOException {
    int n = in.readUnsignedShort();
    if (n == 0) {
      return List.of();
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = strings[in.readUnsignedShort()];
    }
    return List.of(out);
  }
}
