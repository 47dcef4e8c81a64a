package io.github.jixiao.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.reading.Reading;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every target / actual pair of the twelve 2024 reference forms (shared/reference), in {@code
 * reference-indicators.csv}: how each is read and the score the rules suggest, written by hand. A
 * reading is {@code ≥ 3 条} or {@code ≤ 100 万元} (the number as written, its unit), {@code by
 * 2024-11-30} (a deadline's last day), {@code UP}, {@code DOWN} or {@code STATE} (qualitative),
 * {@code list of 3}, or {@code ?} (unrecognized); {@code -} is no suggestion.
 */
class ReferenceIndicatorsTest {

  /** A reading as the table writes it. */
  static String describe(Reading reading) {
    if (reading instanceof Reading.AtLeast r) {
      return ("≥ " + r.quantity().value().toPlainString() + " " + r.quantity().unit().symbol())
          .strip();
    }
    if (reading instanceof Reading.AtMost r) {
      return ("≤ " + r.quantity().value().toPlainString() + " " + r.quantity().unit().symbol())
          .strip();
    }
    if (reading instanceof Reading.Deadline r) {
      return "by " + r.by();
    }
    if (reading instanceof Reading.Qualitative r) {
      return r.direction().name();
    }
    if (reading instanceof Reading.ListOf r) {
      return "list of " + r.items().size();
    }
    return "?";
  }

  @ParameterizedTest(name = "{0} {2} / {3}")
  @CsvFileSource(resources = "/reference-indicators.csv", delimiter = '|', numLinesToSkip = 1)
  void readsAndSuggestsAsWorkedOutByHand(
      String form,
      Category category,
      String target,
      String actual,
      String weight,
      String targetReading,
      String actualReading,
      String suggested) {
    Indicator indicator = Indicator.of("指标", target, actual, weight, weight);
    Suggestions.Advice outcome = Suggestions.DEFAULT.assess(FormPath.ROOT, category, indicator);
    assertEquals(targetReading, describe(outcome.assessment().target()), "target");
    assertEquals(actualReading, describe(outcome.assessment().actual()), "actual");
    assertEquals(
        suggested.equals("-") ? Optional.empty() : Optional.of(new BigDecimal(suggested)),
        outcome.assessment().suggestedScore(),
        "suggested score");
  }
}
