package io.github.jixiao.excel.grid.ooxml;

import static io.github.jixiao.excel.testing.Refusals.assertRefusal;
import static io.github.jixiao.excel.testing.Refusals.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.excel.grid.CellValues;
import io.github.jixiao.excel.grid.GridCell;
import io.github.jixiao.excel.grid.Grids;
import io.github.jixiao.excel.grid.SheetGrid;
import io.github.jixiao.excel.grid.read.WorkbookGrids;
import io.github.jixiao.excel.testing.TestWorkbooks;
import io.github.jixiao.excel.testing.WorkbookFeaturesContract;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** {@code .xlsx} read by streaming: the features both readers share, and what is OOXML's own. */
class OoxmlGridsTest extends WorkbookFeaturesContract {

  @Override
  public Path write(Path dir) throws IOException {
    return TestWorkbooks.xlsx(dir.resolve("features.xlsx"), TestWorkbooks::features);
  }

  private Grids readParts(Map<String, String> parts) throws IOException {
    return WorkbookGrids.read(TestWorkbooks.zip(dir.resolve("parts.xlsx"), parts));
  }

  private Grids readSheet(String sheetXml, String sharedStrings) throws IOException {
    return WorkbookGrids.read(
        TestWorkbooks.sheetXml(dir.resolve("sheet.xlsx"), sheetXml, sharedStrings));
  }

  private static Problem refusal(Grids grids) {
    assertTrue(grids.isRefused());
    assertEquals(1, grids.problems().size());
    return grids.problems().get(0);
  }

  @Test
  void aFormulaNeverCalculatedIsEvaluated() {
    // XSSF writes no <v> for a formula it has not evaluated, as an application might: E6 + F6 is
    // 0.1 + 14.28, in binary 14.379999999999999.
    assertEquals(
        CellValues.number(14.379999999999999, CellValues.Display.PLAIN, false, 6, 8),
        form.cell(6, 8));
  }

