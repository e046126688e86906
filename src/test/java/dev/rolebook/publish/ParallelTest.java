package dev.rolebook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void keepsTheOrderOfTheList() {
    List<Integer> in = IntStream.range(0, 500).boxed().toList();
    assertEquals(in.stream().map(i -> i * i).toList(), Parallel.map(in, i -> i * i));
    assertEquals(List.of(), Parallel.map(List.<Integer>of(), i -> i));
    assertEquals(List.of("x"), Parallel.map(List.of("x"), s -> s));
  }

  @Test
  void theFirstFailureIsRethrownAsItWasThrown() {
    IllegalArgumentException thrown = new IllegalArgumentException("target 7");
    IllegalArgumentException caught = assertThrows(IllegalArgumentException.class,
        () -> Parallel.map(IntStream.range(0, 20).boxed().toList(), i -> {
          if (i == 7) {
            throw thrown;
          }
          return i;
        }));
    assertSame(thrown, caught);
  }
}
