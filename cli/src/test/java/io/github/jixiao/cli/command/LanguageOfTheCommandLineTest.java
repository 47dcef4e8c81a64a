package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every word a user reads is in the chosen language: help and usage errors included, and why a file
 * is refused.
 */
class LanguageOfTheCommandLineTest {
  /** Names Chinese writes in Latin letters too: formats, file kinds, the command's own name. */
  private static final Set<String> NAMES =
      Set.of("JSON", "OLE2", "zip", "PDF", "Excel", "jixiao", "json", "xlsx", "xlsm", "xls");

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  @Test
  void helpIsInChineseByDefaultAndInEnglishWithLangEn() {
    for (String command : new String[] {"score", "annotate", "template"}) {
      Cli.Run chinese = Cli.run(command, "--help");
      assertEquals(0, chinese.status());
      assertTrue(chinese.out().contains("\n用法： jixiao " + command), chinese.out());
      assertTrue(chinese.out().contains("\n选项：\n"), chinese.out());
      assertTrue(chinese.out().contains("显示本帮助并退出。"), chinese.out());
      assertFalse(chinese.out().contains("Usage"), chinese.out());
      assertFalse(chinese.out().contains("Show this help"), chinese.out());

      Cli.Run english = Cli.run(command, "--help", "--lang", "en");
      assertTrue(english.out().contains("\nUsage: jixiao " + command), english.out());
      assertTrue(english.out().contains("Shows this help and exits."), english.out());
    }
    Cli.Run root = Cli.run("--help");
    assertTrue(root.out().contains("\n命令：\n"), root.out());
    assertTrue(root.out().contains("  help      显示某个命令的帮助。"), root.out());
    assertTrue(root.out().contains("  3   命令自身出错，并非文件所致，请报告"), root.out());
  }

  @Test
  void usageErrorsAreWordedInTheChosenLanguageWithWhereToFindHelp() {
    Cli.Run format = Cli.run("score", "--format", "xml", Cli.form("01-antitrust.json"));
    assertEquals(2, format.status());
    assertEquals(
        "用法错误：xml 不是 --format 的有效值 (text | json | html)\n请参阅“jixiao score --help”。\n",
        format.err());

    Cli.Run unknown = Cli.run("score", "--lang", "en", "--colour", Cli.form("01-antitrust.json"));
    assertEquals(
        "Usage error: unknown option or argument: --colour\nSee 'jixiao score --help'.\n",
        unknown.err());

    Cli.Run nothing = Cli.run("score");
    assertEquals(2, nothing.status());
    assertTrue(nothing.err().startsWith("用法错误：缺少："), nothing.err());

    Cli.Run both = Cli.run("score", "--batch", "-", Cli.form("01-antitrust.json"));
    assertEquals(2, both.status());
    assertTrue(both.err().startsWith("用法错误：以下只能给出其一："), both.err());

    Cli.Run report = Cli.run("score", "--report", "x.html", Cli.form("01-antitrust.json"));
    assertEquals(2, report.status());
    assertTrue(report.err().startsWith("用法错误："), report.err());

    Cli.Run worst = Cli.run("score", "--batch", "-", "--worst", "0");
    assertEquals("用法错误：--worst 至少为 1\n请参阅“jixiao score --help”。\n", worst.err());

    Cli.Run notANumber = Cli.run("score", "--batch", "-", "--worst", "many");
    assertTrue(notANumber.err().startsWith("用法错误：many 不是 --worst 的有效值"), notANumber.err());
  }

