package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> Indicator.of("指标", null, null, null, null));
    assertEquals("weight must not be null", npe.getMessage());
  }

  @Test
  void blankCellsMustBeEmptyOptionalsNotNull() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                new Indicator(
                    "指标",
                    null,
                    Optional.empty(),
                    BigDecimal.ONE,
                    Optional.empty(),
                    Optional.empty()));
    assertEquals("target must not be null; use Optional.empty() for blank", e.getMessage());
  }

  @Test
  void nullNumbersAndListsAreRejectedWithTheFieldsName() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                new Indicator(
                    "指标",
                    Optional.empty(),
                    Optional.empty(),
                    null,
                    Optional.empty(),
                    Optional.empty()));
    assertEquals("weight must not be null", e.getMessage());
    e =
        assertThrows(
            NullPointerException.class,
            () ->
                new Indicator(
                    "指标",
                    Optional.empty(),
                    Optional.empty(),
                    BigDecimal.ONE,
                    null,
                    Optional.empty()));
    assertEquals("score must not be null; use Optional.empty() for blank", e.getMessage());
    e =
        assertThrows(
            NullPointerException.class, () -> new CategorySection(Category.QUANTITY, null));
    assertEquals("indicators must not be null", e.getMessage());
  }
}
