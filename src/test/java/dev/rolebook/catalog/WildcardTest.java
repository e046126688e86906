package dev.rolebook.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardTest {
  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "*, '', true",
    "*, getobject, true",
    "get*, getobject, true",
    "get*, get, true",
    "*object, getobject, true",
    "get*ct, getobject, true",
    "get*ct, getobjectacl, false",
    "?etobject, getobject, true",
    "?etobject, etobject, false",
    "g??, get, true",
    "g??, getx, false",
    "'', '', true",
    "a, b, false",
    "*a*b*, xxaxxbxx, true",
    "*a*b*, xxbxxaxx, false",
  })
  void matches(String pattern, String text, boolean expected) {
    assertEquals(expected, Wildcard.matches(pattern, text));
  }
}