  @Test
  void anOptionGivenTwiceIsAUsageError() {
    Cli.Run run = Cli.run("score", "-o", "a.txt", "-o", "b.txt", Cli.form("01-antitrust.json"));
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("用法错误：--output 给出了不止一次"), run.err());
  }

  @Test
  void aRefusedFileReadsWhollyInTheChosenLanguage(@TempDir Path dir) throws Exception {
    Path pdf =
        Files.write(
            dir.resolve("a.pdf"), "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
    Path xlsx = halved(JixiaoCommandTest.workbook("01-antitrust.json", dir.resolve("b.xlsx")));
    Path xls = halved(Files.write(dir.resolve("c.xls"), xls()));
    Path json = Files.writeString(dir.resolve("d.json"), "{\"projectName\": \"x\" \"year\": 2024}");
    String[] files = {pdf.toString(), xlsx.toString(), xls.toString(), json.toString()};

    Cli.Run chinese = Cli.run(then(files, "score"));
    assertEquals(2, chinese.status());
    List<String> zh = chinese.errLines();
    assertEquals(
        List.of(
            pdf + ": 已拒绝",
            "  $: 不是工作簿文件（.xlsx、.xlsm 或 .xls）：PDF 文档",
            "  jixiao 读取表单文档（.json）和工作簿（.xlsx、.xlsm、.xls）",
            xlsx + ": 已拒绝",
            "  $: 无法读取该工作簿，文件可能不完整或已损坏：zip 压缩包不完整或其目录已损坏，文件可能被截断",
            xls + ": 已拒绝",
            "  $: 无法读取该工作簿，文件可能不完整或已损坏：复合文档（OLE2）在其所列的数据之前就已结束，文件可能被截断"),
        zh.subList(0, 7));
    assertEquals(
        List.of(json + ": 已拒绝", "  $.projectName (第 1 行第 21 列): JSON 格式错误：字段值之后应为逗号或 }，却是“\"”"),
        zh.subList(7, 9));
    assertNoEnglish(chinese.err(), files);
    assertNoEnglish(chinese.out(), files);

    Cli.Run english = Cli.run(then(files, "score", "--lang", "en"));
    assertEquals(2, english.status());
    List<String> en = english.errLines();
    assertEquals(
        List.of(
            pdf + ": rejected",
            "  $: is not a workbook (.xlsx, .xlsm or .xls): a PDF document",
            "  jixiao reads form documents (.json) and workbooks (.xlsx, .xlsm, .xls)",
            xlsx + ": rejected",
            "  $: the workbook cannot be read; it may be truncated or damaged: the zip archive is"
                + " incomplete or its directory is damaged: the file may be truncated",
            xls + ": rejected",
            "  $: the workbook cannot be read; it may be truncated or damaged: the compound file"
                + " (OLE2) ends before the data it lists: the file may be truncated"),
        en.subList(0, 7));
    assertEquals(
        List.of(
            json + ": rejected",
            "  $.projectName (line 1, column 21): malformed JSON: found ‘\"’ where a comma or } must"
                + " follow the field’s value"),
        en.subList(7, 9));
    for (String line : english.err().lines().toList()) {
      assertFalse(line.matches(".*\\p{IsHan}.*"), "Chinese in " + line);
    }
  }

  /** Asserts that what was printed holds no Latin word but the names above and the files'. */
  private static void assertNoEnglish(String printed, String... files) {
    String bare = printed;
    for (String file : files) {
      // Named by its path on standard error, by its name in the summary.
      bare = bare.replace(file, "").replace(Path.of(file).getFileName().toString(), "");
    }
    // A form's path names its fields as the document does: $.projectName.
    bare = bare.replaceAll("\\$[^\\s(:]*", "");
    Matcher words = LATIN_WORD.matcher(bare);
    while (words.find()) {
      String word = words.group();
      assertTrue(NAMES.contains(word), () -> "English (" + word + ") in " + printed);
    }
  }

  /** The arguments given, then the files. */
  private static String[] then(String[] files, String... leading) {
    String[] all = Arrays.copyOf(leading, leading.length + files.length);
    System.arraycopy(files, 0, all, leading.length, files.length);
    return all;
  }

  /** The file cut to its first half, as an upload that stopped half way leaves it. */
  private static Path halved(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
  }

  /** An Excel 97–2003 workbook of a few hundred rows of text. */
  private static byte[] xls() throws Exception {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("自评表");
      for (int r = 0; r < 500; r++) {
        sheet.createRow(r).createCell(0).setCellValue("第 " + r + " 行的文字");
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }
}
