package io.github.jixiao.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.Level;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void levelsAreReadFromCodesLabelsAndHeaders() {
    assertEquals(Level.OUTPUT, Labels.level("OUTPUT").orElseThrow().level());
    assertEquals(Level.BENEFIT, Labels.level("效益指标").orElseThrow().level());
    assertEquals(Level.SATISFACTION, Labels.level("满意度").orElseThrow().level());
    // The reference forms print 产出指标 (50分), with a half-width or a full-width bracket.
    Labels.LevelName header = Labels.level("产出指标 (50分)").orElseThrow();
    assertEquals(Level.OUTPUT, header.level());
    assertEquals(Optional.of(new BigDecimal("50")), header.labelWeight());
    assertEquals(
        Optional.of(new BigDecimal("12.5")),
        Labels.level("满意度指标（12.5分）").orElseThrow().labelWeight());
    assertEquals(Optional.empty(), Labels.level("output"));
    assertEquals(Optional.empty(), Labels.level("投入指标 (50分)"));
  }

  @Test
  void categoriesAreReadFromCodesLabelsAndTheVariantsOfRealForms() {
    assertEquals(Optional.of(Category.COST), Labels.category("COST"));
    assertEquals(Optional.of(Category.QUANTITY), Labels.category("数量指标"));
    assertEquals(Optional.of(Category.QUANTITY), Labels.category("数量"));
    assertEquals(Optional.of(Category.SUSTAINABILITY), Labels.category("可持续发展指标"));
    assertEquals(Optional.of(Category.SUSTAINABILITY), Labels.category("可持续 影响指标"));
    assertEquals(Optional.of(Category.SERVICE_RECIPIENT), Labels.category("服务对象满意度"));
    assertEquals(Optional.empty(), Labels.category("速度指标"));
  }
}
