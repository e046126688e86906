package dev.rolebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({
    "function:stack-*, function:stack-AWS*, true",
    "function:stack-*, function:stack-x, true",
    "function:stack-AWS*, function:stack-*, false",
    "*, anything/at/all, true",
    "a?c, a*c, false",
    "a?c, abc, true",
    "a*c, a?c, true",
    "bucket-*, bucket-x/*, true",
    "bucket-x, bucket-y, false",
  })
  void coverage(String wide, String narrow, boolean expected) {
    assertEquals(expected, Glob.covers(wide, narrow));
  }
}
