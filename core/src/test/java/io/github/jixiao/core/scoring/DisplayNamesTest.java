package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The words of {@link Severity} and {@link Grade}, written out by hand, in both languages. */
class DisplayNamesTest {

  private static final Locale[] CHINESE = {
    Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.CHINESE
  };
  private static final Locale[] ENGLISH = {Locale.ENGLISH, Locale.FRENCH, Locale.ROOT};

  static Stream<Arguments> severities() {
    return Stream.of(
        Arguments.of(Severity.ERROR, "错误", "错", "ERROR", "E"),
        Arguments.of(Severity.WARNING, "警告", "警", "WARNING", "W"),
        Arguments.of(Severity.INFO, "提示", "提", "INFO", "I"));
  }

  @ParameterizedTest
  @MethodSource("severities")
  void severityNamesItself(
      Severity severity, String chinese, String chineseShort, String english, String englishShort) {
    for (Locale locale : CHINESE) {
      assertEquals(chinese, severity.displayName(locale), locale.toString());
      assertEquals(chineseShort, severity.shortName(locale), locale.toString());
    }
    for (Locale locale : ENGLISH) {
      assertEquals(english, severity.displayName(locale), locale.toString());
      assertEquals(englishShort, severity.shortName(locale), locale.toString());
    }
  }

  static Stream<Arguments> grades() {
    return Stream.of(
        Arguments.of(Grade.EXCELLENT, "优", "EXCELLENT"),
        Arguments.of(Grade.GOOD, "良", "GOOD"),
        Arguments.of(Grade.FAIR, "中", "FAIR"),
        Arguments.of(Grade.POOR, "差", "POOR"));
  }

  @ParameterizedTest
  @MethodSource("grades")
  void gradeNamesItself(Grade grade, String chinese, String english) {
    for (Locale locale : CHINESE) {
      assertEquals(chinese, grade.displayName(locale), locale.toString());
    }
    for (Locale locale : ENGLISH) {
      assertEquals(english, grade.displayName(locale), locale.toString());
    }
  }

  @Test
  void everyConstantIsPinned() {
    assertEquals(
        EnumSet.allOf(Severity.class),
        Set.copyOf(severities().map(a -> (Severity) a.get()[0]).toList()));
    assertEquals(
        EnumSet.allOf(Grade.class), Set.copyOf(grades().map(a -> (Grade) a.get()[0]).toList()));
  }
}
