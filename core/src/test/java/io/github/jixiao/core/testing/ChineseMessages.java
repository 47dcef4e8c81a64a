package io.github.jixiao.core.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Chinese message may hold in Latin letters: the names it quotes (the values its arguments
 * give: a character found, a field, a sheet, a part of a file; a token of JSON its pattern quotes,
 * as the exponent's “e”) and a few proper names that Chinese writes in Latin letters too (JSON,
 * UTF-8, Excel, true and null…). Anything else in Latin letters is English left in a Chinese
 * message.
 */
public final class ChineseMessages {
  /** Proper names and the literals of JSON, as a Chinese user reads them too. */
  private static final Set<String> NAMES =
      Set.of(
          "JSON",
          "UTF-8",
          "UTF-16",
          "UTF-32",
          "GBK",
          "NaN",
          "true",
          "false",
          "null",
          "OUTPUT",
          "BENEFIT",
          "SATISFACTION",
          "COST",
          "MB",
          "zip",
          "XML",
          "HTML",
          "PDF",
          "RTF",
          "DOCTYPE",
          "Excel",
          "Word",
          "Write",
          "PowerPoint",
          "OpenDocument",
          "OLE2",
          "BIFF5",
          "Office",
          "Open",
          "Strict",
          "x",
          "xlsx",
          "xlsm",
          "xls",
          "xlsb",
          "doc",
          "docx",
          "ppt",
          "pptx",
          "ods");

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

  private ChineseMessages() {}

  /**
   * Asserts that a problem's Chinese message holds no Latin word but the names it quotes, and that
   * every argument of its pattern was filled.
   *
   * @param problem the problem
   */
  public static void assertChinese(Problem problem) {
    String message = problem.message(Locale.SIMPLIFIED_CHINESE);
    assertFalse(Pattern.compile("\\{\\d").matcher(message).find(), message);
    List<String> named =
        problem.code().takesReason()
            ? problem.arguments().subList(1, problem.arguments().size())
            : problem.arguments();
    String bare = message;
    for (String argument :
        named.stream().sorted(Comparator.comparing(String::length).reversed()).toList()) {
      if (!argument.isEmpty()) {
        // The argument where it stands as a whole: "x" is named in “x”, not in .xlsx.
        bare =
            bare.replaceAll("(?<![A-Za-z0-9])" + Pattern.quote(argument) + "(?![A-Za-z0-9])", "");
      }
    }
    // What the pattern itself quotes, as JSON writes it: the exponent's “e”.
    bare = bare.replaceAll("“[^“”\\s]*”", "");
    Matcher words = WORD.matcher(bare);
    while (words.find()) {
      assertTrue(
          NAMES.contains(words.group()),
          () -> "English in " + message + ": " + problem.arguments());
    }
  }
}
