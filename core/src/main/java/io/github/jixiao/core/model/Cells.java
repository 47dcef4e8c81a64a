package io.github.jixiao.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Normalizes cell values in the records' constructors, so that equal forms are equal records. */
final class Cells {
  private static final int MAX_EXPANDED_ZEROS = 64;

  private Cells() {}

  /**
   * One scale for each number: {@code 12.50} and {@code 12.5} are the same cell, and so are {@code
   * 1E+2} and {@code 100}.
   */
  static BigDecimal number(BigDecimal value, String name) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    BigDecimal stripped = value.stripTrailingZeros();
    // 1E+2 is written 100; 1E+999999999 stays as it is rather than grow a billion digits
    // (validation rejects it as 10^12 or more).
    return stripped.scale() < 0 && stripped.scale() > -MAX_EXPANDED_ZEROS
        ? stripped.setScale(0)
        : stripped;
  }

  /**
   * A figure the form reports, to the places written: {@code 9.30} keeps its two
   * (docs/scoring-rules.md §1.9 counts them), and only a negative scale is written out ({@code
   * 1E+2} is {@code 100}).
   */
  static Optional<BigDecimal> written(Optional<BigDecimal> value, String name) {
    Objects.requireNonNull(value, () -> name + " must not be null; use Optional.empty() for blank");
    return value.map(v -> v.scale() < 0 && v.scale() > -MAX_EXPANDED_ZEROS ? v.setScale(0) : v);
  }

  static Optional<BigDecimal> number(Optional<BigDecimal> value, String name) {
    Objects.requireNonNull(value, () -> name + " must not be null; use Optional.empty() for blank");
    return value.map(v -> number(v, name));
  }

  /** A cell holding only white space is blank, as it is on paper. */
  static Optional<String> text(Optional<String> value, String name) {
    Objects.requireNonNull(value, () -> name + " must not be null; use Optional.empty() for blank");
    return value.filter(s -> !s.isBlank());
  }

  static <T> List<T> list(List<T> values, String name) {
    Objects.requireNonNull(values, () -> name + " must not be null");
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new NullPointerException(name + "[" + i + "] must not be null");
      }
    }
    return List.copyOf(values);
  }

  /** Reads a builder argument: {@code null} is a blank cell; numbers are decimal strings. */
  static Optional<BigDecimal> parse(String value, String name) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(value.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a decimal number: " + value, e);
    }
  }

  static BigDecimal parseRequired(String value, String name) {
    return parse(value, name)
        .orElseThrow(() -> new NullPointerException(name + " must not be null"));
  }
}
