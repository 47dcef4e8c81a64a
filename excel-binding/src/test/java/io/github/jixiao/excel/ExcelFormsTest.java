package io.github.jixiao.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.excel.layout.FormLayout;
import io.github.jixiao.excel.testing.AsPrinted;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelFormsTest {

  /** The twelve forms, one a sheet, in a workbook of the given kind saved to the file. */
  private static Path oneFormASheet(Workbook workbook, List<Project> forms, Path file)
      throws IOException {
    FormLayout layout = new FormLayout(workbook);
    for (int i = 0; i < forms.size(); i++) {
      Sheet sheet = workbook.createSheet("表" + (i + 1));
      layout.page(sheet, 0);
      layout.write(sheet, 0, 0, forms.get(i));
    }
    return save(workbook, file);
  }

  private static Path save(Workbook workbook, Path file) throws IOException {
    try (workbook;
        OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  /** The reference forms, one a sheet, in an .xlsx and an .xls. */
  private static List<Path> twelveForms(List<Project> json, Path dir) throws IOException {
    return List.of(
        oneFormASheet(new XSSFWorkbook(), json, dir.resolve("十二张.xlsx")),
        oneFormASheet(new HSSFWorkbook(), json, dir.resolve("十二张.xls")));
  }

  private static String plain(Finding f) {
    return f.code() + " " + f.path() + " " + f.expected() + " " + f.actual() + " " + f.subject();
  }

  @Test
  void theTwelveReferenceFormsFromAWorkbookScoreAsFromJsonAndNameTheirCells(@TempDir Path dir)
      throws IOException {
    List<Project> json = WorkbookWriterTest.exampleForms();
    for (Path file : twelveForms(json, dir)) {
      List<ReadResult> forms = ExcelForms.DEFAULT.read(file);
      assertEquals(12, forms.size(), file.toString());
      for (int i = 0; i < forms.size(); i++) {
        ReadResult read = forms.get(i);
        assertTrue(read.isSuccess(), () -> read.describeProblems(java.util.Locale.ROOT));
        assertEquals(AsPrinted.inWanYuan(json.get(i)), read.project().orElseThrow());
        String sheet = "表" + (i + 1);
        assertEquals(
            Optional.of(new FormSource(String.valueOf(file.getFileName()), Optional.of(sheet))),
            read.sourceMap().source());

        Scorecard fromJson = ProjectScorer.DEFAULT.score(json.get(i));
        Scorecard fromWorkbook =
            ProjectScorer.DEFAULT.score(read.project().orElseThrow(), read.sourceMap());
        // Finding for finding, the same; and each names a cell of the form's own sheet.
        assertEquals(
            fromJson.findings().stream().map(ExcelFormsTest::plain).toList(),
            fromWorkbook.findings().stream().map(ExcelFormsTest::plain).toList());
        assertEquals(fromJson.total(), fromWorkbook.total());
        for (Finding finding : fromWorkbook.findings()) {
          SourceLocation.CellAddress cell =
              (SourceLocation.CellAddress) finding.location().orElseThrow();
          assertEquals(sheet, cell.sheet(), finding.toString());
        }
        assertEquals(read.sourceMap().source(), fromWorkbook.source());
      }
    }
  }

  @Test
  void aWorkbookFromAStreamGivesTheFileFormsUnderTheNameItWasSentBy(@TempDir Path dir)
      throws IOException {
    List<Project> json = WorkbookWriterTest.exampleForms();
    for (Path file : twelveForms(json, dir)) {
      List<ReadResult> fromFile = ExcelForms.DEFAULT.read(file);
      List<ReadResult> fromStream;
      boolean[] closed = {false};
      try (InputStream in =
          new java.io.FilterInputStream(Files.newInputStream(file)) {
            @Override
            public void close() throws IOException {
              closed[0] = true;
              super.close();
            }
          }) {
        // A web upload's name, whatever the file was called, and whatever its extension says.
        fromStream = ExcelForms.DEFAULT.read(in, "上传的自评表.xlsx");
        assertFalse(closed[0], "the caller's stream is the caller's to close");
      }
      assertEquals(12, fromStream.size(), file.toString());
      for (int i = 0; i < 12; i++) {
        ReadResult read = fromStream.get(i);
        assertEquals(AsPrinted.inWanYuan(json.get(i)), read.project().orElseThrow());
        FormSource sent = new FormSource("上传的自评表.xlsx", Optional.of("表" + (i + 1)));
        assertEquals(Optional.of(sent), read.sourceMap().source());
        // The scorecard names the upload, and its findings the same cells as the file's do.
        Scorecard card = ProjectScorer.DEFAULT.score(read).orElseThrow();
        Scorecard fileCard = ProjectScorer.DEFAULT.score(fromFile.get(i)).orElseThrow();
        assertEquals(Optional.of(sent), card.source());
        assertEquals(fileCard.findings(), card.findings());
        assertEquals(fileCard.total(), card.total());
      }
    }
  }

  @Test
  void aStreamThatIsNoWorkbookIsRefusedAsAValueNamingNoTemporaryFile() throws IOException {
    List<ReadResult> text =
        ExcelForms.DEFAULT.read(
            new ByteArrayInputStream("项目名称,反垄断\n".getBytes(StandardCharsets.UTF_8)), "form.xlsx");
    assertEquals(1, text.size());
    assertEquals(ProblemCode.NOT_A_WORKBOOK, text.get(0).problems().get(0).code());
    // A workbook cut short, as an upload that broke off: refused, and its problem does not name
    // the temporary file the stream was copied to.
    byte[] whole;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      new FormLayout(workbook)
          .write(workbook.createSheet("表"), 0, 0, WorkbookWriterTest.exampleForms().get(0));
      workbook.write(out);
      whole = out.toByteArray();
    }
    String temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();
    for (int tenth = 1; tenth < 10; tenth++) {
      List<ReadResult> cut =
          ExcelForms.DEFAULT.read(
              new ByteArrayInputStream(Arrays.copyOf(whole, whole.length * tenth / 10)), "断了.xlsx");
      assertEquals(1, cut.size());
      assertEquals(ProblemCode.CORRUPT_WORKBOOK, cut.get(0).problems().get(0).code());
      String described = cut.get(0).describeProblems(Locale.ENGLISH);
      assertFalse(described.contains(temporary), described);
    }
  }

  @Test
  void aReportedTotalFindingNamesTheCellTheTotalIsTypedIn(@TempDir Path dir) throws IOException {
    // 质量基础 reports 100 where its figures give 99.03: the finding is at the 总分 row's 得分 cell,
    // which holds 100.
    Project quality =
        WorkbookWriterTest.exampleForms().stream()
            .filter(p -> p.projectName().contains("质量基础"))
            .findFirst()
            .orElseThrow();
    Path file = oneFormASheet(new XSSFWorkbook(), List.of(quality), dir.resolve("质量基础.xlsx"));
    ReadResult read = ExcelForms.DEFAULT.read(file).get(0);
    Finding total =
        ProjectScorer.DEFAULT
            .score(read.project().orElseThrow(), read.sourceMap())
            .findings()
            .stream()
            .filter(f -> f.path().equals(FormPath.REPORTED_TOTAL))
            .findFirst()
            .orElseThrow();
    SourceLocation.CellAddress cell = (SourceLocation.CellAddress) total.location().orElseThrow();
    try (Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
      assertEquals(
          100.0,
          workbook
              .getSheet(cell.sheet())
              .getRow(cell.row() - 1)
              .getCell(cell.column() - 1)
              .getNumericCellValue());
    }
  }

  @Test
  void aWorkbookWithNoFormIsRefusedAsAWhole(@TempDir Path dir) throws IOException {
    XSSFWorkbook cover = new XSSFWorkbook();
    cover.createSheet("封面").createRow(0).createCell(0).setCellValue("项目支出绩效评价材料");
    List<ReadResult> read = ExcelForms.DEFAULT.read(save(cover, dir.resolve("封面.xlsx")));
    assertEquals(1, read.size());
    assertFalse(read.get(0).isSuccess());
    assertEquals(ProblemCode.NO_FORM, read.get(0).problems().get(0).code());
  }

  @Test
  void aFileThatIsNoWorkbookIsRefusedWhateverItsName(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("form.xlsx"), "项目名称,反垄断\n");
    List<ReadResult> read = ExcelForms.DEFAULT.read(text);
    assertEquals(ProblemCode.NOT_A_WORKBOOK, read.get(0).problems().get(0).code());
  }

  @Test
  void theReviewSheetOfAnAnnotatedCopyIsNoForm(@TempDir Path dir) throws IOException {
    List<Project> forms = WorkbookWriterTest.exampleForms().subList(0, 1);
    XSSFWorkbook workbook = new XSSFWorkbook();
    Path file = oneFormASheet(workbook, forms, dir.resolve("一张.xlsx"));
    Path copy = WorkbookAnnotator.copyPath(file);
    WorkbookAnnotator.DEFAULT.annotate(
        file,
        ExcelForms.DEFAULT.read(file).stream()
            .map(r -> ProjectScorer.DEFAULT.score(r.project().orElseThrow(), r.sourceMap()))
            .toList(),
        copy);
    // The copy reads as the original: its 复核结果 sheet, which names the project, is skipped.
    List<ReadResult> again = ExcelForms.DEFAULT.read(copy);
    assertEquals(1, again.size());
    assertEquals(AsPrinted.inWanYuan(forms.get(0)), again.get(0).project().orElseThrow());
  }

  @Test
  void aWorkbookNameIsKnownByItsExtension() {
    assertTrue(ExcelForms.isWorkbookName(Path.of("a.xlsx")));
    assertTrue(ExcelForms.isWorkbookName(Path.of("a.XLSM")));
    assertTrue(ExcelForms.isWorkbookName(Path.of("dir/a.xls")));
    assertFalse(ExcelForms.isWorkbookName(Path.of("a.json")));
    assertFalse(ExcelForms.isWorkbookName(Path.of("a.xlsb")));
  }
}
