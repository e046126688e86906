package dev.rolebook.launch;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a client and the {@link Daemon} say to each other over the connection, in turn:
 *
 * <ol>
 *   <li>the daemon, at once: its proof, the second secret of its address file (a program that took
 *       over the port of a daemon that died cannot say it, and the client tells it nothing);
 *   <li>the client: the protocol version and the token, the first secret (a connection without it
 *       gets nothing more read, nor any answer), then the rest of the {@link Request};
 *   <li>the daemon, at once: that it accepts the request, or refuses it (the client then runs the
 *       command itself);
 *   <li>the daemon, when the request's turn comes (one runs at a time): that it has started it;
 *   <li>the daemon, once the command is over: its output as frames (a type byte, a length, the
 *       bytes; standard output and error in the order they were written) and the exit code; or, if
 *       it found when the turn came that it cannot run the command after all, a refusal.
 * </ol>
 */
final class DaemonWire {
  /** Changes whenever the bytes below change; a daemon refuses a client of another version. */
  static final int VERSION = 2;
  static final byte OUT = 1;
  static final byte ERR = 2;
  static final byte EXIT = 3;
  static final byte REFUSED = 4;
  static final byte ACCEPTED = 5;
  static final byte STARTED = 6;
  /** The secrets are 32 hex digits; a longer one is not ours. */
  static final int MAX_SECRET = 64;
  /** More arguments than any command line has: a request that claims so is not ours. */
  private static final int MAX_ARGS = 10_000;
  /** Longer than any argument or path: a longer string is not ours either. */
  private static final int MAX_STRING = 1 << 20;

  private DaemonWire() {}

  /**
   * One run: the token from the daemon's address file (whoever can read it may ask), the client's
   * working directory (the daemon serves one), the arguments, and the charsets the client's
   * standard output and error would encode text in.
   */
  record Request(int version, String token, String workingDirectory, List<String> args, String outCharset, String errCharset) {
    Request {
      args = List.copyOf(args);
    }

    Request withToken(String t) {
      return new Request(version, t, workingDirectory, args, outCharset, errCharset);
    }
  }

  static void write(Request r, DataOutputStream out) throws IOException {
    out.writeInt(r.version());
    writeString(r.token(), out);
    writeString(r.workingDirectory(), out);
    out.writeInt(r.args().size());
    for (String a : r.args()) {
      writeString(a, out);
    }
    writeString(r.outCharset(), out);
    writeString(r.errCharset(), out);
    out.flush();
  }

  /** The version and token a request starts with; empty when the version is another. */
  static java.util.Optional<String> readToken(DataInputStream in) throws IOException {
    int version = in.readInt();
    if (version != VERSION) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(readString(in, MAX_SECRET));
  }

  /** The rest of a request whose token {@link #readToken} read and the daemon accepted. */
  static Request readRest(String token, DataInputStream in) throws IOException {
    String cwd = readString(in, MAX_STRING);
    int n = in.readInt();
    if (n < 0 || n > MAX_ARGS) {
      throw new IOException("not a request: " + n + " arguments");
    }
    List<String> args = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      args.add(readString(in, MAX_STRING));
    }
    return new Request(VERSION, token, cwd, args, readString(in, MAX_STRING), readString(in, MAX_STRING));
  }

  /** Whether two secrets are equal, in a time that does not depend on where they differ. */
  static boolean sameSecret(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < a.length(); i++) {
      diff |= a.charAt(i) ^ b.charAt(i);
    }
    return diff == 0;
  }

  /** The daemon's proof, the first thing it says. */
  static void writeProof(String proof, DataOutputStream out) throws IOException {
    writeString(proof, out);
    out.flush();
  }

  static String readProof(DataInputStream in) throws IOException {
    return readString(in, MAX_SECRET);
  }

  private static void writeString(String s, DataOutputStream out) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in, int max) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > max) {
      throw new IOException("not ours: a string of " + n + " bytes");
    }
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new java.io.EOFException("cut off");
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  /**
   * The output of one run, kept in the order it was written; a run of writes to the same stream
   * makes one frame. Sent only once the command is over, so that a daemon that dies part way has
   * printed nothing and the client can still run the command itself.
   */
  static final class Recording {
    private final List<Frame> frames = new ArrayList<>();
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private byte currentType;

    /** A stream whose bytes are recorded as {@code type} ({@link #OUT} or {@link #ERR}). */
    OutputStream stream(byte type) {
      return new OutputStream() {
        @Override
        public void write(int b) {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          record(type, b, off, len);
        }
      };
    }

    private synchronized void record(byte type, byte[] b, int off, int len) {
      if (len == 0) {
        return;
      }
      if (type != currentType) {
        endFrame();
        currentType = type;
      }
      current.write(b, off, len);
    }

    private void endFrame() {
      if (current.size() > 0) {
        frames.add(new Frame(currentType, current.toByteArray()));
        current.reset();
      }
    }

    /** Sends every frame, then the exit code. */
    synchronized void send(int exitCode, DataOutputStream out) throws IOException {
      endFrame();
      for (Frame f : frames) {
        out.writeByte(f.type());
        out.writeInt(f.bytes().length);
        out.write(f.bytes());
      }
      out.writeByte(EXIT);
      out.writeInt(exitCode);
      out.flush();
    }
  }

  /** Bytes written in a row to one stream: {@link #OUT} or {@link #ERR}. */
  record Frame(byte type, byte[] bytes) {}

  /** A whole answer as the client reads it: the frames, then the exit code. */
  record Answer(List<Frame> frames, int exitCode) {
    /**
     * Reads, after {@link #STARTED}, up to the exit code; empty when the daemon refused after all
     * or the answer was cut short (then nothing of it may be printed).
     */
    static java.util.Optional<Answer> read(DataInputStream in) throws IOException {
      List<Frame> frames = new ArrayList<>();
      try {
        while (true) {
          byte type = in.readByte();
          if (type == EXIT) {
            return java.util.Optional.of(new Answer(frames, in.readInt()));
          }
          if (type != OUT && type != ERR) {
            return java.util.Optional.empty(); // refused, or not ours
          }
          int n = in.readInt();
          byte[] bytes = n < 0 ? new byte[0] : in.readNBytes(n);
          if (n < 0 || bytes.length != n) {
            return java.util.Optional.empty();
          }
          frames.add(new Frame(type, bytes));
        }
      } catch (EOFException e) {
        return java.util.Optional.empty();
      }
    }
  }
}
