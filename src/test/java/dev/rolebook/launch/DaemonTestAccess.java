package dev.rolebook.launch;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/** Lets tests of other packages ask a daemon as a check's first JVM would. */
public final class DaemonTestAccess {
  private DaemonTestAccess() {}

  public static OptionalInt ask(Path address, List<String> args, OutputStream out, OutputStream err) {
    DaemonWire.Request r = new DaemonWire.Request(DaemonWire.VERSION, "", System.getProperty("user.dir"), args, "UTF-8", "UTF-8");
    return Daemons.ask(address, r, out, err);
  }
}
