package io.github.jixiao.core.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which units compare with which (docs/scoring-rules.md §2.1: units must agree). */
class UnitTest {

  private static Unit unit(String symbol) {
    return Unit.parse(symbol).orElseThrow();
  }

  @Test
  void unitsOfDifferentDimensionsNeverCompare() {
    assertFalse(unit("%").isComparableWith(unit("家")));
    assertFalse(unit("万元").isComparableWith(unit("天")));
    assertFalse(unit("小时").isComparableWith(unit("%")));
  }

  @Test
  void aCountWordWithABracketedCiAgreesOnlyWithItsOwnStem() {
    // 家(次) counts 家 and 家次; 批次 and 户 are other things.
    assertTrue(unit("家(次)").isComparableWith(unit("家次")));
    assertFalse(unit("家(次)").isComparableWith(unit("批次")));
    assertFalse(unit("户").isComparableWith(unit("家(次)")));
  }

  @Test
  void aCountWordIsOneToSixHanCharactersOrBrackets() {
    // 企业(户次): 企, 业, (, 户, 次, ) — six; one more character is no unit.
    assertEquals(Unit.Dimension.COUNT, unit("企业(户次)").dimension());
    assertEquals(Optional.empty(), Unit.parse("企业家(户次)"));
    assertEquals(Optional.empty(), Unit.parse("家1"));
  }
}
