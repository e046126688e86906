package dev.rolebook.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The answer's bytes: whole, it replays in order; cut short or refused, nothing of it is kept. */
class DaemonWireTest {
  private static byte[] answer() throws IOException {
    DaemonWire.Recording r = new DaemonWire.Recording();
    r.stream(DaemonWire.OUT).write("a".getBytes(StandardCharsets.UTF_8));
    r.stream(DaemonWire.OUT).write("b".getBytes(StandardCharsets.UTF_8));
    r.stream(DaemonWire.ERR).write("c".getBytes(StandardCharsets.UTF_8));
    r.stream(DaemonWire.OUT).write("d".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    r.send(7, new DataOutputStream(bytes));
    return bytes.toByteArray();
  }

  private static Optional<DaemonWire.Answer> read(byte[] b) throws IOException {
    return DaemonWire.Answer.read(new DataInputStream(new ByteArrayInputStream(b)));
  }

  @Test
  void aWholeAnswerKeepsTheOrderAndJoinsRunsOfOneStream() throws IOException {
    DaemonWire.Answer a = read(answer()).orElseThrow();
    assertEquals(7, a.exitCode());
    assertEquals(List.of((byte) DaemonWire.OUT, (byte) DaemonWire.ERR, (byte) DaemonWire.OUT),
        a.frames().stream().map(DaemonWire.Frame::type).toList());
    assertArrayEquals("ab".getBytes(StandardCharsets.UTF_8), a.frames().get(0).bytes());
  }

  @Test
  void anAnswerCutAnywhereOrRefusedIsNoAnswer() throws IOException {
    byte[] whole = answer();
    for (int end = 0; end < whole.length; end++) {
      assertTrue(read(Arrays.copyOf(whole, end)).isEmpty(), "cut after " + end + " bytes");
    }
    byte[] refused = Arrays.copyOf(whole, whole.length);
    refused[0] = DaemonWire.REFUSED;
    assertTrue(read(refused).isEmpty());
  }

  @Test
  void secretsCompareWhole() {
    assertTrue(DaemonWire.sameSecret("ab12", "ab12"));
    assertFalse(DaemonWire.sameSecret("ab12", "ab13"));
    assertFalse(DaemonWire.sameSecret("ab12", "ab1"));
  }
}
