package io.github.jixiao.examples;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a form document and lists, in Chinese, what is wrong with it: the problems that make the
 * document unreadable, or else the findings of its 勾稽关系.
 *
 * <pre>
 * java -cp examples/target/jixiao.jar io.github.jixiao.examples.ValidateAndPrintFindingsInChinese \
 *     examples/forms/10-central-transfer.json
 * </pre>
 */
public final class ValidateAndPrintFindingsInChinese {
  private ValidateAndPrintFindingsInChinese() {}

  /**
   * What is wrong with a form document, one line each, in Chinese.
   *
   * @param form the form document's file
   * @return the problems of a rejected document, or the findings of a readable one; empty when
   *     there is nothing to say
   * @throws IOException if the file cannot be read
   */
  public static List<String> check(Path form) throws IOException {
    FormJson json = FormJson.create().withLocale(Locale.SIMPLIFIED_CHINESE);
    List<String> lines = new ArrayList<>();
    ReadResult read = json.read(form);
    if (!read.isSuccess()) {
      for (Problem problem : read.problems()) {
        lines.add("无法读取 " + problem.describe(Locale.SIMPLIFIED_CHINESE));
      }
      return lines;
    }
    Scorecard card = ProjectScorer.DEFAULT.score(read.project().orElseThrow(), read.sourceMap());
    for (Finding finding : card.findings()) {
      lines.add(
          "【"
              + finding.severity().displayName(Locale.SIMPLIFIED_CHINESE)
              + "】 "
              + finding.path()
              + "："
              + finding.message(Locale.SIMPLIFIED_CHINESE));
    }
    return lines;
  }

  /**
   * Prints what is wrong with the form named on the command line.
   *
   * @param args the form document's file (default: the 中央一般性转移支付 reference form)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path form = Path.of(args.length > 0 ? args[0] : "examples/forms/10-central-transfer.json");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> lines = check(form);
    if (lines.isEmpty()) {
      out.println("未发现问题");
    }
    lines.forEach(out::println);
  }
}
