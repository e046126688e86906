package dev.rolebook.catalog;

import java.nio.charset.StandardCharsets;

/**
 * Reads the snapshot's primitives straight from a byte array: big-endian unsigned shorts and ints,
 * and strings as a u2 byte length then UTF-8. Plain array access instead of a DataInputStream,
 * because a cold JVM interprets this code: a stream's per-byte virtual calls cost more than the
 * data they read.
 */
final class SnapshotInput {
  private final byte[] b;
  private int pos;
  private final int end;

  SnapshotInput(byte[] bytes, int offset, int length) {
    this.b = bytes;
    this.pos = offset;
    this.end = offset + length;
  }

  int position() {
    return pos;
  }

  int u1() {
    need(1);
    return b[pos++] & 0xFF;
  }

  int u2() {
    need(2);
    int v = ((b[pos] & 0xFF) << 8) | (b[pos + 1] & 0xFF);
    pos += 2;
    return v;
  }

  int i4() {
    need(4);
    int v = ((b[pos] & 0xFF) << 24) | ((b[pos + 1] & 0xFF) << 16) | ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
    pos += 4;
    return v;
  }

  String str() {
    int n = u2();
    need(n);
    String s = new String(b, pos, n, StandardCharsets.UTF_8);
    pos += n;
    return s;
  }

  private void need(int n) {
    if (pos + n > end) {
      throw new CatalogException("truncated catalog snapshot: needs " + n + " more bytes at " + pos + " of " + end);
    }
  }
}
