package io.github.jixiao.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.FormSource;
import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.testing.Forms;
import io.github.jixiao.core.testing.ReferenceForms;
import io.github.jixiao.core.testing.Theories;
import io.github.jixiao.excel.form.FormLocator;
import io.github.jixiao.excel.grid.SheetGrid;
import io.github.jixiao.excel.testing.AsPrinted;
import io.github.jixiao.excel.testing.TestSheets;
import io.github.jixiao.excel.testing.UsermodelGrids;
import io.github.jixiao.jackson.FormJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {
  private static final WorkbookWriter WRITER = WorkbookWriter.create();

  /** The twelve reference forms as examples/forms holds them. */
  static List<Project> exampleForms() throws IOException {
    Path forms = Path.of("../examples/forms");
    try (Stream<Path> files = Files.list(forms)) {
      List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertEquals(12, json.size(), "examples/forms holds the twelve reference forms");
      FormJson reader = FormJson.create();
      return json.stream()
          .map(
              f -> {
                try {
                  return reader.readForm(f);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  /** Writes a form, saves the workbook, reads it back through the sheet grid. */
  static ReadResult roundTrip(Project project) throws IOException {
    try (Workbook workbook = WRITER.write(project)) {
      List<SheetGrid> sheets = UsermodelGrids.saved(workbook);
      assertEquals(1, sheets.size());
      List<ReadResult> forms = FormLocator.forms(sheets.get(0));
      assertEquals(1, forms.size());
      return forms.get(0);
    }
  }

  @Test
  void theTwelveReferenceFormsReadBackAsWritten() throws IOException {
    for (Project project : exampleForms()) {
      ReadResult read = roundTrip(project);
      assertTrue(read.isSuccess(), () -> project.projectName() + ": " + read.problems());
      assertEquals(
          AsPrinted.inWanYuan(project), read.project().orElseThrow(), project.projectName());
    }
  }

  @Test
  void theReferenceFormsInCodeReadBackAsWritten() throws IOException {
    for (Project project : ReferenceForms.all()) {
      ReadResult read = roundTrip(project);
      assertEquals(
          AsPrinted.inWanYuan(project), read.project().orElseThrow(), project.projectName());
    }
  }

  @Test
  void anyConsistentFormReadsBackAsWritten() {
    Theories.qt(60)
        .forAll(Forms.consistentProjects())
        .check(WorkbookWriterTest::readsBackAsWritten);
  }

  @Test
  void anyFormOfRevisionThreeReadsBackAsWritten() {
    // Its unit (none reads back as the 万元 the corner prints), listed rows with a free one, the
    // grade on the 总分 row, 年初指标值 and 扣减分数: excel-forms §6.
    Theories.qt(60)
        .forAll(Forms.revisionThreeProjects())
        .check(WorkbookWriterTest::readsBackAsWritten);
  }

  /** Whether a form written reads back whole, as its printed corner reads. */
  private static boolean readsBackAsWritten(Project project) {
    try {
      ReadResult read = roundTrip(project);
      return read.isSuccess() && read.project().orElseThrow().equals(AsPrinted.inWanYuan(project));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A form that uses all of revision 2: a 成本 level, free labels, 不适用, empty parts. */
  static Project revisionTwo() {
    return Project.builder("成本与满意度专项")
        .year(2025)
        .competentDepartment("自治区财政厅")
        .goals("完成年度目标\n第二段", null)
        .funding(
            FundingBreakdown.builder()
                .weight("10")
                .total("300", "54.14", "54.14")
                .carryover("300", null, null)
                .other("0", "0", "0")
                .reportedExecutionRate("100.00")
                .reportedScore("10.00")
                .build())
        .level(
            Level.OUTPUT,
            "37.5",
            CategorySection.of(
                Category.QUANTITY,
                Indicator.of("指标1：带编号的名称", "≥1笔", "24笔", "12.5", "12.5"),
                Indicator.of("无", null, null, "12.5", "10").withDeviation("未完成")),
            CategorySection.of(
                Level.OUTPUT, "效率指标", Indicator.of("效率", "提高", "提高", "12.5", "12.5")),
            CategorySection.of(Category.TIMELINESS))
        .level(
            Level.COST,
            "12.5",
            CategorySection.of(
                Category.ECONOMIC_COST,
                Indicator.of("单位成本", "≤2500元", "1800元", "12.5", "12.5")
                    .withNotApplicable(true)
                    .withDeviation("政策调整")))
        .level(
            LevelSection.of(
                Level.BENEFIT,
                CategorySection.of(
                    Category.SOCIAL,
                    Indicator.of("社会效益", "不适用", null, "30", "30"),
                    Indicator.of("宣传", "提升", "提升", "0", null).withNotApplicable(true))))
        .level(LevelSection.of(Level.SATISFACTION))
        .reportedTotal("92.5")
        .build();
  }

  @Test
  void aFormOfRevisionTwoReadsBackAsWritten() throws IOException {
    Project project = revisionTwo();
    ReadResult read = roundTrip(project);
    assertTrue(read.isSuccess(), read.problems()::toString);
    assertEquals(AsPrinted.inWanYuan(project), read.project().orElseThrow());
  }

  @Test
  void valuesADoubleCannotHoldReadBackAsWritten() throws IOException {
    Project project =
        Project.builder("大额")
            .funding(
                FundingBreakdown.builder()
                    .total("123456789012.123456", "0.1", null)
                    .reportedExecutionRate("12.123456")
                    .reportedScore("1.2345678901234567")
                    .build())
            .reportedTotal("99.9999990000000000000")
            .build();
    ReadResult read = roundTrip(project);
    // The reported score has 16 places, more than a form allows: read back, it is refused as such.
    assertEquals(
        List.of(ProblemCode.OUT_OF_RANGE, ProblemCode.OUT_OF_RANGE),
        read.problems().stream().map(Problem::code).toList());
    Project allowed =
        Project.builder("大额")
            .funding(
                FundingBreakdown.builder()
                    .total("123456789012.123456", "0.1", null)
                    .reportedExecutionRate("12.123456")
                    .build())
            .build();
    assertEquals(AsPrinted.inWanYuan(allowed), roundTrip(allowed).project().orElseThrow());
  }

  @Test
  void theTemplateReadsBackAsABlankFormThatNeedsItsName() throws IOException {
    try (Workbook template = WRITER.template()) {
      assertEquals(WorkbookWriter.SHEET_NAME, template.getSheetName(0));
      List<ReadResult> forms = FormLocator.forms(UsermodelGrids.saved(template).get(0));
      assertEquals(1, forms.size());
      // Nothing is filled in, so the one thing wrong is the blank 项目名称, at its label.
      List<Problem> problems = forms.get(0).problems();
      assertEquals(1, problems.size());
      assertEquals(ProblemCode.BLANK, problems.get(0).code());
      assertEquals(FormPath.PROJECT_NAME, problems.get(0).path());
      assertEquals(
          Optional.of(TestSheets.at(WorkbookWriter.SHEET_NAME, "A4")), problems.get(0).location());

      TestSheets.cell(template.getSheetAt(0), "C4").setCellValue("新项目");
      Project filled =
          FormLocator.forms(UsermodelGrids.saved(template).get(0)).get(0).project().orElseThrow();
      // The standard levels with their weights and empty categories; the funding weight 10.
      assertEquals(Optional.of(new BigDecimal("10")), filled.funding().weight());
      assertEquals(
          List.of(Level.OUTPUT, Level.BENEFIT, Level.SATISFACTION),
          filled.levels().stream().map(LevelSection::level).toList());
      assertEquals(
          Level.BENEFIT.categories(),
          filled.levels().get(1).categories().stream().map(CategorySection::category).toList());
      assertEquals(0, filled.levels().stream().flatMap(LevelSection::indicators).count());
      assertEquals(Optional.empty(), filled.year());
      assertEquals(Optional.empty(), filled.reportedTotal());
    }
  }

  @Test
  void aRowIsAsTallAsItsLongestTextWraps() throws IOException {
    // 指标1： and 40 characters take 87 of column D's 28 a line: four lines of 15 points.
    Project project =
        Project.builder("行高")
            .level(
                Level.OUTPUT,
                "50",
                CategorySection.of(
                    Category.QUANTITY,
                    Indicator.of("长".repeat(40), "1项", "1项", "25", "25"),
                    Indicator.of("短", "1项", "1项", "25", "25")))
            .build();
    try (Workbook workbook = WRITER.write(project)) {
      Sheet sheet = workbook.getSheetAt(0);
      float longRow = -1;
      float shortRow = -1;
      for (Row row : sheet) {
        Cell name = row.getCell(3);
        if (name != null && name.getCellType() == CellType.STRING) {
          if (name.getStringCellValue().endsWith("长")) {
            longRow = row.getHeightInPoints();
          } else if (name.getStringCellValue().endsWith("短")) {
            shortRow = row.getHeightInPoints();
          }
        }
      }
      assertEquals(60f, longRow);
      assertEquals(sheet.getDefaultRowHeightInPoints(), shortRow);
    }
  }

  @Test
  void theTemplateAndEachWrittenFormPrintOnePageWideOnA4Centred() throws IOException {
    try (Workbook template = WorkbookWriter.create().template();
        Workbook written = WorkbookWriter.create().writeAll(exampleForms().subList(0, 2))) {
      for (Sheet sheet :
          List.of(template.getSheetAt(0), written.getSheetAt(0), written.getSheetAt(1))) {
        PrintSetup page = sheet.getPrintSetup();
        assertEquals(PrintSetup.A4_PAPERSIZE, page.getPaperSize(), sheet.getSheetName());
        assertTrue(sheet.getFitToPage(), sheet.getSheetName());
        // One page wide, as many pages tall as the indicators take (0: not limited).
        assertEquals(1, page.getFitWidth(), sheet.getSheetName());
        assertEquals(0, page.getFitHeight(), sheet.getSheetName());
        assertTrue(sheet.getHorizontallyCenter(), sheet.getSheetName());
        // Column D, the 三级 names, is the widest: 28 characters.
        assertEquals(28 * 256, sheet.getColumnWidth(3), sheet.getSheetName());
      }
    }
  }

  @Test
  void aTextLongerThanACellHoldsIsRefused() {
    Project project = Project.builder("长文本").goals("长".repeat(32_768), null).build();
    assertThrows(IllegalArgumentException.class, () -> WRITER.write(project));
  }

  @Test
  void aNullProjectIsAProgrammersError() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> WRITER.write(null));
    assertEquals("project must not be null", e.getMessage());
  }

  @Test
  void severalFormsGoOneASheetAndReadBackInOrder(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    List<Project> forms = exampleForms().subList(0, 3);
    Path file = dir.resolve("三张.xlsx");
    try (Workbook workbook = WRITER.writeAll(forms);
        var out = Files.newOutputStream(file)) {
      assertEquals("项目支出绩效自评表(3)", workbook.getSheetName(2));
      workbook.write(out);
    }
    assertEquals(
        AsPrinted.inWanYuan(forms),
        ExcelForms.DEFAULT.read(file).stream().map(r -> r.project().orElseThrow()).toList());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> WRITER.writeAll(List.of()));
  }

  @Test
  void theTemplateIsWrittenInTheFormatItsFileNameSays(@TempDir Path dir) throws IOException {
    for (String name : List.of("模板.xlsx", "模板.XLSM", "模板.xls")) {
      Path file = dir.resolve(name);
      WRITER.writeTemplate(file);
      FileMagic magic = FileMagic.valueOf(file.toFile());
      assertEquals(name.endsWith("xls") ? FileMagic.OLE2 : FileMagic.OOXML, magic, name);
      // Read back, it is the blank form, whose one problem is its blank 项目名称 at A4.
      List<ReadResult> forms = ExcelForms.DEFAULT.read(file);
      assertEquals(1, forms.size(), name);
      assertEquals(
          List.of(
              Problem.of(ProblemCode.BLANK, FormPath.PROJECT_NAME)
                  .at(TestSheets.at(WorkbookWriter.SHEET_NAME, "A4"))),
          forms.get(0).problems(),
          name);
    }
    // The macro-enabled name gets a macro-enabled workbook's main part, which Excel asks of it.
    try (InputStream in = Files.newInputStream(dir.resolve("模板.XLSM"));
        XSSFWorkbook xlsm = new XSSFWorkbook(in)) {
      assertEquals(XSSFWorkbookType.XLSM, xlsm.getWorkbookType());
    }
  }

  @Test
  void theTwelveReferenceFormsWrittenToAnXlsReadBackAsWritten(@TempDir Path dir)
      throws IOException {
    List<Project> forms = exampleForms();
    Path xls = dir.resolve("十二张.xls");
    WRITER.writeAll(forms, xls);
    assertEquals(FileMagic.OLE2, FileMagic.valueOf(xls.toFile()));
    List<ReadResult> read = ExcelForms.DEFAULT.read(xls);
    assertEquals(
        AsPrinted.inWanYuan(forms), read.stream().map(r -> r.project().orElseThrow()).toList());
    assertEquals(
        Optional.of(new FormSource("十二张.xls", Optional.of("项目支出绩效自评表(12)"))),
        read.get(11).sourceMap().source());
    // One form to a file of its own, as an .xlsx.
    Path one = dir.resolve("一张.xlsx");
    WRITER.write(forms.get(8), one);
    assertEquals(FileMagic.OOXML, FileMagic.valueOf(one.toFile()));
    assertEquals(
        List.of(AsPrinted.inWanYuan(forms.get(8))),
        ExcelForms.DEFAULT.read(one).stream().map(r -> r.project().orElseThrow()).toList());
  }

  @Test
  void aFileThatExistsIsReplacedWholeAndNothingIsLeftBeside(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("自评表.xlsx"), "an old file");
    Project form = exampleForms().get(0);
    WRITER.write(form, file);
    assertEquals(
        AsPrinted.inWanYuan(form), ExcelForms.DEFAULT.read(file).get(0).project().orElseThrow());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left beside it");
    }
  }

  @Test
  void aFormThatCannotBeWrittenLeavesTheFileAsItWas(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("自评表.xls"), "an old file");
    Project tooLong = Project.builder("长文本").goals("长".repeat(32_768), null).build();
    assertThrows(IllegalArgumentException.class, () -> WRITER.write(tooLong, file));
    assertEquals("an old file", Files.readString(file));
    Path none = dir.resolve("无.xlsx");
    assertThrows(IllegalArgumentException.class, () -> WRITER.writeAll(List.of(), none));
    assertFalse(Files.exists(none));
  }

  @Test
  void aNameThatSaysNoWorkbookIsRefusedAndNothingWritten(@TempDir Path dir) {
    for (String name : List.of("自评表.csv", "自评表.xlsb", "自评表", "自评表.xls.bak")) {
      Path file = dir.resolve(name);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> WRITER.writeTemplate(file));
      assertEquals(
          "a workbook's name ends in .xlsx, .xlsm or .xls, which says its format: " + file,
          e.getMessage());
      assertFalse(Files.exists(file), name);
    }
  }

  @Test
  void aDirectoryUnderTheNameIsNotReplaced(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("文件夹.xlsx"));
    FileSystemException e =
        assertThrows(FileSystemException.class, () -> WRITER.writeTemplate(folder));
    assertEquals(folder + ": is a directory", e.getMessage());
    assertTrue(Files.isDirectory(folder));
  }

  /** A stream that records whether it was closed. */
  private static final class Download extends ByteArrayOutputStream {
    private boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void formsAreWrittenToAStreamAsAnXlsxLeftOpen() throws IOException {
    List<Project> forms = exampleForms().subList(0, 3);
    Download all = new Download();
    WRITER.writeAll(forms, all);
    Download one = new Download();
    WRITER.write(forms.get(2), one);
    Download template = new Download();
    WRITER.writeTemplate(template);
    for (Download out : List.of(all, one, template)) {
      assertFalse(out.closed, "the caller's stream is the caller's to close");
      assertEquals(FileMagic.OOXML, FileMagic.valueOf(new ByteArrayInputStream(out.toByteArray())));
    }
    assertEquals(
        AsPrinted.inWanYuan(forms),
        ExcelForms.DEFAULT.read(new ByteArrayInputStream(all.toByteArray()), "三张.xlsx").stream()
            .map(r -> r.project().orElseThrow())
            .toList());
    assertEquals(
        AsPrinted.inWanYuan(forms.get(2)),
        ExcelForms.DEFAULT
            .read(new ByteArrayInputStream(one.toByteArray()), "一张.xlsx")
            .get(0)
            .project()
            .orElseThrow());
    assertEquals(
        ProblemCode.BLANK,
        ExcelForms.DEFAULT
            .read(new ByteArrayInputStream(template.toByteArray()), "模板.xlsx")
            .get(0)
            .problems()
            .get(0)
            .code());
  }

  @Test
  void nullsToTheWritingMethodsAreProgrammersErrors(@TempDir Path dir) {
    Project form = Project.builder("项目").build();
    Path file = dir.resolve("x.xlsx");
    assertThrows(NullPointerException.class, () -> WRITER.writeTemplate((Path) null));
    assertThrows(NullPointerException.class, () -> WRITER.writeTemplate((OutputStream) null));
    assertThrows(NullPointerException.class, () -> WRITER.write(null, file));
    assertThrows(NullPointerException.class, () -> WRITER.write(form, (Path) null));
    assertThrows(NullPointerException.class, () -> WRITER.write(form, (OutputStream) null));
    assertThrows(NullPointerException.class, () -> WRITER.writeAll(null, file));
    assertThrows(NullPointerException.class, () -> WRITER.writeAll(List.of(form), (Path) null));
    assertThrows(
        NullPointerException.class, () -> WRITER.writeAll(List.of(form), (OutputStream) null));
    assertFalse(Files.exists(file));
  }
}
