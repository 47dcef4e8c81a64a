package io.github.jixiao.excel.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.SourceLocation.CellAddress;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.FundingScore;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.excel.WorkbookAnnotator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large sheets that no form is in pass through an annotation: left out of what POI loads, copied
 * back byte for byte.
 */
class PassThroughTest {
  private static final String FORM = "自评表";
  private static final String DATA = "明细";
  private static final String DATA_PART = "xl/worksheets/sheet2.xml";

  @TempDir Path dir;

  /**
   * A workbook of a small form sheet and a data sheet of {@code rows} rows of ten numbers: about
   * 380 bytes of XML a row.
   */
  private Path workbook(String name, int rows, boolean commentOnData) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook base = new XSSFWorkbook()) {
      Sheet form = base.createSheet(FORM);
      form.createRow(0).createCell(0).setCellValue("项目名称");
      form.getRow(0).createCell(1).setCellValue("质量基础专项");
      form.createRow(4).createCell(4).setCellValue(100);
      Sheet data = base.createSheet(DATA);
      if (commentOnData) {
        Comment comment =
            data.createDrawingPatriarch()
                .createCellComment(base.getCreationHelper().createClientAnchor());
        comment.setString(base.getCreationHelper().createRichTextString("单位的批注"));
        data.createRow(0).createCell(0).setCellComment(comment);
      }
      try (SXSSFWorkbook streaming = new SXSSFWorkbook(base, 100)) {
        Sheet rowsOf = streaming.getSheet(DATA);
        for (int r = commentOnData ? 1 : 0; r < rows; r++) {
          Row row = rowsOf.createRow(r);
          for (int c = 0; c < 10; c++) {
            row.createCell(c).setCellValue(r * 10.0 + c + 0.25);
          }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
          streaming.write(out);
        }
        streaming.dispose();
      }
    }
    return file;
  }

  private static PassThrough plan(Path file, Set<String> kept, long threshold) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      try {
        return PassThrough.of(pkg, kept, threshold);
      } finally {
        pkg.revert();
      }
    }
  }

  private static byte[] entry(Path file, String name) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(name);
      try (InputStream in = zip.getInputStream(entry)) {
        return in.readAllBytes();
      }
    }
  }

  @Test
  void aLargeSheetNoFormIsInPassesThroughAndTheFormsSheetIsLoaded() throws Exception {
    Path file = workbook("data.xlsx", 200, false);
    assertEquals(Set.of(DATA_PART), plan(file, Set.of(FORM), 1_000).parts());
    // A sheet's name is told apart regardless of case, as POI's getSheet tells it.
    assertEquals(
        Set.of(DATA_PART), plan(file, Set.of(FORM.toUpperCase(Locale.ROOT)), 1_000).parts());
    assertEquals(
        Set.of(), plan(file, Set.of(FORM, DATA), 1_000).parts(), "a marked sheet is loaded");
    // 200 rows are about 76 KB of XML: under a threshold of 1 MB, it is loaded.
    assertEquals(Set.of(), plan(file, Set.of(FORM), 1_000_000).parts());
    assertTrue(PassThrough.NONE.isEmpty());
  }

  @Test
  void aSheetWithCommentsIsLoadedWhateverItsSize() throws Exception {
    Path file = workbook("commented.xlsx", 200, true);
    assertEquals(Set.of(), plan(file, Set.of(FORM), 1_000).parts());
  }

  @Test
  void theStrippedPackageHoldsAnEmptySheetAndTheRestoredCopyTheSheetAsItWas() throws Exception {
    Path file = workbook("data.xlsx", 200, false);
    PassThrough passThrough = plan(file, Set.of(FORM), 1_000);
    byte[] stripped = passThrough.stripped(file);
    try (Workbook loaded = WorkbookFactory.create(new ByteArrayInputStream(stripped))) {
      assertEquals(2, loaded.getNumberOfSheets());
      assertEquals(-1, loaded.getSheet(DATA).getLastRowNum(), "no row of the data sheet loaded");
      assertEquals("质量基础专项", loaded.getSheet(FORM).getRow(0).getCell(1).getStringCellValue());
      loaded.getSheet(FORM).getRow(4).getCell(4).setCellValue(99.03);
      Path written = dir.resolve("written.xlsx");
      try (OutputStream out = Files.newOutputStream(written)) {
        loaded.write(out);
      }
      Path copy = dir.resolve("copy.xlsx");
      try (OutputStream out = Files.newOutputStream(copy)) {
        passThrough.restore(written, file, out);
      }
      assertArrayEquals(entry(file, DATA_PART), entry(copy, DATA_PART));
      try (Workbook reread = WorkbookFactory.create(copy.toFile(), null, true)) {
        assertEquals(199, reread.getSheet(DATA).getLastRowNum());
        assertEquals(1990.25, reread.getSheet(DATA).getRow(199).getCell(0).getNumericCellValue());
        assertEquals(99.03, reread.getSheet(FORM).getRow(4).getCell(4).getNumericCellValue());
      }
    }
  }

  @Test
  void theAnnotatorMarksTheFormOfAWorkbookWhoseOtherSheetIsLargeAndCopiesThatSheetAsItIs()
      throws Exception {
    // 12,000 rows of ten numbers: about 4.6 MB of XML, over the 4 MB from which a sheet passes.
    Path file = workbook("large.xlsx", 12_000, false);
    assertTrue(entry(file, DATA_PART).length > PassThrough.THRESHOLD);
    Finding total =
        new Finding(
            FindingCode.TOTAL_SCORE_MISMATCH,
            FormPath.REPORTED_TOTAL,
            Optional.of(new BigDecimal("99.03")),
            Optional.of(new BigDecimal("100")),
            Optional.empty(),
            Optional.of(CellAddress.parse("'" + FORM + "'!E5")));
    Scorecard card =
        new Scorecard(
            "质量基础专项",
            new FundingScore(BigDecimal.TEN, Optional.empty(), BigDecimal.ZERO),
            List.of(),
            new BigDecimal("99.03"),
            new BigDecimal("99.03"),
            Optional.of(new BigDecimal("100")),
            Grade.EXCELLENT,
            List.of(total),
            List.of());
    Path copy = dir.resolve("large.复核.xlsx");
    List<Problem> problems = WorkbookAnnotator.DEFAULT.annotate(file, List.of(card), copy);
    assertEquals(List.of(), problems);
    assertArrayEquals(entry(file, DATA_PART), entry(copy, DATA_PART));
    try (Workbook annotated = WorkbookFactory.create(copy.toFile(), null, true)) {
      assertEquals(11_999, annotated.getSheet(DATA).getLastRowNum());
      Comment comment = annotated.getSheet(FORM).getRow(4).getCell(4).getCellComment();
      assertTrue(
          comment.getString().getString().contains("99.03"), comment.getString().getString());
      assertTrue(annotated.getSheet("复核结果") != null, "the review sheet is added");
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(
          List.of("large.xlsx", "large.复核.xlsx"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary file stays");
    }
  }
}
