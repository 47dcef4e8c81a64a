package io.github.jixiao.benchmarks;

import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.excel.ExcelForms;
import io.github.jixiao.excel.WorkbookWriter;
import io.github.jixiao.jackson.FormJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reading a workbook of forms (issue 12): the twelve reference forms, one a sheet, and one form of
 * 1,000 indicators, as {@code .xlsx}. One operation reads the whole file. Against two floors of
 * POI's own cost of opening the same file and walking every cell: its streaming reader ({@code
 * XSSFSheetXMLHandler} over every sheet, what a bounded-memory reader cannot do without) and its
 * usermodel ({@code WorkbookFactory}, every cell visited).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkbookBenchmark {

  /** {@code reference} for the twelve forms, one a sheet; {@code 1000} for one generated form. */
  @Param({"reference", "1000"})
  public String forms;

  private Path file;

  /** Writes the workbook once, to a temporary file. */
  @Setup
  public void setUp() throws IOException {
    List<Project> projects = new ArrayList<>();
    FormJson json = FormJson.create();
    for (byte[] document : Documents.of(forms)) {
      projects.add(json.readForm(new String(document, java.nio.charset.StandardCharsets.UTF_8)));
    }
    file = Files.createTempFile("jixiao-benchmark", ".xlsx");
    try (Workbook workbook = WorkbookWriter.create().writeAll(projects);
        OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  /** Removes the workbook. */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** jixiao: every form of the workbook, by its labels, with its source map. */
  @Benchmark
  public List<ReadResult> readForms() throws IOException {
    return ExcelForms.DEFAULT.read(file);
  }

  /** The floor: POI's streaming reader over every sheet, each cell handed to a no-op. */
  @Benchmark
  public void floorStreaming(Blackhole hole) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Walk(hole), false));
          parser.parse(new InputSource(sheet));
        }
      }
    }
  }

  /** A second floor: POI's usermodel opening the file, every cell of every sheet visited. */
  @Benchmark
  public void floorUsermodel(Blackhole hole) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            hole.consume(cell.toString());
          }
        }
      }
    }
  }

  /** Hands each cell's text to the black hole. */
  private static final class Walk implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Blackhole hole;

    Walk(Blackhole hole) {
      this.hole = hole;
    }

    @Override
    public void startRow(int rowNum) {
      hole.consume(rowNum);
    }

    @Override
    public void endRow(int rowNum) {
      hole.consume(rowNum);
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      hole.consume(value);
    }
  }
}
