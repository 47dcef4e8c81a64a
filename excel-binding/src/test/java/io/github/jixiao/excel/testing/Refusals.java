package io.github.jixiao.excel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import java.util.Locale;

/** What the tests assert of a workbook refused whole: its problem's code and English wording. */
public final class Refusals {
  private Refusals() {}

  /**
   * Asserts a refusal's problem.
   *
   * @param problem the problem
   * @param code its code
   * @param english its wording in English
   */
  public static void assertRefusal(Problem problem, ProblemCode code, String english) {
    assertEquals(code, problem.code());
    assertEquals(english, problem.message(Locale.ENGLISH));
  }
}
