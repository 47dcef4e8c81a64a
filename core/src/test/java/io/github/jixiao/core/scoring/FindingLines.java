package io.github.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.List;

/** Findings as one line each, so that a test can compare all of them at once. */
final class FindingLines {
  private FindingLines() {}

  /** {@code CODE path expected actual}, with {@code -} where the finding has no number. */
  static List<String> withNumbers(Scorecard card) {
    return card.findings().stream()
        .map(f -> f.code() + " " + f.path() + " " + plain(f.expected()) + " " + plain(f.actual()))
        .toList();
  }

  /** {@code CODE path}. */
  static List<String> codesAndPaths(Scorecard card) {
    return card.findings().stream().map(f -> f.code() + " " + f.path()).toList();
  }

  private static String plain(java.util.Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("-");
  }
}
