package io.github.jixiao.core.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IndicatorTest {

  @Test
  void aTargetOrActualThatReadsNotApplicableMarksTheIndicator() {
    // docs/form-json.md §1.2: exactly 不适用 after trimming.
    assertTrue(Indicator.of("时长", " 不适用 ", null, "15", "15").notApplicable());
    assertTrue(Indicator.of("时长", "≤2小时", "不适用", "15", "15").notApplicable());
    assertFalse(Indicator.of("时长", "不适用的除外", "1小时", "15", "15").notApplicable());
    assertFalse(Indicator.of("时长", "≤2小时", "1小时", "15", "15").notApplicable());
  }

  @Test
  void theMarkIsSetAndClearedButATargetThatReadsNotApplicableKeepsIt() {
    Indicator plain = Indicator.of("时长", "≤2小时", "1小时", "15", "15");
    assertTrue(plain.withNotApplicable(true).notApplicable());
    assertFalse(plain.withNotApplicable(true).withNotApplicable(false).notApplicable());
    Indicator written = Indicator.of("时长", "不适用", null, "15", "15");
    assertTrue(written.withNotApplicable(false).notApplicable());
  }
}
