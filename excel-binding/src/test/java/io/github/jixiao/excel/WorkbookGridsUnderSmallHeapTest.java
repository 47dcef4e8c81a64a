package io.github.jixiao.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200,000-row data sheet before a small form sheet, read in a JVM of 256 MB (a surefire execution
 * of its own, excel-forms.md §4): the data sheet is cut at 10,000 rows and does not stop the form
 * sheet from being read. The data's strings are shared strings, as Excel saves them, so the reader
 * must not hold the 200,000 it does not need.
 */
class WorkbookGridsUnderSmallHeapTest {
  private static final int ROWS = 200_000;
  private static final Duration LIMIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  private Path workbook() throws IOException {
    Path file = dir.resolve("data-and-form.xlsx");
    // The streaming writer keeps 100 rows in memory; its shared strings table holds the 200,000.
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true);
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
      Sheet data = workbook.createSheet("数据");
      for (int r = 0; r < ROWS; r++) {
        Row row = data.createRow(r);
        row.createCell(0).setCellValue("记录" + r);
        row.createCell(1).setCellValue(r);
        row.createCell(2).setCellValue(r / 100_000.0);
        row.getCell(2).setCellStyle(percent);
        row.createCell(3).setCellValue("明细");
        row.createCell(4).setCellValue(r * 0.5);
      }
      Sheet form = workbook.createSheet("自评表");
      Row title = form.createRow(0);
      title.createCell(0).setCellValue("项目名称");
      title.createCell(1).setCellValue("示例项目");
      Row funding = form.createRow(1);
      funding.createCell(0).setCellValue("年度资金总额");
      funding.createCell(1).setCellValue(1274.77);
      funding.createCell(2).setCellValue(0.1428);
      funding.getCell(2).setCellStyle(percent);
      workbook.write(out);
    }
    return file;
  }

  @Test
  void aTwoHundredThousandRowSheetIsCutAndTheFormBesideItRead() throws IOException {
    Path file = workbook();
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();

    WorkbookGrids.Grids grids = WorkbookGrids.read(file);

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        "%,d-row sheet (%,d bytes): read in %d ms, peak heap %,d MB of %,d MB%n",
        ROWS,
        Files.size(file),
        took.toMillis(),
        peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    assertTrue(took.compareTo(LIMIT) < 0, "took " + took);
    assertEquals(List.of(), grids.problems());

    SheetGrid data = grids.sheets().get(0);
    assertEquals("数据", data.name());
    assertTrue(data.isCut());
    assertEquals(SheetGrid.MAX_ROWS - 1, data.lastRow());
    assertEquals("记录9999", data.cell(9_999, 0).text());
    // Row 9,999 holds 9,999 / 100,000 = 0.09999, shown as 10.00%: the rate is 9.999.
    assertEquals(Optional.of(new BigDecimal("9.999")), data.cell(9_999, 2).number());

    SheetGrid form = grids.sheets().get(1);
    assertEquals("自评表", form.name());
    assertFalse(form.isCut());
    assertEquals("示例项目", form.cell(0, 1).text());
    assertEquals(Optional.of(new BigDecimal("1274.77")), form.cell(1, 1).number());
    assertEquals(Optional.of(new BigDecimal("14.28")), form.cell(1, 2).number());
  }
}
