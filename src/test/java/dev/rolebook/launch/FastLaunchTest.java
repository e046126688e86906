package dev.rolebook.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastLaunchTest {
  private static final String MAIN = "dev.rolebook.cli.Main";

  @TempDir Path temp;
  private Path jar;
  private Map<String, String> props;
  private Map<String, String> env;
  private List<String> jvmArgs;
  private String vm;

  @BeforeEach
  void setUp() throws IOException {
    jar = Files.write(temp.resolve("rolebook.jar"), new byte[] {1});
    props = new HashMap<>(Map.of("java.class.path", jar.toString(), "java.vm.version", "17.0.15",
        "user.home", temp.resolve("home").toString()));
    env = new HashMap<>();
    jvmArgs = List.of();
    vm = "OpenJDK 64-Bit Server VM";
  }

  private Optional<FastLaunch.Plan> plan(boolean create, String... args) {
    return FastLaunch.plan(new FastLaunch.Environment(props, env, jvmArgs, "/jdk", vm, 17), MAIN, List.of(args), FastLaunch.Profile.ASCIIDOCTOR, create);
  }

  private List<String> command(boolean create, String... args) {
    return plan(create, args).orElseThrow().command();
  }

  @Test
  void relaunchesWithTheFastOptionsTheQuietLogAndTheSameArguments() {
    List<String> c = command(true, "render", "--out", "x");
    assertEquals("/jdk/bin/java", c.get(0));
    assertTrue(c.containsAll(FastLaunch.FAST_OPTIONS));
    assertTrue(c.containsAll(FastLaunch.QUIET_OPTIONS));
    assertTrue(c.contains("-D" + FastLaunch.LAUNCHED + "=1"), "marks the child so it never relaunches again");
    assertEquals(List.of("-cp", jar.toString(), MAIN, "render", "--out", "x"), c.subList(c.size() - 6, c.size()));
  }

  @Test
  void firstRunCreatesTheArchiveInTheUserCacheThenUsesIt() throws IOException {
    FastLaunch.Plan first = plan(true, "render").orElseThrow();
    Path tmp = first.creating().orElseThrow();
    assertEquals(temp.resolve("home/.cache/rolebook"), tmp.getParent());
    assertTrue(first.command().contains("-XX:ArchiveClassesAtExit=" + tmp));
    assertTrue(first.command().stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")));

    Files.write(tmp, new byte[] {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 0});
    Path archive = first.archive().orElseThrow().commit(tmp).orElseThrow();
    FastLaunch.Plan second = plan(true, "render").orElseThrow();
    assertTrue(second.command().contains("-XX:SharedArchiveFile=" + archive));
    assertTrue(second.creating().isEmpty());
  }

  private Optional<FastLaunch.Plan> checkPlan() {
    return FastLaunch.plan(new FastLaunch.Environment(props, env, jvmArgs, "/jdk", vm, 17), MAIN,
        List.of("check"), FastLaunch.Profile.CHECK, true);
  }

  @Test
  void checkRunsHereFirstThenWritesItsOwnArchiveOnC1Alone() throws IOException {
    assertTrue(checkPlan().isEmpty(), "a build's first check runs in this JVM: writing the archive would cost it");
    FastLaunch.Plan second = checkPlan().orElseThrow();
    assertTrue(second.command().containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")));
    assertTrue(second.command().stream().noneMatch(a -> a.startsWith("-Djruby")), "no JRuby in a check");
    Path checkArchive = second.creating().orElseThrow();
    Path renderArchive = plan(true, "render").orElseThrow().creating().orElseThrow();
    assertNotEquals(checkArchive.getFileName().toString().substring(0, 18), renderArchive.getFileName().toString().substring(0, 18),
        "another place in the cache: neither evicts the other");

    Files.write(checkArchive, new byte[] {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 0});
    Path archive = second.archive().orElseThrow().commit(checkArchive).orElseThrow();
    assertTrue(checkPlan().orElseThrow().command().contains("-XX:SharedArchiveFile=" + archive));
    try (java.util.stream.Stream<Path> files = Files.list(archive.getParent())) {
      assertEquals(List.of(archive.getFileName().toString()), files.map(p -> p.getFileName().toString()).toList(),
          "the mark of the first run goes with the archive's commit");
    }
  }

  @Test
  void aCheckThatUsesItsArchiveStartsADaemonForTheNextOne() throws IOException {
    props.put("user.dir", temp.resolve("project").toString());
    props.put("user.name", System.getProperty("user.name"));
    String daemonMain = "dev.rolebook.cli.CheckDaemonMain";
    FastLaunch.Environment e = new FastLaunch.Environment(props, env, jvmArgs, "/jdk", vm, 17);
    assertTrue(FastLaunch.plan(e, MAIN, List.of("check"), FastLaunch.Profile.CHECK, true, daemonMain).isEmpty());
    FastLaunch.Plan second = FastLaunch.plan(e, MAIN, List.of("check"), FastLaunch.Profile.CHECK, true, daemonMain).orElseThrow();
    assertTrue(second.daemon().isEmpty(), "the run that writes the archive starts no daemon");
    Path tmp = second.creating().orElseThrow();
    Files.write(tmp, new byte[] {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 0});
    Path archive = second.archive().orElseThrow().commit(tmp).orElseThrow();

    FastLaunch.Plan third = FastLaunch.plan(e, MAIN, List.of("check", "--strict"), FastLaunch.Profile.CHECK, true, daemonMain).orElseThrow();
    List<String> daemon = third.daemon().orElseThrow().command();
    assertEquals(temp.resolve("home/.cache/rolebook/daemons"), third.daemon().orElseThrow().address().getParent());
    assertTrue(daemon.contains("-XX:SharedArchiveFile=" + archive));
    assertEquals(List.of(daemonMain, third.daemon().orElseThrow().address().toString(), "900", "check", "--strict"),
        daemon.subList(daemon.size() - 5, daemon.size()));
    assertTrue(FastLaunch.plan(e, MAIN, List.of("check"), FastLaunch.Profile.CHECK, true, null).orElseThrow().daemon().isEmpty(),
        "only a command that names its daemon gets one");
    env.put("CI", "true");
    FastLaunch.Environment ci = new FastLaunch.Environment(props, env, jvmArgs, "/jdk", vm, 17);
    assertTrue(FastLaunch.plan(ci, MAIN, List.of("check"), FastLaunch.Profile.CHECK, true, daemonMain).orElseThrow().daemon().isEmpty());
  }

  @Test
  void aJarOfTheClassesStandsInForTheirDirectory() throws IOException {
    Path classes = Files.createDirectories(temp.resolve("target/classes"));
    Path siteJar = Files.write(temp.resolve("target/rolebook-site.jar"), new byte[] {2});
    props.put("java.class.path", classes + java.io.File.pathSeparator + jar);
    assertFalse(plan(true, "render").isPresent(), "a directory cannot be archived");
    props.put(FastLaunch.CLASSES_JAR, siteJar.toString());
    List<String> c = command(true, "render");
    assertEquals(siteJar + java.io.File.pathSeparator + jar, c.get(c.indexOf("-cp") + 1));
    props.put(FastLaunch.CLASSES_JAR, temp.resolve("missing.jar").toString());
    assertFalse(plan(true, "render").isPresent(), "no such jar: the directory stays, and so does the first JVM");
  }

  @Test
  void serveUsesAnArchiveButNeverCreatesOne() {
    FastLaunch.Plan p = plan(false, "serve").orElseThrow();
    assertTrue(p.creating().isEmpty());
    assertTrue(p.command().stream().noneMatch(a -> a.contains("Archive")));
  }

  @Test
  void theCacheDirectoryComesFromThePropertyThenXdgThenHome() {
    env.put("XDG_CACHE_HOME", temp.resolve("xdg").toString());
    assertEquals(temp.resolve("xdg/rolebook"), plan(true, "render").orElseThrow().creating().orElseThrow().getParent());
    props.put("rolebook.cds.dir", temp.resolve("target").toString());
    assertEquals(temp.resolve("target"), plan(true, "render").orElseThrow().creating().orElseThrow().getParent());
    env.put("XDG_CACHE_HOME", "relative/dir");
    props.remove("rolebook.cds.dir");
    assertEquals(temp.resolve("home/.cache/rolebook"), plan(true, "render").orElseThrow().creating().orElseThrow().getParent(),
        "XDG: a relative path is ignored");
  }

  @Test
  void anUnwritableCacheStillRelaunchesWithoutAnArchive() throws IOException {
    Files.writeString(temp.resolve("home"), "a file where the home directory should be");
    FastLaunch.Plan p = plan(true, "render").orElseThrow();
    assertTrue(p.creating().isEmpty());
    assertTrue(p.command().stream().noneMatch(a -> a.contains("Archive")));
    assertTrue(p.command().containsAll(FastLaunch.FAST_OPTIONS));
  }

  @Test
  void theUsersJvmOptionsFollowOursSoTheyWin() {
    jvmArgs = List.of("-Xmx2g", "-XX:TieredStopAtLevel=4", "-Dfoo=bar");
    List<String> c = command(true, "render");
    assertTrue(c.indexOf("-XX:TieredStopAtLevel=4") > c.indexOf("-XX:TieredStopAtLevel=1"));
    assertTrue(c.contains("-Xmx2g") && c.contains("-Dfoo=bar"));
  }

  @Test
  void theUsersOwnClassDataSharingReplacesOurs() {
    jvmArgs = List.of("-Xshare:off");
    assertTrue(command(true, "render").stream().noneMatch(a -> a.contains("Archive")));
    jvmArgs = List.of();
    props.put("rolebook.cds", "false");
    assertTrue(command(true, "render").stream().noneMatch(a -> a.contains("Archive")));
  }

  @Test
  void noRelaunchInTheChildWhenTurnedOffOrWhenItCannotWork() {
    assertTrue(plan(true, "render").isPresent());
    props.put(FastLaunch.LAUNCHED, "1");
    assertFalse(plan(true, "render").isPresent(), "the child itself");
    props.remove(FastLaunch.LAUNCHED);

    props.put("rolebook.fast", "false");
    assertFalse(plan(true, "render").isPresent(), "-Drolebook.fast=false");
    props.remove("rolebook.fast");

    env.put("ROLEBOOK_NO_RELAUNCH", "1");
    assertFalse(plan(true, "render").isPresent(), "ROLEBOOK_NO_RELAUNCH=1");
    env.remove("ROLEBOOK_NO_RELAUNCH");

    props.put("java.class.path", jar + java.io.File.pathSeparator + temp.resolve("classes"));
    assertFalse(plan(true, "render").isPresent(), "a directory on the class path (tests, IDE)");
    props.put("java.class.path", jar.toString());

    jvmArgs = List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005");
    assertFalse(plan(true, "render").isPresent(), "a debugger would bind its port twice");
    jvmArgs = List.of();

    vm = "Eclipse OpenJ9 VM";
    assertFalse(plan(true, "render").isPresent(), "the options are HotSpot's");
  }
}
