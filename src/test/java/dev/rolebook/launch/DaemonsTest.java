package dev.rolebook.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a check asks a daemon, which one, and how one is started. */
class DaemonsTest {
  @TempDir Path temp;
  private Path jar;
  private Map<String, String> props;
  private Map<String, String> env;

  @BeforeEach
  void setUp() throws IOException {
    jar = Files.write(temp.resolve("rolebook.jar"), new byte[] {1});
    props = new HashMap<>(Map.of("java.class.path", jar.toString(), "java.vm.version", "17.0.15",
        "user.home", temp.resolve("home").toString(), "user.dir", temp.resolve("project").toString(),
        "user.name", System.getProperty("user.name")));
    env = new HashMap<>();
  }

  private FastLaunch.Environment environment() {
    return new FastLaunch.Environment(props, env, List.of(), "/jdk", "OpenJDK 64-Bit Server VM", 17);
  }

  private Optional<Path> address(List<String> options) {
    return Daemons.address(environment(), List.of(jar), options);
  }

  @Test
  void offOnCiMachinesAndWhenTurnedOff() {
    assertTrue(Daemons.enabled(environment()));
    env.put("CI", "false");
    assertTrue(Daemons.enabled(environment()), "CI=false is not a CI machine");
    env.put("CI", "true");
    assertFalse(Daemons.enabled(environment()));
    assertEquals(Optional.empty(), address(List.of()));
    env.remove("CI");
    for (String variable : List.of("JENKINS_URL", "TF_BUILD", "TEAMCITY_VERSION", "CODEBUILD_BUILD_ID")) {
      env.put(variable, "x");
      assertFalse(Daemons.enabled(environment()), variable);
      env.remove(variable);
    }
    env.put("ROLEBOOK_NO_DAEMON", "1");
    assertFalse(Daemons.enabled(environment()));
    env.remove("ROLEBOOK_NO_DAEMON");
    props.put("rolebook.daemon", "false");
    assertFalse(Daemons.enabled(environment()));
  }

  @Test
  void oneAddressPerJarJvmOptionsDirectoryAndLocale() throws IOException {
    Path a = address(List.of()).orElseThrow();
    assertEquals(temp.resolve("home/.cache/rolebook/daemons"), a.getParent());
    assertTrue(a.getFileName().toString().matches("check-[0-9a-f]{16}\\.address"), a.toString());
    assertEquals(a, address(List.of()).orElseThrow(), "the same configuration finds the same daemon");
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(a.getParent())));

    assertNotEquals(a, address(List.of("-Xmx1g")).orElseThrow());
    props.put("user.dir", temp.resolve("other").toString());
    assertNotEquals(a, address(List.of()).orElseThrow(), "relative paths mean another project");
    props.put("user.dir", temp.resolve("project").toString());
    env.put("LANG", "de_DE.UTF-8");
    assertNotEquals(a, address(List.of()).orElseThrow());
    env.remove("LANG");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
    assertNotEquals(a, address(List.of()).orElseThrow(), "a rebuilt jar has its own daemon");
  }

  @Test
  void noDaemonInADirectoryOthersMayEnter() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("home/.cache/rolebook/daemons"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(Optional.empty(), address(List.of()));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    assertTrue(address(List.of()).isPresent());
    props.put("user.name", "someone-else");
    assertEquals(Optional.empty(), address(List.of()), "not ours");
  }

  @Test
  void theDaemonsCommandLine() {
    Path address = address(List.of()).orElseThrow();
    Path archive = temp.resolve("rolebook-check.jsa");
    List<String> c = Daemons.command(environment(), address, List.of(jar), List.of("-Xmx2g"), Optional.of(archive),
        "dev.rolebook.cli.CheckDaemonMain", List.of("check", "--strict")).command();
    assertEquals("/jdk/bin/java", c.get(0));
    assertTrue(c.contains("-XX:+UseSerialGC"));
    assertFalse(c.contains("-XX:TieredStopAtLevel=1"), "a daemon lives long enough for C2");
    assertTrue(c.containsAll(FastLaunch.QUIET_OPTIONS));
    assertTrue(c.contains("-XX:ErrorFile=" + address.getParent().resolve("hs_err_pid%p.log")), "crash reports stay out of the project");
    assertTrue(c.indexOf("-XX:SharedArchiveFile=" + archive) < c.indexOf("-Xmx2g"), "the user's options come after ours");
    assertEquals(List.of("-cp", jar.toString(), "dev.rolebook.cli.CheckDaemonMain", address.toString(),
        Long.toString(Daemons.IDLE.toSeconds()), "check", "--strict"), c.subList(c.size() - 7, c.size()));
  }

  @Test
  void theCharsetOfEachStreamAsTheJdkChoosesIt() {
    props.put("file.encoding", "ISO-8859-1");
    assertEquals("ISO-8859-1", Daemons.streamCharset(environment(), "stdout"), "not a terminal on JDK 17: the default");
    props.put("sun.stdout.encoding", "UTF-8");
    assertEquals("UTF-8", Daemons.streamCharset(environment(), "stdout"));
    assertEquals("ISO-8859-1", Daemons.streamCharset(environment(), "stderr"));
    props.put("stderr.encoding", "US-ASCII");
    assertEquals("US-ASCII", Daemons.streamCharset(environment(), "stderr"), "JDK 18 and later name it");
    props.put("stderr.encoding", "no-such-charset");
    assertEquals(java.nio.charset.Charset.defaultCharset().name(), Daemons.streamCharset(environment(), "stderr"));
  }

  @Test
  void atMostFourDaemonsUpAndNoSecondOneWhereOneIsUp() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("daemons"));
    List<java.nio.channels.FileChannel> locks = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < Daemons.MOST; i++) {
        Files.writeString(dir.resolve("check-" + i + ".address"), "1 a b\n");
        java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(dir.resolve("check-" + i + ".address.lock"),
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        c.lock(); // as a live daemon holds it
        locks.add(c);
      }
      Path dead = Files.writeString(dir.resolve("check-dead.address"), "1 a b\n");
      Files.writeString(dir.resolve("check-dead.address.lock"), "");
      assertEquals(Daemons.MOST, Daemons.running(dir));
      assertFalse(Files.exists(dead), "a dead daemon's address file is removed");
      assertFalse(Daemons.worthStarting(dir.resolve("check-new.address")), "four are up");
      locks.remove(0).close();
      assertEquals(Daemons.MOST - 1, Daemons.running(dir));
      assertTrue(Daemons.worthStarting(dir.resolve("check-new.address")));
      assertFalse(Daemons.worthStarting(dir.resolve("check-1.address")), "that one is up already");
    } finally {
      for (java.nio.channels.FileChannel c : locks) {
        c.close();
      }
    }
  }

  @Test
  void theNameHashIsFnv1a() {
    assertEquals("cbf29ce484222325", Daemons.nameHash(""), "the offset basis");
    assertEquals("af63dc4c8601ec8c", Daemons.nameHash("a"), "the published FNV-1a 64 value of 'a'");
  }
}
