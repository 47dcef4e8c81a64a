package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategorySectionTest {
  private static final Indicator ONE = Indicator.of("指标", null, null, "10", "10");

  @Test
  void aStandardLabelIsItsStandardCategoryAndAnyOtherIsKeptAsWritten() {
    CategorySection quantity = CategorySection.of(Level.OUTPUT, "数量指标", ONE);
    assertEquals(Category.QUANTITY, quantity.category());
    assertEquals("数量指标", quantity.label());
    CategorySection efficiency = CategorySection.of(Level.OUTPUT, "效率指标", ONE);
    assertEquals(Category.OTHER_OUTPUT, efficiency.category());
    assertEquals("效率指标", efficiency.label());
    // docs/form-json.md §1.2: a standard label under the wrong level is refused, not kept.
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CategorySection.of(Level.BENEFIT, "数量指标", ONE));
    assertTrue(e.getMessage().endsWith("label: 数量指标"), e.getMessage());
  }

  @Test
  void anOtherCategoryTakesNoStandardLabelButMayTakeItsOwnName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CategorySection(Category.OTHER_OUTPUT, "数量指标", List.of(ONE)));
    assertTrue(
        e.getMessage().contains("must be a nonstandard, non-blank label: 数量指标"), e.getMessage());
    // Every standard label is refused, whichever level it belongs to.
    assertThrows(
        IllegalArgumentException.class,
        () -> new CategorySection(Category.OTHER_OUTPUT, "服务对象满意度指标", List.of(ONE)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CategorySection(Category.OTHER_OUTPUT, " ", List.of(ONE)));
    // The other category's own Chinese name is no standard label: a form may print it.
    assertEquals(
        "其他产出指标", new CategorySection(Category.OTHER_OUTPUT, "其他产出指标", List.of(ONE)).label());
  }
}
