package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.Project;
import org.junit.jupiter.api.Test;

class ScorableNumbersTest {

  private static Project totalling(String reportedTotal) {
    return Project.builder("项目")
        .funding(FundingBreakdown.builder().total("1", "1", "1").build())
        .level(
            Level.OUTPUT,
            "50",
            CategorySection.of(Category.QUANTITY, Indicator.of("指标", null, null, "50", "50")))
        .reportedTotal(reportedTotal)
        .build();
  }

  @Test
  void fortyDigitsBeforeThePointOrFortyPlacesAreScorableAndOneMoreIsNot() {
    // 10^39 has 40 digits, 10^40 has 41; 10^−40 has 40 places, 10^−41 has 41.
    ScorableNumbers.require(totalling("1E+39"));
    ScorableNumbers.require(totalling("1E-40"));
    // The model holds 10^40 written out (scale 0), and 10^−41 as 1E-41.
    String[][] beyond = {{"1E+40", "1" + "0".repeat(40)}, {"1E-41", "1E-41"}};
    for (String[] number : beyond) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> ScorableNumbers.require(totalling(number[0])));
      assertEquals(
          "$.reportedTotal is beyond any number a form can hold (validate the form first): "
              + number[1],
          e.getMessage());
    }
  }

  @Test
  void zeroIsScorableHoweverItIsWritten() {
    ScorableNumbers.require(totalling("0E+999999999"));
    ScorableNumbers.require(totalling("0E-999999999"));
  }
}
