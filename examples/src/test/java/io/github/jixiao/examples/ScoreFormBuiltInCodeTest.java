package io.github.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScoreFormBuiltInCodeTest {

  private static String printed(Locale locale) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScoreFormBuiltInCode.print(
        ScoreFormBuiltInCode.scoreQualityFoundationForm(),
        locale,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheQualityFoundationScorecardInChinese() {
    // 191.28 ÷ 211.77 = 90.32%, 9.03 points; 90 + 9.03 = 99.03 against the 100 reported.
    assertEquals(
        String.join(
            "\n",
            "自治区市场监管厅质量基础专项",
            "  资金分值 10  执行率 90.32%  得分 9.03",
            "  产出指标  分值 50  得分 50",
            "  效益指标  分值 30  得分 30",
            "  满意度指标  分值 10  得分 10",
            "  总分 99.03  (填报 100)  等级 优",
            // 90 of 90 points is 100% of the weight, above 90.32% × 1.05 = 94.84%.
            "  [INFO] $.levels 三级指标得分率为 100%，而预算执行率仅为 90.32%。",
            "  [ERROR] $.reportedTotal 填报总分为 100，按各项得分合计应为 99.03。",
            ""),
        printed(Locale.CHINA).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void printsInEnglishOnRequest() {
    String text = printed(Locale.ENGLISH);
    assertEquals(
        "  total 99.03  (reported 100)  grade EXCELLENT",
        text.lines().filter(l -> l.startsWith("  total")).findFirst().orElseThrow());
  }

  @Test
  void readmeShowsTheCompiledExampleLineForLine() throws IOException {
    List<String> source =
        Files.readAllLines(
            Path.of("src/main/java/io/github/jixiao/examples/ScoreFormBuiltInCode.java"));
    int begin = source.indexOf("    // README:begin");
    int end = source.indexOf("    // README:end");
    String example =
        source.subList(begin + 1, end).stream()
            .map(line -> line.startsWith("    ") ? line.substring(4) : line)
            .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains("```java\n" + example + "\n```"), "README.md is out of date");
  }
}
