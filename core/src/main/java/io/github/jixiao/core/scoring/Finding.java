package io.github.jixiao.core.scoring;

import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.text.Texts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
 * @param code what was found, which fixes the wording of its message and its default severity
 * @param path the place of the form it is about, such as {@code $.funding.total.executed}
 * @param severity how grave the finding is: the code's ({@link FindingCode#severity()}) unless a
 *     profile sets another ({@link IndicatorRules#bandSeverity()} for {@link
 *     FindingCode#QUALITATIVE_SCORE_OUTSIDE_BAND})
 * @param expected what the cell should hold by the rules, where numbers are compared
 * @param actual what the cell holds (or, for a sum, what the parts add up to), where numbers are
 *     compared
 * @param expectedText what the cell should hold where that is not a number: a band such as {@code
 *     [5.00, 6.25)}, a deadline's date such as {@code 2024-12-31}
 * @param actualText what the cell holds where that is not a number: a date such as {@code
 *     2025-03-31}
 * @param expectedGrade the grade the cell should hold by the rules, where grades are compared
 *     ({@code GRADE_MISMATCH}: the grade of the computed total)
 * @param actualGrade the grade the cell holds, where grades are compared ({@code GRADE_MISMATCH}:
 *     the grade the form prints)
 * @param subject what the finding is about in the form's own words (an indicator's name, a level's
 *     label) or, for {@code GRADE_MISMATCH}, the computed total its grade is of, written to the
 *     scorecard's places ({@code 88.60}), for the message; empty when the path says it all
 * @param detail the message's further figure or words, where its code has one: the band's text as
 *     the form states it ({@code 达成年度指标}), the deduction ({@code 2.5}), the execution rate of a
 *     capped total ({@code 79.99})
 * @param level the standard level the finding is about where its path names none: a level the form
 *     lacks, for {@code NONSTANDARD_LEVEL_WEIGHT} at {@code $.levels}; part of the finding's {@link
 *     #id()}
 * @param location where that place was read (a line of a JSON document, a workbook cell); empty for
 *     a form built in code or read without a source map, and for a place no value stands at
 */
public record Finding(
    FindingCode code,
    FormPath path,
    Severity severity,
    Optional<BigDecimal> expected,
    Optional<BigDecimal> actual,
    Optional<String> expectedText,
    Optional<String> actualText,
    Optional<Grade> expectedGrade,
    Optional<Grade> actualGrade,
    Optional<String> subject,
    Optional<String> detail,
    Optional<Level> level,
    Optional<SourceLocation> location) {

  private static final String BUNDLE = "io.github.jixiao.core.scoring.FindingMessages";

  /** The number of hex digits of an {@link #id()}. */
  private static final int ID_DIGITS = 16;

  /**
   * Checks the arguments.
   *
   * @param code what was found, which fixes the wording of its message and its default severity
   * @param path the place of the form it is about, such as {@code $.funding.total.executed}
   * @param severity how grave the finding is: the code's unless a profile sets another
   * @param expected what the cell should hold by the rules, where numbers are compared
   * @param actual what the cell holds (or, for a sum, what the parts add up to), where numbers are
   *     compared
   * @param expectedText what the cell should hold where that is not a number (a band, a date)
   * @param actualText what the cell holds where that is not a number (a date)
   * @param expectedGrade the grade the cell should hold by the rules, where grades are compared
   * @param actualGrade the grade the cell holds, where grades are compared
   * @param subject what the finding is about in the form's own words (an indicator's name, a
   *     level's label) or, for {@code GRADE_MISMATCH}, the computed total its grade is of, for the
   *     message; empty when the path says it all
   * @param detail the message's further figure or words, where its code has one
   * @param level the standard level the finding is about where its path names none
   * @param location where that place was read (a line of a JSON document, a workbook cell); empty
   *     for a form built in code or read without a source map, and for a place no value stands at
   * @throws IllegalArgumentException if the finding compares grades and numbers or texts too, or
   *     gives an expected (or actual) value both as a number and as text
   * @throws NullPointerException if an argument is null
   */
  public Finding {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    expected =
        Objects.requireNonNull(expected, "expected must not be null").map(Rounding::canonical);
    actual = Objects.requireNonNull(actual, "actual must not be null").map(Rounding::canonical);
    Objects.requireNonNull(expectedText, "expectedText must not be null");
    Objects.requireNonNull(actualText, "actualText must not be null");
    Objects.requireNonNull(expectedGrade, "expectedGrade must not be null");
    Objects.requireNonNull(actualGrade, "actualGrade must not be null");
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(detail, "detail must not be null");
    Objects.requireNonNull(level, "level must not be null");
    Objects.requireNonNull(location, "location must not be null");
    boolean values =
        expected.isPresent()
            || actual.isPresent()
            || expectedText.isPresent()
            || actualText.isPresent();
    if (values && (expectedGrade.isPresent() || actualGrade.isPresent())) {
      throw new IllegalArgumentException(
          code + " at " + path + " compares numbers or grades, not both");
    }
    if (expected.isPresent() && expectedText.isPresent()
        || actual.isPresent() && actualText.isPresent()) {
      throw new IllegalArgumentException(
          code + " at " + path + " gives a value as a number or as text, not both");
    }
  }

  /**
   * A finding at its code's severity, with no text values, detail or level: the form every finding
   * had before rule profiles, as a scorecard reader rebuilds it.
   *
   * @param code what was found, which fixes the finding's severity and the wording of its message
   * @param path the place of the form it is about, such as {@code $.funding.total.executed}
   * @param expected what the cell should hold by the rules, where numbers are compared
   * @param actual what the cell holds (or, for a sum, what the parts add up to), where numbers are
   *     compared
   * @param expectedGrade the grade the cell should hold by the rules, where grades are compared
   * @param actualGrade the grade the cell holds, where grades are compared
   * @param subject what the finding is about in the form's own words, for the message; empty when
   *     the path says it all
   * @param location where that place was read; empty where it is not known
   * @throws IllegalArgumentException if the finding compares both numbers and grades
   * @throws NullPointerException if an argument is null
   */
  public Finding(
      FindingCode code,
      FormPath path,
      Optional<BigDecimal> expected,
      Optional<BigDecimal> actual,
      Optional<Grade> expectedGrade,
      Optional<Grade> actualGrade,
      Optional<String> subject,
      Optional<SourceLocation> location) {
    this(
        code,
        path,
        Objects.requireNonNull(code, "code must not be null").severity(),
        expected,
        actual,
        Optional.empty(),
        Optional.empty(),
        expectedGrade,
        actualGrade,
        subject,
        Optional.empty(),
        Optional.empty(),
        location);
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
   * A finding whose expected and actual values are texts, not numbers: a deadline's date and the
   * actual one ({@code 2024-12-31}, {@code 2025-03-31}). Either may be empty.
   *
   * @param code what was found
   * @param path the place of the form it is about
   * @param expectedText what the cell should hold, or empty
   * @param actualText what the cell holds, or empty
   * @param subject what the finding is about in the form's own words
   * @return the finding, at its code's severity, with no location
   * @throws NullPointerException if an argument is null
   */
  public static Finding ofTexts(
      FindingCode code,
      FormPath path,
      Optional<String> expectedText,
      Optional<String> actualText,
      Optional<String> subject) {
    return new Finding(
        code,
        path,
        Objects.requireNonNull(code, "code must not be null").severity(),
        Optional.empty(),
        Optional.empty(),
        expectedText,
        actualText,
        Optional.empty(),
        Optional.empty(),
        subject,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * This finding, located where its place was read.
   *
   * @param location the location, or empty for none
   * @return a copy with the location replaced
   */
  public Finding withLocation(Optional<SourceLocation> location) {
    return with(
        parts -> parts.location = Objects.requireNonNull(location, "location must not be null"));
  }

  /**
   * This finding at another severity, as a profile sets it ({@link IndicatorRules#bandSeverity()}).
   *
   * @param severity the severity
   * @return a copy with the severity replaced
   * @throws NullPointerException if the severity is null
   */
  public Finding withSeverity(Severity severity) {
    return with(
        parts -> parts.severity = Objects.requireNonNull(severity, "severity must not be null"));
  }

  /**
   * This finding with its expected value written as text rather than as a number: a band such as
   * {@code [5.00, 6.25)}.
   *
   * @param text the expected value as text
   * @return a copy with that text and no expected number
   * @throws NullPointerException if the text is null
   */
  public Finding withExpectedText(String text) {
    Optional<String> expectedText = Optional.of(text);
    return with(
        parts -> {
          parts.expected = Optional.empty();
          parts.expectedText = expectedText;
        });
  }

  /**
   * This finding with the message's further figure or words ({@code {4}}): a band's text, a
   * deduction, an execution rate.
   *
   * @param detail the detail
   * @return a copy with the detail replaced
   * @throws NullPointerException if the detail is null
   */
  public Finding withDetail(String detail) {
    return with(parts -> parts.detail = Optional.of(detail));
  }

  /**
   * This finding about a standard level its path does not name: a level the form lacks, for {@code
   * NONSTANDARD_LEVEL_WEIGHT} at {@code $.levels}. The level becomes part of the {@link #id()}.
   *
   * @param level the level
   * @return a copy with the level replaced
   * @throws NullPointerException if the level is null
   */
  public Finding aboutLevel(Level level) {
    return with(parts -> parts.level = Optional.of(level));
  }

  /** This finding with some of its parts changed: its parts copied, changed, and checked again. */
  private Finding with(Consumer<Parts> change) {
    Parts parts = new Parts(this);
    change.accept(parts);
    return new Finding(
        code,
        path,
        parts.severity,
        parts.expected,
        actual,
        parts.expectedText,
        actualText,
        expectedGrade,
        actualGrade,
        subject,
        parts.detail,
        parts.level,
        parts.location);
  }

  /** The parts of a finding that its {@code with…} methods change. */
  private static final class Parts {
    Severity severity;
    Optional<BigDecimal> expected;
    Optional<String> expectedText;
    Optional<String> detail;
    Optional<Level> level;
    Optional<SourceLocation> location;

    Parts(Finding finding) {
      severity = finding.severity;
      expected = finding.expected;
      expectedText = finding.expectedText;
      detail = finding.detail;
      level = finding.level;
      location = finding.location;
    }
  }

  /**
   * The finding's stable id, the same under every profile and revision so that a reviewer's
   * decision on it survives re-scoring: the first 16 lower-case hex digits of SHA-256 over the
   * UTF-8 bytes of {@code CODE|path}, with {@code |LEVEL} after it where the finding is about a
   * {@link #level()} its path does not name.
   *
   * <pre>{@code
   * // TOTAL_SCORE_MISMATCH|$.reportedTotal
   * finding.id();  // "459e3d190ce5a2b0"
   * }</pre>
   *
   * @return 16 hex digits; severity, message, values and location play no part
   */
  public String id() {
    String key = code.name() + "|" + path + level.map(l -> "|" + l.name()).orElse("");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, ID_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform provides SHA-256 (MessageDigest's contract).
      throw new IllegalStateException("SHA-256 is not available", e);
    }
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
        expected.map(BigDecimal::toPlainString).or(() -> expectedText).orElse(""),
        actual.map(BigDecimal::toPlainString).or(() -> actualText).orElse(""),
        subject.orElse(""),
        detail.orElse(""));
  }
}
