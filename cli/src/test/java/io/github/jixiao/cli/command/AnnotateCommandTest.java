package io.github.jixiao.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCommandTest {

  private static int run(StringWriter out, StringWriter err, String... args) {
    Cli.Run run = Cli.run(args);
    out.write(run.out());
    err.write(run.err());
    return run.status();
  }

  @Test
  void aCopyIsWrittenBesideTheWorkbookWithItsFindingsAndTheStatusOfTheirWorst(@TempDir Path dir)
      throws Exception {
    Path file = JixiaoCommandTest.workbook("09-quality-foundation.json", dir.resolve("质量基础.xlsx"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // 质量基础 reports 100 for 99.03: an ERROR, status 1.
    assertEquals(1, run(out, err, "annotate", file.toString()), err.toString());
    Path copy = dir.resolve("质量基础.复核.xlsx");
    assertEquals(copy.toString(), out.toString().strip());
    try (Workbook workbook = WorkbookFactory.create(copy.toFile(), null, true)) {
      assertEquals("复核结果", workbook.getSheetName(workbook.getNumberOfSheets() - 1));
    }
  }

  @Test
  void copiesGoIntoTheDirectoryGivenAndARefusedFileIsNamed(@TempDir Path dir) throws Exception {
    Path file = JixiaoCommandTest.workbook("01-antitrust.json", dir.resolve("反垄断.xlsx"));
    Path bad = Files.writeString(dir.resolve("坏.xlsx"), "not a workbook");
    Path into = dir.resolve("复核");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(
        2, run(out, err, "annotate", "-o", into.toString(), file.toString(), bad.toString()));
    assertTrue(Files.isRegularFile(into.resolve("反垄断.复核.xlsx")));
    assertTrue(err.toString().startsWith(bad + ": 已拒绝"), err.toString());
  }

  @Test
  void aMissingWorkbookAndOneWithNoFormAreNamedAndNoCopyIsMade(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("无.xlsx");
    Cli.Run run = Cli.run("annotate", missing.toString());
    assertEquals(2, run.status());
    assertEquals(missing + ": 文件或文件夹不存在\n", run.err());

    Path empty = dir.resolve("空.xlsx");
    try (Workbook workbook = WorkbookFactory.create(true);
        var out = Files.newOutputStream(empty)) {
      workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("与自评表无关");
      workbook.write(out);
    }
    Cli.Run none = Cli.run("annotate", "--lang", "en", empty.toString());
    assertEquals(2, none.status());
    assertTrue(none.err().startsWith(empty + ": rejected\n"), none.err());
    assertFalse(Files.exists(dir.resolve("空.复核.xlsx")));
  }

  @Test
  void anOutputFolderThatCannotBeMadeIsAUsageError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "in the way");
    Cli.Run run = Cli.run("annotate", "-o", file.resolve("sub").toString(), file.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("用法错误：无法写入 " + file.resolve("sub")), run.err());
  }

  @Test
  void aWorkbookTheReaderReadsButThatCannotBeAnnotatedIsNamedWithItsReason(@TempDir Path dir)
      throws Exception {
    // The workbook part no longer names its styles: the reader finds them by their content type,
    // and scores the form; the copy POI would write would go without them, so it is refused.
    Path whole = JixiaoCommandTest.workbook("09-quality-foundation.json", dir.resolve("a.xlsx"));
    Path file = dir.resolve("无样式.xlsx");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(whole));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals("xl/_rels/workbook.xml.rels")) {
          String rels = new String(bytes, StandardCharsets.UTF_8);
          String without = rels.replaceFirst("<Relationship [^>]*Target=\"styles.xml\"[^>]*/>", "");
          assertFalse(without.equals(rels), rels);
          bytes = without.getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.delete(whole);
    Cli.Run run = Cli.run("annotate", "--lang", "en", file.toString());
    assertEquals(2, run.status(), run.err());
    assertEquals("", run.out());
    List<String> lines = run.errLines();
    assertEquals(file + ": rejected", lines.get(0), run.err());
    assertEquals(2, lines.size(), run.err());
    assertTrue(
        lines.get(1).startsWith("  $: ")
            && lines
                .get(1)
                .endsWith("/xl/workbook.xml does not name its styles part /xl/styles.xml"),
        run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    // No copy, whole or half, and no temporary file beside it.
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }
}
