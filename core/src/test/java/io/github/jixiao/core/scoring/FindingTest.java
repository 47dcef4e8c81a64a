package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jixiao.core.model.FormPath;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class FindingTest {

  private static final Finding TOTAL =
      new Finding(
          FindingCode.TOTAL_SCORE_MISMATCH,
          FormPath.REPORTED_TOTAL,
          Optional.of(new BigDecimal("99.03")),
          Optional.of(new BigDecimal("100.00")),
          Optional.empty());

  @Test
  void messageNamesTheCellAndTheNumbersInChinese() {
    assertEquals(
        "$.reportedTotal：填报总分为 100，按各项得分合计应为 99.03。", TOTAL.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        TOTAL.message(Locale.SIMPLIFIED_CHINESE), TOTAL.message(Locale.TRADITIONAL_CHINESE));
  }

  @Test
  void messageIsEnglishForAnyOtherLocaleWhateverTheDefault() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertEquals(
          "$.reportedTotal: the reported total is 100, but the indicator scores and the funding "
              + "score add up to 99.03.",
          TOTAL.message(Locale.FRENCH));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void indicatorMessagesQuoteTheIndicatorsName() {
    Finding finding =
        new Finding(
            FindingCode.DEDUCTION_WITHOUT_REASON,
            FormPath.indicator(0, 3, 1).field("deviation"),
            Optional.empty(),
            Optional.empty(),
            Optional.of("融合通信互联网端应用等系统成本不高于375万元"));
    assertEquals(
        "$.levels[0].categories[3].indicators[1].deviation：指标“融合通信互联网端应用等系统成本不高于375万元”"
            + "有扣分，但未填写偏差原因分析及改进措施。",
        finding.message(Locale.CHINA));
    assertEquals(Severity.WARNING, finding.severity());
  }

  @Test
  void everyCodeHasAMessageInBothLanguages() {
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.SIMPLIFIED_CHINESE}) {
      ResourceBundle bundle =
          ResourceBundle.getBundle("io.github.jixiao.core.scoring.FindingMessages", locale);
      for (FindingCode code : FindingCode.values()) {
        assertFalse(bundle.getString(code.name()).isBlank(), code + " in " + locale);
      }
    }
    assertEquals(Severity.INFO, FindingCode.SUGGESTED_SCORE_DIFFERS.severity());
  }

  @Test
  void numbersAreKeptInOneScale() {
    assertEquals(Optional.of(new BigDecimal("100")), TOTAL.actual());
  }
}
