package io.github.jixiao.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.IndicatorCell;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ProblemTest {
  private static final Problem NEGATIVE =
      Problem.of(
          ProblemCode.NEGATIVE, FormPath.indicator(0, 0, 0).cell(IndicatorCell.WEIGHT), "-1");

  @Test
  void messageNamesItsArgumentsInEitherLanguage() {
    assertEquals("must not be negative: -1", NEGATIVE.message(Locale.ENGLISH));
    assertEquals("不得为负数：-1", NEGATIVE.message(Locale.SIMPLIFIED_CHINESE));
    // Any zh locale is Chinese; anything else English, whatever the JVM's default.
    assertEquals("不得为负数：-1", NEGATIVE.message(Locale.TRADITIONAL_CHINESE));
    assertEquals("must not be negative: -1", NEGATIVE.message(Locale.FRENCH));
  }

  @Test
  void describeAddsThePathAndTheLocation() {
    assertEquals(
        "$.levels[0].categories[0].indicators[0].weight: must not be negative: -1",
        NEGATIVE.describe(Locale.ENGLISH));
    Problem located = NEGATIVE.at(new SourceLocation.TextPosition(24, 25));
    assertEquals(
        "$.levels[0].categories[0].indicators[0].weight (line 24, column 25): 不得为负数：-1",
        located.describe(Locale.SIMPLIFIED_CHINESE));
    assertEquals(located.describe(Locale.ROOT), located.toString());
    Problem inACell = NEGATIVE.at(new SourceLocation.CellAddress("自评表", 14, 6));
    assertEquals(
        "$.levels[0].categories[0].indicators[0].weight ('自评表'!F14): must not be negative: -1",
        inACell.toString());
  }

  @Test
  void everyCodeHasAMessageInBothLanguages() {
    for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
      ResourceBundle bundle =
          ResourceBundle.getBundle("io.github.jixiao.core.input.ProblemMessages", locale);
      EnumSet<ProblemCode> missing = EnumSet.noneOf(ProblemCode.class);
      for (ProblemCode code : ProblemCode.values()) {
        if (!bundle.keySet().contains(code.name())
            || (locale != Locale.ROOT && bundle.getString(code.name()).equals(englishOf(code)))) {
          missing.add(code);
        }
      }
      assertEquals(EnumSet.noneOf(ProblemCode.class), missing, locale.toString());
    }
  }

  private static String englishOf(ProblemCode code) {
    return ResourceBundle.getBundle("io.github.jixiao.core.input.ProblemMessages", Locale.ROOT)
        .getString(code.name());
  }

  @Test
  void argumentsAreCopiedAndNothingIsNull() {
    List<String> arguments = new java.util.ArrayList<>(List.of("1"));
    Problem problem = new Problem(ProblemCode.NEGATIVE, FormPath.ROOT, arguments, Optional.empty());
    arguments.set(0, "2");
    assertEquals(List.of("1"), problem.arguments());
    assertThrows(
        NullPointerException.class,
        () -> new Problem(null, FormPath.ROOT, List.of(), Optional.empty()));
    assertThrows(
        NullPointerException.class,
        () -> new Problem(ProblemCode.EMPTY, null, List.of(), Optional.empty()));
    assertThrows(
        NullPointerException.class,
        () -> new Problem(ProblemCode.EMPTY, FormPath.ROOT, List.of(), null));
  }
}
