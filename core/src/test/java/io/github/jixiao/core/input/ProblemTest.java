package io.github.jixiao.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.testing.ChineseMessages;
import io.github.jixiao.core.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProblemTest {
  private static final String BUNDLE = "io.github.jixiao.core.input.ProblemMessages";
  private static final Problem NEGATIVE =
      Problem.of(
          ProblemCode.NEGATIVE, FormPath.indicator(0, 0, 0).cell(IndicatorCell.WEIGHT), "-1");

  @Test
  void messageNamesItsArgumentsInEitherLanguage() {
    assertEquals("must not be negative: -1", NEGATIVE.message(Locale.ENGLISH));
    assertEquals("不得为负数：-1", NEGATIVE.message(Locale.SIMPLIFIED_CHINESE));
    // Any zh locale is Chinese; anything else English, whatever the JVM's default.
    assertEquals("不得为负数：-1", NEGATIVE.message(Locale.TRADITIONAL_CHINESE));
    assertEquals("must not be negative: -1", NEGATIVE.message(Locale.FRENCH));
  }

  @Test
  void describeAddsThePathAndTheLocation() {
    assertEquals(
        "$.levels[0].categories[0].indicators[0].weight: must not be negative: -1",
        NEGATIVE.describe(Locale.ENGLISH));
    Problem located = NEGATIVE.at(new SourceLocation.TextPosition(24, 25));
    assertEquals(
        "$.levels[0].categories[0].indicators[0].weight (第 24 行第 25 列): 不得为负数：-1",
        located.describe(Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        "$.levels[0].categories[0].indicators[0].weight (line 24, column 25): must not be negative:"
            + " -1",
        located.describe(Locale.ENGLISH));
    assertEquals(located.describe(Locale.ROOT), located.toString());
    // A cell is named as a spreadsheet names it, in either language.
    assertEquals(
        "$.levels[0].categories[0].indicators[0].weight ('自评表'!F14): 不得为负数：-1",
        NEGATIVE
            .at(new SourceLocation.CellAddress("自评表", 14, 6))
            .describe(Locale.SIMPLIFIED_CHINESE));
    Problem inACell = NEGATIVE.at(new SourceLocation.CellAddress("自评表", 14, 6));
    assertEquals(
        "$.levels[0].categories[0].indicators[0].weight ('自评表'!F14): must not be negative: -1",
        inACell.toString());
  }

  @Test
  void everyCodeHasAMessageInBothLanguages() {
    for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
      ResourceBundle bundle =
          ResourceBundle.getBundle("io.github.jixiao.core.input.ProblemMessages", locale);
      EnumSet<ProblemCode> missing = EnumSet.noneOf(ProblemCode.class);
      for (ProblemCode code : ProblemCode.values()) {
        if (!bundle.keySet().contains(code.name())
            || (locale != Locale.ROOT && bundle.getString(code.name()).equals(englishOf(code)))) {
          missing.add(code);
        }
      }
      assertEquals(EnumSet.noneOf(ProblemCode.class), missing, locale.toString());
    }
  }

  private static String englishOf(ProblemCode code) {
    return ResourceBundle.getBundle("io.github.jixiao.core.input.ProblemMessages", Locale.ROOT)
        .getString(code.name());
  }

  @Test
  void argumentsAreCopiedAndNothingIsNull() {
    List<String> arguments = new java.util.ArrayList<>(List.of("1"));
    Problem problem = new Problem(ProblemCode.NEGATIVE, FormPath.ROOT, arguments, Optional.empty());
    arguments.set(0, "2");
    assertEquals(List.of("1"), problem.arguments());
    assertThrows(
        NullPointerException.class,
        () -> new Problem(null, FormPath.ROOT, List.of(), Optional.empty()));
    assertThrows(
        NullPointerException.class,
        () -> new Problem(ProblemCode.EMPTY, null, List.of(), Optional.empty()));
    assertThrows(
        NullPointerException.class,
        () -> new Problem(ProblemCode.EMPTY, FormPath.ROOT, List.of(), null));
  }

  @Test
  void theCodesThatTakeAReasonAreTheFourThatSayWhy() {
    EnumSet<ProblemCode> reasoned = EnumSet.noneOf(ProblemCode.class);
    for (ProblemCode code : ProblemCode.values()) {
      if (code.takesReason()) {
        reasoned.add(code);
      }
    }
    assertEquals(
        EnumSet.of(
            ProblemCode.MALFORMED,
            ProblemCode.TOO_LARGE,
            ProblemCode.NOT_A_WORKBOOK,
            ProblemCode.CORRUPT_WORKBOOK),
        reasoned);
  }

  @Test
  void aReasonIsWordedInEitherLanguageInsideItsCodesMessage() {
    Problem colon = Problem.of(ProblemCode.MALFORMED, FormPath.ROOT, "EXPECTED_COLON", "1");
    assertEquals(
        "malformed JSON: found \u20181\u2019 where a colon must follow the field name",
        colon.message(Locale.ENGLISH));
    assertEquals("JSON 格式错误：字段名之后应为冒号，却是“1”", colon.message(Locale.SIMPLIFIED_CHINESE));
    Problem pdf = Problem.of(ProblemCode.NOT_A_WORKBOOK, FormPath.ROOT, "PDF");
    assertEquals(
        "is not a workbook (.xlsx, .xlsm or .xls): a PDF document", pdf.message(Locale.ENGLISH));
    assertEquals("不是工作簿文件（.xlsx、.xlsm 或 .xls）：PDF 文档", pdf.message(Locale.CHINA));
    assertEquals(List.of("PDF"), pdf.arguments());
  }

  @Test
  void aReasonsNumbersArePlainDigitsGroupedInTheMessage() {
    Problem file =
        Problem.of(ProblemCode.TOO_LARGE, FormPath.ROOT, "FILE_TOO_LARGE", "67108865", "67108864");
    assertEquals(
        "is beyond what the reader accepts: a file of 67,108,865 bytes, over the 67,108,864 bytes"
            + " (64 MB) a workbook may have",
        file.message(Locale.ENGLISH));
    assertEquals(
        "超出读取限制：文件大小为 67,108,865 字节，超过工作簿的上限 67,108,864 字节（64 MB）",
        file.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(List.of("FILE_TOO_LARGE", "67108865", "67108864"), file.arguments());
    // A length the parser had read when it stopped is no length to show: only the limit is.
    Problem string =
        Problem.of(ProblemCode.TOO_LARGE, FormPath.ROOT, "STRING_TOO_LONG", "1045672", "1000000");
    assertEquals(
        "is beyond what the reader accepts: a value longer than the limit of 1,000,000 characters",
        string.message(Locale.ENGLISH));
    assertEquals("超出读取限制：某个值的长度超过上限 1,000,000 个字符", string.message(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aCodeThatTakesAReasonRefusesNoneOrAnotherCodes() {
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class, () -> Problem.of(ProblemCode.MALFORMED, FormPath.ROOT));
    assertEquals(
        "MALFORMED takes a reason of its own as its first argument: []", none.getMessage());
    // PDF is a reason of NOT_A_WORKBOOK, not of MALFORMED; English text is no reason at all.
    assertThrows(
        IllegalArgumentException.class,
        () -> Problem.of(ProblemCode.MALFORMED, FormPath.ROOT, "PDF"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Problem.of(ProblemCode.TOO_LARGE, FormPath.ROOT, "line longer than 1"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Problem.of(ProblemCode.CORRUPT_WORKBOOK, FormPath.ROOT, "TOO_LARGE"));
    // A code that takes no reason takes any text.
    assertEquals(
        "不得为负数：PDF", Problem.of(ProblemCode.NEGATIVE, FormPath.ROOT, "PDF").message(Locale.CHINA));
  }

  @Test
  void everyReasonIsOfACodeThatTakesOneAndIsWordedInChineseOfItsOwn() {
    Properties english = properties("ProblemMessages.properties");
    Properties chinese = properties("ProblemMessages_zh_CN.properties");
    Set<String> reasons = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      int dot = key.indexOf('.');
      if (dot > 0) {
        assertTrue(ProblemCode.valueOf(key.substring(0, dot)).takesReason(), key);
        reasons.add(key);
      }
    }
    List<String> unworded = new ArrayList<>();
    for (String key : reasons) {
      String zh = chinese.getProperty(key);
      if (zh == null || zh.equals(english.getProperty(key))) {
        unworded.add(key);
      }
    }
    assertEquals(List.of(), unworded);
    assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
    for (ProblemCode code : ProblemCode.values()) {
      boolean hasReasons = reasons.stream().anyMatch(key -> key.startsWith(code.name() + "."));
      assertEquals(code.takesReason(), hasReasons, code.name());
    }
    // A library's English description is passed on in English only, after words of the
    // reason's own; the Chinese wording leaves it out.
    Map<String, String> described =
        Map.of(
            "MALFORMED.OTHER", "{0}",
            "TOO_LARGE.LIMIT", "{0}",
            "CORRUPT_WORKBOOK.UNREADABLE", "{0}",
            "CORRUPT_WORKBOOK.DAMAGED_PACKAGE", "{0}",
            "CORRUPT_WORKBOOK.DAMAGED_XLS", "{0}",
            "CORRUPT_WORKBOOK.DAMAGED_OLE2", "{0}",
            "CORRUPT_WORKBOOK.MALFORMED_XML", "{2}",
            "CORRUPT_WORKBOOK.MALFORMED_SHEET_XML", "{2}");
    described.forEach(
        (key, detail) -> {
          String inEnglish = english.getProperty(key);
          assertTrue(inEnglish.endsWith(": " + detail), key);
          assertTrue(inEnglish.length() > detail.length() + 10, key);
          assertFalse(chinese.getProperty(key).contains(detail), key);
        });
  }

  @Test
  void everyReasonReadsInEnglishAndInChineseWithNoEnglishSentenceInTheChinese() {
    Properties english = properties("ProblemMessages.properties");
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      int dot = key.indexOf('.');
      if (dot < 0) {
        continue;
      }
      // Digits for the arguments: what is left in Latin letters is the wording's own.
      Problem problem =
          Problem.of(
              ProblemCode.valueOf(key.substring(0, dot)),
              FormPath.ROOT,
              key.substring(dot + 1),
              "1",
              "2",
              "3");
      String code = problem.code().name();
      String inEnglish = problem.message(Locale.ENGLISH);
      String inChinese = problem.message(Locale.SIMPLIFIED_CHINESE);
      // The reason's own words follow the code's, in each language.
      assertTrue(inEnglish.length() > Texts.format(BUNDLE, code, Locale.ENGLISH, "").length(), key);
      assertTrue(
          inChinese.length() > Texts.format(BUNDLE, code, Locale.SIMPLIFIED_CHINESE, "").length(),
          key);
      assertTrue(Pattern.compile("\\p{IsHan}").matcher(inChinese).find(), inChinese);
      ChineseMessages.assertChinese(problem);
    }
  }

  @Test
  void everyReasonIsListedInTheDocsWithBothWordings() throws IOException {
    // docs/form-json.md §1.4 lists the reasons of a document, docs/workbooks.md §4 a workbook's.
    Path docs = Path.of("..", "docs");
    String listed =
        (Files.readString(docs.resolve("form-json.md"))
                + Files.readString(docs.resolve("workbooks.md")))
            // Markdown's escaped backslash, as ‘\{0}’ is written.
            .replace("\\\\", "\\");
    Properties english = properties("ProblemMessages.properties");
    Properties chinese = properties("ProblemMessages_zh_CN.properties");
    List<String> unlisted = new ArrayList<>();
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      int dot = key.indexOf('.');
      if (dot < 0) {
        continue;
      }
      String row =
          "| `"
              + key.substring(dot + 1)
              + "` | "
              + plain(english.getProperty(key))
              + " | "
              + plain(chinese.getProperty(key))
              + " |";
      if (!listed.contains(row)) {
        unlisted.add(row);
      }
    }
    assertEquals(List.of(), unlisted);
  }

  /** A pattern as the docs write it: {@code {0}} for {@code {0,number,integer}}. */
  private static String plain(String pattern) {
    return pattern.replaceAll("\\{(\\d),number,integer}", "{$1}");
  }

  @Test
  void theLibrarysOwnWordsAreNeverTheOnlyDescriptionOfAReason() {
    // A reason that passes a reader's English description on says first what went wrong.
    Problem xml =
        Problem.of(
            ProblemCode.CORRUPT_WORKBOOK,
            FormPath.ROOT,
            "MALFORMED_XML",
            "xl/styles.xml",
            "3",
            "XML document structures must start and end within the same entity.");
    assertEquals(
        "the workbook cannot be read; it may be truncated or damaged: the part xl/styles.xml is"
            + " not well-formed XML at line 3: XML document structures must start and end within"
            + " the same entity.",
        xml.message(Locale.ENGLISH));
    assertEquals(
        "无法读取该工作簿，文件可能不完整或已损坏：部件 xl/styles.xml 第 3 行不是格式正确的 XML",
        xml.message(Locale.SIMPLIFIED_CHINESE));
    Problem unreadable =
        Problem.of(ProblemCode.CORRUPT_WORKBOOK, FormPath.ROOT, "UNREADABLE", "Bad record 7");
    assertEquals(
        "the workbook cannot be read; it may be truncated or damaged: a part of its content cannot"
            + " be read: Bad record 7",
        unreadable.message(Locale.ENGLISH));
    assertEquals("无法读取该工作簿，文件可能不完整或已损坏：其中部分内容无法读取", unreadable.message(Locale.SIMPLIFIED_CHINESE));
  }

  private static Properties properties(String file) {
    Properties properties = new Properties();
    try (InputStream in = ProblemTest.class.getResourceAsStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
