package io.github.jixiao.excel.testing;

import static io.github.jixiao.core.testing.ChineseMessages.assertChinese;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertChinese(problem);
  }

  /**
   * The English wording of a refusal's reason, as its code's message holds it after the code's own
   * words ({@code a PDF document} of {@code is not a workbook (.xlsx, .xlsm or .xls): a PDF
   * document}); its Chinese message is asserted to hold no English.
   *
   * @param problem a problem whose code takes a reason
   * @return the reason's wording
   */
  public static String english(Problem problem) {
    assertTrue(problem.code().takesReason(), problem::toString);
    assertChinese(problem);
    String message = problem.message(Locale.ENGLISH);
    return message.substring(message.indexOf(": ") + 2);
  }
}
