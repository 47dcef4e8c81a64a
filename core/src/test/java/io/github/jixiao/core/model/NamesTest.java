package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The names a document may give a level or a category (docs/form-json.md §1.2). */
class NamesTest {

  @Test
  void aLevelIsNamedByItsCodeItsLabelOrItsLabelWithout指标() {
    for (Level level : Level.values()) {
      assertEquals(Optional.of(level), Level.named(level.name()));
      assertEquals(Optional.of(level), Level.named(level.label()));
    }
    assertEquals(Optional.of(Level.OUTPUT), Level.named("产出"));
    assertEquals(Optional.of(Level.BENEFIT), Level.named("效益"));
    assertEquals(Optional.of(Level.SATISFACTION), Level.named("满意度"));
    assertEquals(Optional.of(Level.COST), Level.named("成本"));
  }

  @Test
  void aLevelNameIsComparedAsGiven() {
    assertEquals(Optional.empty(), Level.named("output"));
    assertEquals(Optional.empty(), Level.named("产出指标 (50分)"));
    assertEquals(Optional.empty(), Level.named(" 产出指标"));
    assertEquals(Optional.empty(), Level.named("投入指标"));
    assertEquals(Optional.empty(), Level.named(""));
  }

  @Test
  void aStandardCategoryIsNamedByItsCodeItsLabelOrItsLabelWithout指标() {
    for (Category category : Category.values()) {
      if (category.isStandard()) {
        assertEquals(Optional.of(category), Category.named(category.name()));
        assertEquals(Optional.of(category), Category.named(category.label()));
      }
    }
    assertEquals(Optional.of(Category.QUANTITY), Category.named("数量"));
    assertEquals(Optional.of(Category.SERVICE_RECIPIENT), Category.named("服务对象满意度"));
    assertEquals(Optional.of(Category.ECOLOGICAL_COST), Category.named("生态环境成本"));
  }

  @Test
  void theReferenceFormsName可持续影响指标可持续发展指标() {
    assertEquals(Optional.of(Category.SUSTAINABILITY), Category.named("可持续发展指标"));
    assertEquals(Optional.of(Category.SUSTAINABILITY), Category.named("可持续发展"));
  }

  @Test
  void noLabelNamesACategoryForOtherLabels() {
    for (Level level : Level.values()) {
      Category other = Category.otherOf(level);
      assertEquals(Optional.empty(), Category.named(other.name()));
      assertEquals(Optional.empty(), Category.named(other.label()));
    }
    assertEquals(Optional.empty(), Category.named("校园用户满意度"));
    assertEquals(Optional.empty(), Category.named("quantity"));
  }
}
