package io.github.jixiao.core.input.written;

import io.github.jixiao.core.input.SourceLocation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a source wrote in one place of a form, as written: nothing, text, a number or a flag, with
 * where it stands. A source says only this; {@link WrittenForm#resolve()} says what it means.
 *
 * <ul>
 *   <li>{@link Missing}: the source has no value here (a field absent or {@code null}); a required
 *       value is then reported missing at the element that lacks it;
 *   <li>{@link Blank}: a place with nothing in it (a blank cell, a dash in a number cell); a
 *       required number is then reported missing at the place itself;
 *   <li>{@link Text}, {@link Number}, {@link Flag}: a value;
 *   <li>{@link Error}: a cell holding an error value ({@code #REF!}) or a formula that cannot be
 *       evaluated; the resolution reports it where the form needs the value;
 *   <li>{@link Refused}: something the source could not read and has reported already (a cell
 *       holding an error, text where an object must be); it raises nothing more.
 * </ul>
 */
public sealed interface Written
    permits Written.Missing,
        Written.Blank,
        Written.Text,
        Written.Number,
        Written.Flag,
        Written.Error,
        Written.Refused {

  /** No value, and no place: for a value the source does not have at all. */
  Written NOTHING = new Missing(Optional.empty());

  /**
   * Where the value stands.
   *
   * @return its location; empty where the source names none
   */
  Optional<SourceLocation> at();

  /**
   * No value here.
   *
   * @param at where the value would stand (a {@code null}'s place); empty where it is absent
   */
  record Missing(Optional<SourceLocation> at) implements Written {
    /**
     * Checks the location.
     *
     * @param at where the value would stand (a {@code null}'s place); empty where it is absent
     * @throws NullPointerException if the location is null
     */
    public Missing {
      Objects.requireNonNull(at, "at must not be null");
    }
  }

  /**
   * A place with nothing in it.
   *
   * @param at where the blank stands in the source: a document's line and column, or a sheet's
   *     cell; a required number is reported missing there
   */
  record Blank(Optional<SourceLocation> at) implements Written {
    /**
     * Checks the location.
     *
     * @param at where the blank stands in the source: a document's line and column, or a sheet's
     *     cell; a required number is reported missing there
     * @throws NullPointerException if the location is null
     */
    public Blank {
      Objects.requireNonNull(at, "at must not be null");
    }
  }

  /**
   * Text, as written: a number typed as text is text here, and read where a number is meant.
   *
   * @param text the text, untrimmed
   * @param at where it stands in the source: a document's line and column, or a sheet's cell; empty
   *     where the source names none
   */
  record Text(String text, Optional<SourceLocation> at) implements Written {
    /**
     * Checks the parts.
     *
     * @param text the text, untrimmed
     * @param at where it stands in the source: a document's line and column, or a sheet's cell;
     *     empty where the source names none
     * @throws NullPointerException if an argument is null
     */
    public Text {
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(at, "at must not be null");
    }
  }

  /**
   * A number, exact as the source holds it.
   *
   * @param value the number, exact: a document's decimal as its text writes it, a cell's as the
   *     workbook reader reads it (docs/workbooks.md §3)
   * @param at where it stands in the source: a document's line and column, or a sheet's cell; empty
   *     where the source names none
   */
  record Number(BigDecimal value, Optional<SourceLocation> at) implements Written {
    /**
     * Checks the parts.
     *
     * @param value the number, exact: a document's decimal as its text writes it, a cell's as the
     *     workbook reader reads it (docs/workbooks.md §3)
     * @param at where it stands in the source: a document's line and column, or a sheet's cell;
     *     empty where the source names none
     * @throws NullPointerException if an argument is null
     */
    public Number {
      Objects.requireNonNull(value, "value must not be null");
      Objects.requireNonNull(at, "at must not be null");
    }
  }

  /**
   * A flag: {@code true} or {@code false}.
   *
   * @param value true or false as the source wrote it, such as a document's {@code notApplicable}
   * @param at where it stands in the source: a document's line and column, or a sheet's cell; empty
   *     where the source names none
   */
  record Flag(boolean value, Optional<SourceLocation> at) implements Written {
    /**
     * Checks the location.
     *
     * @param value true or false as the source wrote it, such as a document's {@code notApplicable}
     * @param at where it stands in the source: a document's line and column, or a sheet's cell;
     *     empty where the source names none
     * @throws NullPointerException if the location is null
     */
    public Flag {
      Objects.requireNonNull(at, "at must not be null");
    }
  }

  /**
   * A cell holding an error value, or a formula that cannot be evaluated.
   *
   * @param value what the cell holds: {@code #REF!}, or the formula
   * @param at where it stands in the source: a document's line and column, or a sheet's cell; empty
   *     where the source names none
   */
  record Error(String value, Optional<SourceLocation> at) implements Written {
    /**
     * Checks the parts.
     *
     * @param value what the cell holds: {@code #REF!}, or the formula
     * @param at where it stands in the source: a document's line and column, or a sheet's cell;
     *     empty where the source names none
     * @throws NullPointerException if an argument is null
     */
    public Error {
      Objects.requireNonNull(value, "value must not be null");
      Objects.requireNonNull(at, "at must not be null");
    }
  }

  /**
   * Something the source could not read, and has reported with its own problem.
   *
   * @param at where it stands in the source: a document's line and column, or a sheet's cell; empty
   *     where the source names none
   */
  record Refused(Optional<SourceLocation> at) implements Written {
    /**
     * Checks the location.
     *
     * @param at where it stands in the source: a document's line and column, or a sheet's cell;
     *     empty where the source names none
     * @throws NullPointerException if the location is null
     */
    public Refused {
      Objects.requireNonNull(at, "at must not be null");
    }
  }

  /**
   * No value here.
   *
   * @param at where the value would stand; empty where it is absent
   * @return the written value
   */
  static Written missing(Optional<SourceLocation> at) {
    return at.isEmpty() ? NOTHING : new Missing(at);
  }

  /**
   * A place with nothing in it.
   *
   * @param at where the blank stands in the source: a document's line and column, or a sheet's
   *     cell; a required number is reported missing there
   * @return the written value
   */
  static Written blank(Optional<SourceLocation> at) {
    return new Blank(at);
  }

  /**
   * Text as written.
   *
   * @param text the text
   * @param at where it stands in the source: a document's line and column, or a sheet's cell; empty
   *     where the source names none
   * @return the written value
   */
  static Written text(String text, Optional<SourceLocation> at) {
    return new Text(text, at);
  }

  /**
   * A number.
   *
   * @param value the number, exact: a document's decimal as its text writes it, a cell's as the
   *     workbook reader reads it (docs/workbooks.md §3)
   * @param at where it stands in the source: a document's line and column, or a sheet's cell; empty
   *     where the source names none
   * @return the written value
   */
  static Written number(BigDecimal value, Optional<SourceLocation> at) {
    return new Number(value, at);
  }

  /**
   * A flag.
   *
   * @param value true or false as the source wrote it, such as a document's {@code notApplicable}
   * @param at where it stands in the source: a document's line and column, or a sheet's cell; empty
   *     where the source names none
   * @return the written value
   */
  static Written flag(boolean value, Optional<SourceLocation> at) {
    return new Flag(value, at);
  }

  /**
   * A cell holding an error value.
   *
   * @param value what the cell holds
   * @param at where it stands in the source: a document's line and column, or a sheet's cell; empty
   *     where the source names none
   * @return the written value
   */
  static Written error(String value, Optional<SourceLocation> at) {
    return new Error(value, at);
  }

  /**
   * Something the source reported it could not read.
   *
   * @param at where it stands in the source: a document's line and column, or a sheet's cell; empty
   *     where the source names none
   * @return the written value
   */
  static Written refused(Optional<SourceLocation> at) {
    return new Refused(at);
  }
}