  @Test
  void onlyTheSharedStringsOfKeptCellsAreLookedUp() throws IOException {
    Grids read =
        readSheet(
            TestWorkbooks.sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
                    + "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                    + "<row r=\"20000\"><c r=\"A20000\" t=\"s\"><v>1</v></c></row>"),
            TestWorkbooks.sharedStrings(
                "<si><t>零</t></si><si><t>一</t></si>"
                    + "<si><r><t>项目</t></r><r><t>名称</t></r><rPh><t>ming</t></rPh></si>"));
    SheetGrid sheet = read.sheets().get(0);
    assertEquals(GridCell.text("项目名称", 0, 0), sheet.cell(0, 0));
    assertEquals("零", sheet.cell(0, 1).text());
    assertEquals("项目名称", sheet.cell(0, 2).text());
    assertTrue(sheet.isCut());
  }

  @Test
  void aSharedStringTheWorkbookDoesNotHaveIsCorrupt() throws IOException {
    Problem problem =
        refusal(
            readSheet(
                TestWorkbooks.sheet("<row r=\"3\"><c r=\"B3\" t=\"s\"><v>5</v></c></row>"),
                TestWorkbooks.sharedStrings("<si><t>零</t></si>")));
    assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code());
    assertEquals(
        "'自评表'!B3 refers to shared string 5, which the workbook does not have", english(problem));
  }

  @Test
  void aSharedStringOver32767CharactersIsAProblemAtEachCellUsingIt() throws IOException {
    String longText = "长".repeat(CellValues.MAX_TEXT_LENGTH + 1);
    Grids read =
        readSheet(
            TestWorkbooks.sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"),
            TestWorkbooks.sharedStrings("<si><t>" + longText + "</t></si><si><t>短</t></si>"));
    assertEquals(1, read.sheets().size());
    assertEquals(
        List.of("'自评表'!A1", "'自评表'!A2"),
        read.problems().stream()
            .map(p -> p.code() + " " + p.location().orElseThrow())
            .map(s -> s.substring("CELL_TOO_LONG ".length()))
            .toList());
    assertEquals(GridCell.Kind.BLANK, read.sheets().get(0).cell(0, 0).kind());
    assertEquals("短", read.sheets().get(0).cell(0, 1).text());
  }

  @Test
  void aSharedStringFarOverTheLimitIsTooLong() throws IOException {
    // Characters that hardly compress: a run of one character would be refused as a zip bomb.
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder huge = new StringBuilder();
    while (huge.length() <= CellValues.MAX_RAW_TEXT_LENGTH) {
      huge.append((char) (0x4e00 + random.nextInt(0x5000)));
    }
    Grids read =
        readSheet(
            TestWorkbooks.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
            TestWorkbooks.sharedStrings("<si><t>" + huge + "</t></si>"));
    assertEquals(ProblemCode.CELL_TOO_LONG, read.problems().get(0).code());
  }

  @Test
  void stylesOfThePackageGiveFormats() throws IOException {
    // Styles 1, 2 and 3 of the test package: 0.00%, a spelled-out 年月日 and built-in 31.
    SheetGrid sheet =
        readSheet(
                TestWorkbooks.sheet(
                    "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0.9032</v></c>"
                        + "<c r=\"B1\" s=\"2\"><v>45657</v></c>"
                        + "<c r=\"C1\" s=\"3\"><v>45657</v></c></row>"),
                TestWorkbooks.sharedStrings(""))
            .sheets()
            .get(0);
    assertEquals("90.32%", sheet.cell(0, 0).text());
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), sheet.cell(0, 1).date());
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), sheet.cell(0, 2).date());
  }

  @Test
  void aWorkbookCountingFrom1904HasItsDatesRead() throws IOException {
    Map<String, String> parts = TestWorkbooks.packageParts(TestWorkbooks.XLSX_TYPE);
    parts.put(
        "xl/workbook.xml",
        parts.get("xl/workbook.xml").replace("<sheets>", "<workbookPr date1904=\"1\"/><sheets>"));
    parts.put(
        "xl/worksheets/sheet1.xml",
        TestWorkbooks.sheet("<row r=\"1\"><c r=\"A1\" s=\"2\"><v>44195</v></c></row>"));
    SheetGrid sheet = readParts(parts).sheets().get(0);
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), sheet.cell(0, 0).date());
  }

  @Test
  void aPackageWithoutStylesOrSharedStringsIsRead() throws IOException {
    Map<String, String> parts = TestWorkbooks.packageParts(TestWorkbooks.XLSX_TYPE);
    parts.remove("xl/styles.xml");
    parts.put(
        "xl/worksheets/sheet1.xml",
        TestWorkbooks.sheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0.5</v></c></row>"));
    assertEquals("0.5", readParts(parts).sheets().get(0).cell(0, 0).text());
  }

  @Test
  void emptyPartsAreNoContent() throws IOException {
    SheetGrid sheet = readSheet("", "").sheets().get(0);
    assertEquals("自评表", sheet.name());
    assertEquals(-1, sheet.lastRow());
  }

  @Test
  void aMacroWorkbookIsReadAndItsMacrosAreNot() throws IOException {
    Map<String, String> parts =
        TestWorkbooks.packageParts("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    parts.put(
        "xl/worksheets/sheet1.xml",
        TestWorkbooks.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
    parts.put("xl/vbaProject.bin", "Attribute VB_Name = \"Module1\"");
    parts.put(
        "[Content_Types].xml",
        parts
            .get("[Content_Types].xml")
            .replace(
                "<Default Extension=\"xml\"",
                "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                    + "<Default Extension=\"xml\""));
    assertEquals("1", readParts(parts).sheets().get(0).cell(0, 0).text());
  }

  @Test
  void aStrictPackageIsRead() throws IOException {
    Map<String, String> parts = TestWorkbooks.packageParts(TestWorkbooks.XLSX_TYPE);
    parts.replaceAll(
        (name, xml) ->
            xml.replace(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                    "http://purl.oclc.org/ooxml/officeDocument/relationships")
                .replace(TestWorkbooks.MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main"));
    parts.put(
        "xl/worksheets/sheet1.xml",
        TestWorkbooks.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
            .replace(TestWorkbooks.MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main"));
    parts.put(
        "xl/sharedStrings.xml",
        TestWorkbooks.sharedStrings("<si><t>严格</t></si>")
            .replace(TestWorkbooks.MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main"));
    assertEquals("严格", readParts(parts).sheets().get(0).cell(0, 0).text());
  }

  @Test
  void otherOfficeDocumentsAreNoWorkbooks() throws IOException {
    Map<String, String> kinds =
        Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "a Word document (.docx)",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            "a PowerPoint presentation (.pptx)",
            "application/vnd.ms-excel.sheet.binary.macroEnabled.main",
            "an Excel binary workbook (.xlsb); save it as .xlsx",
            "application/vnd.ms-visio.drawing.main+xml",
            "an Office Open XML package of type application/vnd.ms-visio.drawing.main+xml");
    for (Map.Entry<String, String> kind : kinds.entrySet()) {
      Problem problem = refusal(readParts(TestWorkbooks.packageParts(kind.getKey())));
      assertEquals(ProblemCode.NOT_A_WORKBOOK, problem.code());
      assertEquals(kind.getValue(), english(problem));
    }
  }

  @Test
  void anOpenDocumentSpreadsheetIsNoWorkbook() throws IOException {
    Problem problem =
        refusal(
            readParts(
                Map.of(
                    "mimetype",
                    "application/vnd.oasis.opendocument.spreadsheet",
                    "content.xml",
                    "<office:document-content/>")));
    assertRefusal(
        problem,
        ProblemCode.NOT_A_WORKBOOK,
        "is not a workbook (.xlsx, .xlsm or .xls): an OpenDocument spreadsheet (.ods); save it as"
            + " .xlsx");
  }

  @Test
  void anOpenDocumentTextIsNoWorkbook() throws IOException {
    Problem problem =
        refusal(readParts(Map.of("mimetype", "application/vnd.oasis.opendocument.text")));
    assertEquals(
        "an OpenDocument file (application/vnd.oasis.opendocument.text)", english(problem));
  }

  @Test
  void anyOtherZipArchiveIsNoWorkbook() throws IOException {
    Problem problem = refusal(readParts(Map.of("readme.txt", "hello", "mimetype", "text/plain")));
    assertEquals("a zip archive, not an Office Open XML workbook", english(problem));
  }

  @Test
  void aSheetWithoutItsPartIsCorrupt() throws IOException {
    Problem problem = refusal(readParts(TestWorkbooks.packageParts(TestWorkbooks.XLSX_TYPE)));
    assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code());
  }

  @Test
  void aSheetWithoutANameIsCorrupt() throws IOException {
    Map<String, String> parts = TestWorkbooks.packageParts(TestWorkbooks.XLSX_TYPE);
    parts.put("xl/workbook.xml", parts.get("xl/workbook.xml").replace("name=\"自评表\" ", ""));
    Problem problem = refusal(readParts(parts));
    assertEquals("the workbook part lists a sheet with no name or part", english(problem));
  }

  @Test
  void aWorkbookWithoutSheetsIsCorrupt() throws IOException {
    Map<String, String> parts = TestWorkbooks.packageParts(TestWorkbooks.XLSX_TYPE);
    parts.put(
        "xl/workbook.xml",
        parts
            .get("xl/workbook.xml")
            .replace("<sheet name=\"自评表\" sheetId=\"1\" r:id=\"rId1\"/>", ""));
    Problem problem = refusal(readParts(parts));
    assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code());
    assertEquals("the workbook has no sheet", english(problem));
  }

  @Test
  void aPackageWithoutAMainDocumentIsCorrupt() throws IOException {
    Map<String, String> parts = TestWorkbooks.packageParts(TestWorkbooks.XLSX_TYPE);
    parts.put(
        "_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
    Problem problem = refusal(readParts(parts));
    assertEquals("the package names no main document", english(problem));
  }

  @Test
  void moreThanAThousandSheetsAreTooMany() throws IOException {
    Map<String, String> parts = TestWorkbooks.packageParts(TestWorkbooks.XLSX_TYPE);
    StringBuilder sheets = new StringBuilder();
    for (int i = 0; i <= Grids.MAX_SHEETS; i++) {
      sheets.append("<sheet name=\"s").append(i).append("\" sheetId=\"1\" r:id=\"rId1\"/>");
    }
    parts.put(
        "xl/workbook.xml",
        parts
            .get("xl/workbook.xml")
            .replace("<sheet name=\"自评表\" sheetId=\"1\" r:id=\"rId1\"/>", sheets));
    parts.put("xl/worksheets/sheet1.xml", TestWorkbooks.sheet(""));
    Problem problem = refusal(readParts(parts));
    assertEquals(ProblemCode.TOO_LARGE, problem.code());
    assertEquals(List.of("TOO_MANY_SHEETS", "1000"), problem.arguments());
    assertEquals("more than 1,000 sheets", english(problem));
  }

  @Test
  void aMalformedSheetIsCorruptNamingTheSheetAndLine() throws IOException {
    Problem problem =
        refusal(readSheet(TestWorkbooks.sheet("<row r=\"1\"><c r=\"A1\"><v>1</c></row>"), ""));
    assertEquals(ProblemCode.CORRUPT_WORKBOOK, problem.code());
    assertEquals(List.of("MALFORMED_SHEET_XML", "自评表", "1"), problem.arguments().subList(0, 3));
    assertTrue(
        english(problem).startsWith("sheet ‘自评表’ is not well-formed XML at line 1: "),
        english(problem));
    assertEquals(
        "无法读取该工作簿，文件可能不完整或已损坏：工作表“自评表”第 1 行不是格式正确的 XML",
        problem.message(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aWorkbookWrittenByTheStreamingWriterIsRead() throws IOException {
    // SXSSF writes inline strings and no row spans: another writer's spelling of the same cells.
    Path file = dir.resolve("streamed.xlsx");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(10);
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = workbook.createSheet("数据");
      for (int r = 0; r < 50; r++) {
        var row = sheet.createRow(r);
        row.createCell(0).setCellValue("第" + r + "行");
        row.createCell(1).setCellValue(r + 0.25);
      }
      workbook.write(out);
    }
    SheetGrid sheet = WorkbookGrids.read(file).sheets().get(0);
    assertEquals("第49行", sheet.cell(49, 0).text());
    assertEquals("49.25", sheet.cell(49, 1).text());
  }
}
