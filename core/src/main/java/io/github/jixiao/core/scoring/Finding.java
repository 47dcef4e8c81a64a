package io.github.jixiao.core.scoring;

import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.text.Texts;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One inconsistency found in a form: what it is, the cell it is about, and the numbers compared
 * (or, for {@link FindingCode#GRADE_MISMATCH}, the grades).
 *
 * <pre>{@code
 * for (Finding f : scorecard.findings()) {
 *   System.out.println(f.severity() + " " + f.path() + " " + f.message(Locale.SIMPLIFIED_CHINESE));
 * }
 * // ERROR $.reportedTotal 填报总分为 100，按各项得分合计应为 99.03。
 * }</pre>
 *
 * @param code what was found, which fixes the finding's severity and the wording of its message
 * @param path the place of the form it is about, such as {@code $.funding.total.executed}
 * @param expected what the cell should hold by the rules, where numbers are compared
 * @param actual what the cell holds (or, for a sum, what the parts add up to), where numbers are
 *     compared
 * @param expectedGrade the grade the cell should hold by the rules, where grades are compared
 *     ({@code GRADE_MISMATCH}: the grade of the computed total)
 * @param actualGrade the grade the cell holds, where grades are compared ({@code GRADE_MISMATCH}:
 *     the grade the form prints)
 * @param subject what the finding is about in the form's own words (an indicator's name, a level's
 *     label) or, for {@code GRADE_MISMATCH}, the computed total its grade is of, written to the
 *     scorecard's places ({@code 88.60}), for the message; empty when the path says it all
 * @param location where that place was read (a line of a JSON document, a workbook cell); empty for
 *     a form built in code or read without a source map, and for a place no value stands at
 */
public record Finding(
    FindingCode code,
    FormPath path,
    Optional<BigDecimal> expected,
    Optional<BigDecimal> actual,
    Optional<Grade> expectedGrade,
    Optional<Grade> actualGrade,
    Optional<String> subject,
    Optional<SourceLocation> location) {

  private static final String BUNDLE = "io.github.jixiao.core.scoring.FindingMessages";

  /**
   * Checks the arguments.
   *
   * @param code what was found, which fixes the finding's severity and the wording of its message
   * @param path the place of the form it is about, such as {@code $.funding.total.executed}
   * @param expected what the cell should hold by the rules, where numbers are compared
   * @param actual what the cell holds (or, for a sum, what the parts add up to), where numbers are
   *     compared
   * @param expectedGrade the grade the cell should hold by the rules, where grades are compared
   * @param actualGrade the grade the cell holds, where grades are compared
   * @param subject what the finding is about in the form's own words (an indicator's name, a
   *     level's label) or, for {@code GRADE_MISMATCH}, the computed total its grade is of, for the
   *     message; empty when the path says it all
   * @param location where that place was read (a line of a JSON document, a workbook cell); empty
   *     for a form built in code or read without a source map, and for a place no value stands at
   * @throws IllegalArgumentException if the finding compares both numbers and grades
   * @throws NullPointerException if an argument is null
   */
  public Finding {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(path, "path must not be null");
    expected =
        Objects.requireNonNull(expected, "expected must not be null").map(Rounding::canonical);
    actual = Objects.requireNonNull(actual, "actual must not be null").map(Rounding::canonical);
    Objects.requireNonNull(expectedGrade, "expectedGrade must not be null");
    Objects.requireNonNull(actualGrade, "actualGrade must not be null");
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(location, "location must not be null");
    if ((expected.isPresent() || actual.isPresent())
        && (expectedGrade.isPresent() || actualGrade.isPresent())) {
      throw new IllegalArgumentException(
          code + " at " + path + " compares numbers or grades, not both");
    }
  }

  /**
   * A finding that compares numbers (or nothing).
   *
   * @param code what was found
   * @param path the place of the form it is about
   * @param expected what the cell should hold, where numbers are compared
   * @param actual what the cell holds, where numbers are compared
   * @param subject what the finding is about in the form's own words
   * @param location where that place was read; empty where it is not known
   * @throws NullPointerException if an argument is null
   */
  public Finding(
      FindingCode code,
      FormPath path,
      Optional<BigDecimal> expected,
      Optional<BigDecimal> actual,
      Optional<String> subject,
      Optional<SourceLocation> location) {
    this(code, path, expected, actual, Optional.empty(), Optional.empty(), subject, location);
  }

  /**
   * A finding that compares two grades, with no source location: {@code GRADE_MISMATCH}.
   *
   * @param code what was found
   * @param path the place of the form it is about, {@code $.reportedGrade}
   * @param expected the grade the cell should hold by the rules
   * @param actual the grade the cell holds
   * @param subject the figure the expected grade is of, as the message prints it
   * @return the finding
   * @throws NullPointerException if an argument is null
   */
  public static Finding ofGrades(
      FindingCode code, FormPath path, Grade expected, Grade actual, String subject) {
    return new Finding(
        code,
        path,
        Optional.empty(),
        Optional.empty(),
        Optional.of(expected),
        Optional.of(actual),
        Optional.of(subject),
        Optional.empty());
  }

  /**
   * A finding with no source location.
   *
   * @param code what was found, which fixes the finding's severity and the wording of its message
   * @param path the place of the form it is about
   * @param expected what the cell should hold, where numbers are compared
   * @param actual what the cell holds, where numbers are compared
   * @param subject what the finding is about in the form's own words
   * @throws NullPointerException if an argument is null
   */
  public Finding(
      FindingCode code,
      FormPath path,
      Optional<BigDecimal> expected,
      Optional<BigDecimal> actual,
      Optional<String> subject) {
    this(code, path, expected, actual, subject, Optional.empty());
  }

  /**
   * This finding, located where its place was read.
   *
   * @param location the location, or empty for none
   * @return a copy with the location replaced
   */
  public Finding withLocation(Optional<SourceLocation> location) {
    return new Finding(code, path, expected, actual, expectedGrade, actualGrade, subject, location);
  }

  /**
   * The severity of the finding's code.
   *
   * @return never null
   */
  public Severity severity() {
    return code.severity();
  }

  /**
   * Whether a reported execution rate is the computed one written as a fraction, not in percent:
   * {@code 0.1446} or {@code 0.14} for 14.46%.
   */
  private boolean looksLikeAFraction() {
    if (code != FindingCode.FUNDING_RATE_MISMATCH || expected.isEmpty() || actual.isEmpty()) {
      return false;
    }
    BigDecimal percent = actual.get().movePointRight(2);
    int places = Rounding.placesOf(percent);
    return percent.compareTo(Rounding.DEFAULT.roundTo(expected.get(), places)) == 0;
  }

  /**
   * A sentence for a person about the finding's subject, with the numbers. It does not start with
   * the path (docs/form-json.md §3): whoever shows it shows the {@link #path} or the {@link
   * #location} beside it.
   *
   * @param locale Chinese for any {@code zh} locale, English for any other
   * @return the message
   */
  public String message(Locale locale) {
    String key = looksLikeAFraction() ? code.name() + ".fraction" : code.name();
    if (expectedGrade.isPresent() || actualGrade.isPresent()) {
      // {1} and {2} the grades in the locale's words, {4} and {5} as the form prints them.
      return Texts.format(
          BUNDLE,
          key,
          locale,
          path.toString(),
          expectedGrade.map(g -> g.displayName(locale)).orElse(""),
          actualGrade.map(g -> g.displayName(locale)).orElse(""),
          subject.orElse(""),
          expectedGrade.map(Grade::label).orElse(""),
          actualGrade.map(Grade::label).orElse(""));
    }
    return Texts.format(
        BUNDLE,
        key,
        locale,
        path.toString(),
        expected.map(BigDecimal::toPlainString).orElse(""),
        actual.map(BigDecimal::toPlainString).orElse(""),
        subject.orElse(""));
  }
}
