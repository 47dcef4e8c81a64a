package io.github.jixiao.excel.grid.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.excel.grid.Grids;
import io.github.jixiao.excel.grid.SheetGrid;
import io.github.jixiao.excel.testing.TestWorkbooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200,000-row data sheet before a small form sheet, read in a JVM of 256 MB (a surefire execution
 * of its own, docs/workbooks.md §4): the data sheet is cut at 10,000 rows and does not stop the
 * form sheet from being read. The data's strings are shared strings, as Excel saves them, so the
 * reader must not hold the 200,000 it does not need. The same workbook uploaded as a stream is read
 * in the same heap, and an endless upload is refused without its bytes held.
 */
class WorkbookGridsUnderSmallHeapTest {
  private static final int ROWS = 200_000;
  private static final Duration LIMIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  /**
   * The package written part by part as Excel lays it out (shared strings, the styles of {@link
   * TestWorkbooks#sheetXml}, whose cell style 1 is 0.00%), streamed to the file: POI's streaming
   * writer takes most of a minute for the same under the coverage agent.
   */
  private Path workbook() throws IOException {
    Path file = dir.resolve("data-and-form.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file));
        Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> part :
          TestWorkbooks.packageParts(TestWorkbooks.XLSX_TYPE, List.of("数据", "自评表")).entrySet()) {
        part(zip, out, part.getKey(), part.getValue());
      }

      // Strings 0 to 199,999 are the data's 记录r; then 明细, 项目名称, 示例项目, 年度资金总额.
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      out.write("<sst xmlns=\"" + TestWorkbooks.MAIN + "\">");
      for (int r = 0; r < ROWS; r++) {
        out.write("<si><t>记录" + r + "</t></si>");
      }
      out.write("<si><t>明细</t></si><si><t>项目名称</t></si><si><t>示例项目</t></si>");
      out.write("<si><t>年度资金总额</t></si></sst>");
      out.flush();

      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      out.write("<worksheet xmlns=\"" + TestWorkbooks.MAIN + "\"><sheetData>");
      for (int r = 0; r < ROWS; r++) {
        int n = r + 1;
        out.write(
            "<row r=\""
                + n
                + "\"><c r=\"A"
                + n
                + "\" t=\"s\"><v>"
                + r
                + "</v></c><c r=\"B"
                + n
                + "\"><v>"
                + r
                + "</v></c><c r=\"C"
                + n
                + "\" s=\"1\"><v>"
                + r / 100_000.0
                + "</v></c><c r=\"D"
                + n
                + "\" t=\"s\"><v>"
                + ROWS
                + "</v></c><c r=\"E"
                + n
                + "\"><v>"
                + r * 0.5
                + "</v></c></row>");
      }
      out.write("</sheetData><mergeCells count=\"1\"><mergeCell ref=\"D1:D2\"/></mergeCells>");
      out.write("</worksheet>");
      out.flush();

      part(
          zip,
          out,
          "xl/worksheets/sheet2.xml",
          TestWorkbooks.sheet(
              "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>200001</v></c>"
                  + "<c r=\"B1\" t=\"s\"><v>200002</v></c></row>"
                  + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>200003</v></c>"
                  + "<c r=\"B2\"><v>1274.77</v></c><c r=\"C2\" s=\"1\"><v>0.1428</v></c></row>"));
    }
    return file;
  }

  private static void part(ZipOutputStream zip, Writer out, String name, String xml)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    out.write(xml);
    out.flush();
  }

  /** How a read of the grids is done: from the file, or from a stream of its bytes. */
  @FunctionalInterface
  private interface Reading {
    Grids read(Path file) throws IOException;
  }

  @Test
  void aTwoHundredThousandRowSheetIsCutAndTheFormBesideItRead() throws IOException {
    readWithin256Megabytes(WorkbookGrids::read);
  }

  @Test
  void theSameWorkbookUploadedAsAStreamIsReadInTheSameHeap() throws IOException {
    readWithin256Megabytes(
        file -> {
          try (InputStream upload = Files.newInputStream(file)) {
            return WorkbookGrids.read(upload, "data-and-form.xlsx");
          }
        });
  }

  @Test
  void anEndlessUploadIsRefusedWithoutHoldingItsBytes() throws IOException {
    List<MemoryPoolMXBean> heap = heap();
    long before = used(heap);
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 0;
          }

          @Override
          public int read(byte[] buffer, int offset, int count) {
            java.util.Arrays.fill(buffer, offset, offset + count, (byte) 0);
            return count;
          }
        };
    Grids grids = WorkbookGrids.read(endless, "endless.xlsx");
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    assertEquals(io.github.jixiao.core.input.ProblemCode.TOO_LARGE, grids.problems().get(0).code());
    // 64 MB went through a buffer of 8 KB into the temporary file: the heap grew by far less.
    assertTrue(peak - before < 16L << 20, "the heap grew by " + ((peak - before) >> 20) + " MB");
  }

  /** The heap's pools, their peaks reset after a collection. */
  private static List<MemoryPoolMXBean> heap() {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    return heap;
  }

  private static long used(List<MemoryPoolMXBean> heap) {
    return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  private void readWithin256Megabytes(Reading reading) throws IOException {
    Path file = workbook();
    List<MemoryPoolMXBean> heap = heap();
    long start = System.nanoTime();

    Grids grids = reading.read(file);

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
    assertEquals("明细", data.cell(1, 3).text());
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
