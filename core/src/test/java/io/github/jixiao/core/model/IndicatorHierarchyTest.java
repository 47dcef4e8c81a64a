package io.github.jixiao.core.model;

import static java.math.BigDecimal.ONE;
import static java.util.Optional.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class IndicatorHierarchyTest {

  @Test
  void levelsCarryTheirLabelsAndStandardWeights() {
    assertEquals("产出指标", Level.OUTPUT.label());
    assertEquals("Satisfaction", Level.SATISFACTION.displayName(Locale.ENGLISH));
  }

  @Test
  void everyCategoryBelongsToTheLevelThatListsIt() {
    assertEquals(
        List.of(Category.QUANTITY, Category.QUALITY, Category.TIMELINESS, Category.COST),
        Level.OUTPUT.categories());
    assertEquals(
        List.of(Category.ECONOMIC, Category.SOCIAL, Category.ECOLOGICAL, Category.SUSTAINABILITY),
        Level.BENEFIT.categories());
    assertEquals(List.of(Category.SERVICE_RECIPIENT), Level.SATISFACTION.categories());
    assertEquals("可持续影响指标", Category.SUSTAINABILITY.label());
    assertEquals("Cost", Category.COST.displayName(Locale.ENGLISH));
  }

  @Test
  void aCategoryCannotSitUnderAnotherLevel() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                LevelSection.of(
                    Level.BENEFIT,
                    CategorySection.of(Category.SOCIAL),
                    CategorySection.of(Category.COST)));
    assertEquals("categories[1] is COST, which belongs to OUTPUT, not to BENEFIT", e.getMessage());
  }

  @Test
  void indicatorsStreamInTheFormsOrderAcrossCategories() {
    LevelSection output =
        LevelSection.of(
            Level.OUTPUT,
            "50",
            CategorySection.of(
                Category.QUANTITY,
                Indicator.of("a", null, null, "1", "1"),
                Indicator.of("b", null, null, "1", "1")),
            CategorySection.of(Category.COST, Indicator.of("c", null, null, "1", "1")));
    assertEquals(List.of("a", "b", "c"), output.indicators().map(Indicator::name).toList());
  }

  @Test
  void blankTextCellsAreAbsentAndNumbersKeepOneScale() {
    Indicator indicator = Indicator.of("指标", "  ", "\t", "12.50", null).withDeviation(" ");
    assertEquals(Optional.empty(), indicator.target());
    assertEquals(Optional.empty(), indicator.actual());
    assertEquals(Optional.empty(), indicator.deviation());
    assertEquals(Optional.empty(), indicator.score());
    assertEquals("12.5", indicator.weight().toPlainString());
    assertEquals(Indicator.of("指标", null, null, "12.5", null), indicator);
  }

  @Test
  void textIsKeptAsWritten() {
    Indicator indicator = Indicator.of(" 指标 ", " ≥110家次 ", "130家次", "2", "2");
    assertEquals(" 指标 ", indicator.name());
    assertEquals(Optional.of(" ≥110家次 "), indicator.target());
  }

  @Test
  void builderNumbersMustBeDecimalStrings() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Indicator.of("指标", null, null, "12,5", null));
    assertEquals("weight is not a decimal number: 12,5", e.getMessage());
    assertNullRefused("weight must not be null", () -> Indicator.of("指标", null, null, null, null));
  }

  @Test
  void blankCellsMustBeEmptyOptionalsNotNull() {
    assertNullRefused(
        "target must not be null; use Optional.empty() for blank",
        () -> new Indicator("指标", null, empty(), ONE, empty(), empty()));
  }

  @Test
  void nullNumbersAndListsAreRejectedWithTheFieldsName() {
    assertNullRefused(
        "weight must not be null",
        () -> new Indicator("指标", empty(), empty(), null, empty(), empty()));
    assertNullRefused(
        "score must not be null; use Optional.empty() for blank",
        () -> new Indicator("指标", empty(), empty(), ONE, null, empty()));
    assertNullRefused(
        "indicators must not be null", () -> new CategorySection(Category.QUANTITY, null));
  }

  private static void assertNullRefused(String message, Executable construction) {
    assertEquals(message, assertThrows(NullPointerException.class, construction).getMessage());
  }
}
