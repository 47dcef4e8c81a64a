package io.github.jixiao.core.input;

import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.text.Texts;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem with a form's input: what it is, the place of the form it is about, and where that
 * place was read. Reading, shape and constraint problems of every source are this one type; a form
 * with any is not scored.
 *
 * <pre>{@code
 * ReadResult read = FormJson.create().read(text);
 * for (Problem p : read.problems()) {
 *   System.err.println(p.describe(Locale.SIMPLIFIED_CHINESE));
 *   // $.levels[0].categories[0].indicators[0].weight (line 24, column 25): 不得为负数：-1
 * }
 * }</pre>
 *
 * <p>The arguments are text, so that a problem reads the same in any language and serializes as it
 * is: a number as its plain digits, a label as written. Where the code {@linkplain
 * ProblemCode#takesReason takes a reason} (why a document is malformed or too large, what a file is
 * instead of a workbook, what is broken in one), the first argument is the reason's name and the
 * others are what the reason names; the message words the reason in the caller's language and puts
 * it in the code's:
 *
 * <pre>{@code
 * Problem p = Problem.of(ProblemCode.MALFORMED, FormPath.ROOT, "EXPECTED_COLON", "1");
 * p.message(Locale.ENGLISH);             // malformed JSON: found ‘1’ where a colon must follow …
 * p.message(Locale.SIMPLIFIED_CHINESE);  // JSON 格式错误：字段名之后应为冒号，却是“1”
 * }</pre>
 *
 * @param code what is wrong: a stable code for a program, which also chooses the message a person
 *     reads
 * @param path the place of the form it is about
 * @param arguments the values its message names (a number, a label), as text; first the reason's
 *     name where the code takes one
 * @param location where the place was read; empty where it is not known (a problem found after
 *     reading, in a form built in code)
 * @serial exclude
 */
public record Problem(
    ProblemCode code, FormPath path, List<String> arguments, Optional<SourceLocation> location)
    implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "io.github.jixiao.core.input.ProblemMessages";

  /**
   * Checks and copies the arguments.
   *
   * @param code what is wrong: a stable code for a program, which also chooses the message a person
   *     reads
   * @param path the place of the form it is about
   * @param arguments the values its message names (a number, a label), as text; first the reason's
   *     name where the code takes one
   * @param location where the place was read; empty where it is not known (a problem found after
   *     reading, in a form built in code)
   * @throws IllegalArgumentException if the code takes a reason and the first argument names none
   *     of the code's reasons
   * @throws NullPointerException if an argument or a list element is null
   */
  public Problem {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(path, "path must not be null");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(location, "location must not be null");
    if (code.takesReason()
        && (arguments.isEmpty() || !Texts.has(BUNDLE, reasonKey(code, arguments.get(0))))) {
      throw new IllegalArgumentException(
          code + " takes a reason of its own as its first argument: " + arguments);
    }
  }

  /**
   * A problem with no known location.
   *
   * @param code what is wrong: a stable code for a program, which also chooses the message a person
   *     reads
   * @param path the place of the form
   * @param arguments the values its message names
   * @return the problem
   */
  public static Problem of(ProblemCode code, FormPath path, String... arguments) {
    return new Problem(code, path, List.of(arguments), Optional.empty());
  }

  /**
   * This problem located where its place was read.
   *
   * @param location the location
   * @return a copy with the location
   */
  public Problem at(SourceLocation location) {
    return new Problem(code, path, arguments, Optional.of(location));
  }

  /**
   * What is wrong, for a person: the code's pattern filled with the arguments, or, where the code
   * takes a reason, with the reason's own pattern filled with the arguments after it.
   *
   * @param locale Chinese for any {@code zh} locale, English for any other
   * @return for example {@code "must not be negative: -1"}
   */
  public String message(Locale locale) {
    if (!code.takesReason()) {
      return Texts.format(BUNDLE, code.name(), locale, arguments.toArray());
    }
    String reason =
        Texts.format(
            BUNDLE,
            reasonKey(code, arguments.get(0)),
            locale,
            arguments.subList(1, arguments.size()).toArray());
    return Texts.format(BUNDLE, code.name(), locale, reason);
  }

  /** The key of a reason's pattern in the bundle: {@code MALFORMED.EXPECTED_COLON}. */
  private static String reasonKey(ProblemCode code, String reason) {
    return code.name() + "." + reason;
  }

  /**
   * The path, the location and the message, as one line, the location and the message in the
   * language.
   *
   * @param locale the language
   * @return for example {@code "$.funding.total.executed (line 9, column 61): must be a number"},
   *     {@code "$.funding.total.executed (第 9 行第 61 列): 应为数值"}
   */
  public String describe(Locale locale) {
    return path
        + location.map(l -> " (" + l.describe(locale) + ")").orElse("")
        + ": "
        + message(locale);
  }

  /**
   * The problem as one line, in English.
   *
   * @return {@link #describe} in English
   */
  @Override
  public String toString() {
    return describe(Locale.ROOT);
  }
}
