package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

  @ParameterizedTest
  @CsvSource({
    "优, EXCELLENT",
    "良, GOOD",
    "中, FAIR",
    "差, POOR",
    "EXCELLENT, EXCELLENT",
    "GOOD, GOOD",
    "FAIR, FAIR",
    "POOR, POOR"
  })
  void aGradeIsNamedByTheLabelAFormPrintsOrByItsCode(String name, Grade grade) {
    assertEquals(Optional.of(grade), Grade.named(name));
  }

  @ParameterizedTest
  // docs/form-json.md §1.5: no published 自评表 prints another scale; a name is compared as given.
  @ValueSource(strings = {"优秀", "良好", "合格", "不合格", "A", "excellent", " 优", "优 ", ""})
  void anyOtherNameIsNoGrade(String name) {
    assertEquals(Optional.empty(), Grade.named(name));
  }

  @Test
  void eachGradeHasItsPrintedLabelAndItsNamesForAPerson() {
    assertEquals("优", Grade.EXCELLENT.label());
    assertEquals("良", Grade.GOOD.label());
    assertEquals("中", Grade.FAIR.label());
    assertEquals("差", Grade.POOR.label());
    assertEquals("良", Grade.GOOD.displayName(Locale.SIMPLIFIED_CHINESE));
    assertEquals("GOOD", Grade.GOOD.displayName(Locale.ENGLISH));
  }

  @Test
  void aNullNameIsAProgrammerError() {
    assertThrows(NullPointerException.class, () -> Grade.named(null));
  }
}
