package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's files are never written over: not an input, not an existing file without --force. */
class OutputSafetyTest {
  @Test
  void aReportNamedAsTheWorkbookItReadsIsRefusedAndTheWorkbookIsUntouched(@TempDir Path dir)
      throws Exception {
    Path unit = JixiaoCommandTest.workbook("01-antitrust.json", dir.resolve("单位.xlsx"));
    byte[] before = Files.readAllBytes(unit);
    Cli.Run run = Cli.run("score", "-o", unit.toString(), unit.toString());
    assertEquals(2, run.status());
    assertEquals(
        "用法错误：无法写入 "
            + unit
            + "：报告是文本、JSON 或 HTML，不是工作簿；请以 .txt、.json 或 .html 命名\n"
            + "请参阅“jixiao score --help”。\n",
        run.err());
    assertArrayEquals(before, Files.readAllBytes(unit));
    // Even with --force.
    assertEquals(2, Cli.run("score", "--force", "-o", unit.toString(), unit.toString()).status());
    assertArrayEquals(before, Files.readAllBytes(unit));
  }

  @Test
  void aReportNamedAsAnInputIsRefusedEvenWithForce(@TempDir Path dir) throws Exception {
    Path form = Files.copy(Cli.FORMS.resolve("01-antitrust.json"), dir.resolve("a.json"));
    byte[] before = Files.readAllBytes(form);
    Cli.Run run =
        Cli.run("score", "--lang", "en", "--force", "-o", form.toString(), form.toString());
    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith("Usage error: " + form + " cannot be written: is one of the files read"),
        run.err());
    assertArrayEquals(before, Files.readAllBytes(form));
  }

  @Test
  void anExistingReportIsWrittenOverOnlyWithForce(@TempDir Path dir) throws Exception {
    Path report = Files.writeString(dir.resolve("report.txt"), "yesterday's");
    Cli.Run refused = Cli.run("score", "-o", report.toString(), Cli.form("01-antitrust.json"));
    assertEquals(2, refused.status());
    assertTrue(refused.err().contains("文件已存在；如需覆盖，请加 --force"), refused.err());
    assertEquals("yesterday's", Files.readString(report));

    Cli.Run forced =
        Cli.run("score", "--force", "-o", report.toString(), Cli.form("01-antitrust.json"));
    assertEquals(0, forced.status(), forced.err());
    assertTrue(Files.readString(report).startsWith("== "));
    assertEquals(1, count(dir), "no part file is left beside the report");
  }

  @Test
  void theReportsFormatFollowsTheOutputsNameUnlessOneIsAskedFor(@TempDir Path dir)
      throws Exception {
    Path json = dir.resolve("report.json");
    assertEquals(
        0, Cli.run("score", "-o", json.toString(), Cli.form("01-antitrust.json")).status());
    // An array of one scorecard document, as --format json writes it.
    assertTrue(
        Files.readString(json).startsWith("[\n  {\n    \"schemaVersion\""), Files.readString(json));
    Path html = dir.resolve("report.html");
    assertEquals(
        0, Cli.run("score", "-o", html.toString(), Cli.form("01-antitrust.json")).status());
    assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
    Path text = dir.resolve("report.html.txt");
    assertEquals(
        0,
        Cli.run("score", "--format", "text", "-o", text.toString(), Cli.form("01-antitrust.json"))
            .status());
    assertTrue(Files.readString(text).startsWith("== "));
  }

  @Test
  void aFolderNamedAsTheReportIsRefused(@TempDir Path dir) {
    Cli.Run run = Cli.run("score", "-o", dir.toString(), Cli.form("01-antitrust.json"));
    assertEquals(2, run.status());
    assertEquals("用法错误：无法写入 " + dir + "：是文件夹；请给出文件名\n请参阅“jixiao score --help”。\n", run.err());
  }

  @Test
  void aSecondTemplateDoesNotReplaceAFilledFormWithoutForce(@TempDir Path dir) throws Exception {
    Path form = dir.resolve("自评表.xlsx");
    assertEquals(0, Cli.run("template", "-o", form.toString()).status());
    Files.writeString(form, "the unit's filled form");
    Cli.Run again = Cli.run("template", "-o", form.toString());
    assertEquals(2, again.status());
    assertEquals(
        "用法错误：无法写入 " + form + "：文件已存在；如需覆盖，请加 --force\n请参阅“jixiao template --help”。\n",
        again.err());
    assertEquals("the unit's filled form", Files.readString(form));

    assertEquals(0, Cli.run("template", "--force", "-o", form.toString()).status());
    assertTrue(Files.size(form) > 1000);
    assertEquals(1, count(dir));
  }

  @Test
  void aTemplateInAMissingFolderIsAUsageErrorWithoutAStackTrace(@TempDir Path dir) {
    Path missing = dir.resolve("missing").resolve("dir").resolve("x.xlsx");
    Cli.Run run = Cli.run("template", "-o", missing.toString());
    assertEquals(2, run.status());
    assertEquals(
        "用法错误：无法写入 "
            + missing
            + "：文件夹 "
            + missing.getParent()
            + " 不存在\n请参阅“jixiao template --help”。\n",
        run.err());
    assertFalse(Files.exists(missing.getParent()));
  }

  @Test
  void aTemplateIsWrittenInTheFormatItsNameSaysAndANameOfNoWorkbookIsAUsageError(@TempDir Path dir)
      throws Exception {
    Path xls = dir.resolve("x.XLS");
    assertEquals(0, Cli.run("template", "-o", xls.toString()).status());
    // An Excel 97–2003 file is an OLE2 compound file: D0 CF 11 E0, not a zip's PK.
    byte[] head = Arrays.copyOf(Files.readAllBytes(xls), 4);
    assertArrayEquals(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, head);
    Path xlsm = dir.resolve("x.xlsm");
    assertEquals(0, Cli.run("template", "-o", xlsm.toString()).status());
    assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(Files.readAllBytes(xlsm), 2));

    Path csv = dir.resolve("x.csv");
    Cli.Run refused = Cli.run("template", "--lang", "en", "-o", csv.toString());
    assertEquals(2, refused.status());
    assertEquals(
        "Usage error: "
            + csv
            + " cannot be written: the template is written as a workbook: name it .xlsx, .xlsm or"
            + " .xls (Excel 97–2003)\nSee 'jixiao template --help'.\n",
        refused.err());
    assertFalse(Files.exists(csv));
  }

  @Test
  void anAnnotatedCopyIsWrittenOverOnlyWithForce(@TempDir Path dir) throws Exception {
    Path unit = JixiaoCommandTest.workbook("01-antitrust.json", dir.resolve("单位.xlsx"));
    assertEquals(0, Cli.run("annotate", unit.toString()).status());
    Path copy = dir.resolve("单位.复核.xlsx");
    byte[] first = Files.readAllBytes(copy);
    Cli.Run again = Cli.run("annotate", unit.toString());
    assertEquals(2, again.status());
    assertEquals("无法写入 " + copy + "：文件已存在；如需覆盖，请加 --force\n", again.err());
    assertArrayEquals(first, Files.readAllBytes(copy));
    assertEquals(0, Cli.run("annotate", "--force", unit.toString()).status());
    assertEquals(2, count(dir));
  }

  private static long count(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }
}
