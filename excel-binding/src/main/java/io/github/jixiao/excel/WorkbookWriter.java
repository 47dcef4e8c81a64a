package io.github.jixiao.excel;

import io.github.jixiao.core.model.Project;
import io.github.jixiao.excel.file.WorkbookCopy;
import io.github.jixiao.excel.layout.FormLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * Writes 项目支出绩效自评表 as Excel workbooks in the printed 附件5 layout of the reference forms
 * (docs/workbooks.md §6): the blank template a unit fills in, or any {@link Project}. Reading what
 * it writes gives back the same project.
 *
 * <p>The layout is nine columns wide, with merged cells and thin borders as on the printed form:
 * the title and {@code (2024年度)}; 项目名称, 主管部门 and 实施单位; the funding block (年度资金总额 with its 分值, 执行率
 * and 得分, then 其中：当年财政拨款, 上年结转资金 and 其他资金); 年度总体目标 with 预期目标 and 实际完成情况; the indicator block, each
 * 一级 label ({@code 产出指标（50分）}, the weight printed where the level has one) merged down its rows,
 * each 二级 label (a free one as written) merged down its category's, each 三级 name numbered {@code
 * 指标1：}; 总分 with the sum of the weights under 分值 and the reported total under 得分; and the 注意事项
 * note.
 *
 * <p>Figures are number cells whose format shows the places they carry: the reported rate as a
 * percentage ({@code 0.00%} for 9.30, so that it reads back 9.30), the funding score and the total
 * to their places, amounts, weights and scores to their own. A value that a double does not hold
 * exactly (more than 15 significant digits) is written as text, which reads back the same. An
 * indicator marked 不适用 whose target and actual do not say so has it in its 偏差原因分析及改进措施 cell: {@code
 * 不适用}, or {@code 不适用：} before its reason.
 *
 * <p>Limits of the layout: two categories in a row with the same label read back as one (the paper
 * form cannot tell them apart either), an indicator named {@code 无} with no weight or score is a
 * placeholder row and is not read back, and a deviation that itself begins with {@code 不适用} reads
 * back as marking its indicator 不适用.
 *
 * <pre>{@code
 * WorkbookWriter writer = WorkbookWriter.create();
 * writer.writeTemplate(Path.of("项目支出绩效自评表.xlsx"));   // or .xls, for Excel 97–2003
 * writer.write(project, Path.of("自评表.xls"));
 * writer.writeAll(projects, response.getOutputStream());   // .xlsx
 * }</pre>
 *
 * <p>A file's name chooses its format: {@code .xlsx} Office Open XML, {@code .xlsm} the same as a
 * macro-enabled workbook (with no macro), {@code .xls} the BIFF8 binary of Excel 97–2003, which
 * holds the layout as it is (the same cells, merges, formats and borders read back as the same
 * form); any other name is refused. A file that exists is replaced, as {@link Files#write(Path,
 * byte[], java.nio.file.OpenOption...)} replaces one, but never left half-written: the workbook is
 * written to a temporary file beside it, then moved into its place. A stream gets {@code .xlsx}.
 *
 * <p>{@link #template()}, {@link #write(Project)} and {@link #writeAll(List)} hand back the {@code
 * .xlsx} workbook itself, new and the caller's to write and close, for a caller that adds to it
 * before writing it.
 *
 * <p>Stateless; thread-safe.
 */
public final class WorkbookWriter {
  /**
   * The name of the sheet that holds the form, 项目支出绩效自评表; in a workbook of several forms, the
   * others are 项目支出绩效自评表(2), (3)…
   */
  public static final String SHEET_NAME = "项目支出绩效自评表";

  private static final WorkbookWriter INSTANCE = new WorkbookWriter();

  private WorkbookWriter() {}

  /**
   * The writer.
   *
   * @return the writer
   */
  public static WorkbookWriter create() {
    return INSTANCE;
  }

  /**
   * The blank form, ready to fill in Excel or WPS: the standard 一级 levels with their weights (产出
   * 50, 效益 30, 满意度 10) and 二级 categories, two blank 三级 rows under each, the funding weight 10 and
   * the total's 100.
   *
   * @return a new {@code .xlsx} workbook of one sheet, 项目支出绩效自评表; the caller's to close
   */
  public Workbook template() {
    return template(new XSSFWorkbook());
  }

  /**
   * Writes the blank form of {@link #template()} to a file, in the format its name says.
   *
   * @param file where to write: a name ending in {@code .xlsx}, {@code .xlsm} or {@code .xls}, in
   *     any case; replaced if it exists
   * @throws IllegalArgumentException if the name ends in none of them
   * @throws IOException if the file cannot be written; then no file is left under its name, or the
   *     one there is as it was
   * @throws NullPointerException if the file is null
   */
  public void writeTemplate(Path file) throws IOException {
    Format format = Format.of(file);
    try (Workbook workbook = template(format.create())) {
      save(workbook, file);
    }
  }

  /**
   * Writes the blank form of {@link #template()} to a stream, as {@code .xlsx}.
   *
   * @param out where to write; not closed
   * @throws IOException if the stream fails
   * @throws NullPointerException if the stream is null
   */
  public void writeTemplate(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    try (Workbook workbook = template()) {
      workbook.write(out);
    }
  }

  /**
   * A form in the template's layout: free 二级 labels as written, a 成本 level like any other, an
   * indicator marked 不适用 in its 偏差原因分析及改进措施 cell where its target and actual do not say so.
   *
   * @param project the form
   * @return a new {@code .xlsx} workbook of one sheet, 项目支出绩效自评表; the caller's to close
   * @throws IllegalArgumentException if a text is longer than a cell holds (32,767 characters)
   * @throws NullPointerException if the project is null
   */
  public Workbook write(Project project) {
    return writeAll(List.of(Objects.requireNonNull(project, "project must not be null")));
  }

  /**
   * Writes a form, as {@link #write(Project)} lays it out, to a file in the format its name says.
   *
   * @param project the form
   * @param file where to write: a name ending in {@code .xlsx}, {@code .xlsm} or {@code .xls}, in
   *     any case; replaced if it exists
   * @throws IllegalArgumentException if the name ends in none of them, a text is longer than a cell
   *     holds (32,767 characters), or the form needs more rows than an {@code .xls} sheet's 65,536
   * @throws IOException if the file cannot be written; then no file is left under its name, or the
   *     one there is as it was
   * @throws NullPointerException if an argument is null
   */
  public void write(Project project, Path file) throws IOException {
    writeAll(List.of(Objects.requireNonNull(project, "project must not be null")), file);
  }

  /**
   * Writes a form, as {@link #write(Project)} lays it out, to a stream, as {@code .xlsx}.
   *
   * @param project the form
   * @param out where to write; not closed
   * @throws IllegalArgumentException if a text is longer than a cell holds (32,767 characters)
   * @throws IOException if the stream fails
   * @throws NullPointerException if an argument is null
   */
  public void write(Project project, OutputStream out) throws IOException {
    writeAll(List.of(Objects.requireNonNull(project, "project must not be null")), out);
  }

  /**
   * Several forms in one workbook, one a sheet, as a department gathers its units' forms: the
   * sheets are named 项目支出绩效自评表, then 项目支出绩效自评表(2), (3)…
   *
   * @param projects the forms, in the order of their sheets
   * @return a new {@code .xlsx} workbook of one sheet per form; the caller's to close
   * @throws IllegalArgumentException if there is no form, or a text is longer than a cell holds
   * @throws NullPointerException if the list or a form is null
   */
  public Workbook writeAll(List<Project> projects) {
    return writeAll(projects, XSSFWorkbook::new);
  }

  /**
   * Writes several forms, one a sheet as {@link #writeAll(List)} lays them out, to a file in the
   * format its name says.
   *
   * @param projects the forms, in the order of their sheets
   * @param file where to write: a name ending in {@code .xlsx}, {@code .xlsm} or {@code .xls}, in
   *     any case; replaced if it exists
   * @throws IllegalArgumentException if the name ends in none of them, there is no form, a text is
   *     longer than a cell holds (32,767 characters), or a form needs more rows than an {@code
   *     .xls} sheet's 65,536
   * @throws IOException if the file cannot be written; then no file is left under its name, or the
   *     one there is as it was
   * @throws NullPointerException if an argument or a form is null
   */
  public void writeAll(List<Project> projects, Path file) throws IOException {
    Format format = Format.of(file);
    try (Workbook workbook = writeAll(projects, format::create)) {
      save(workbook, file);
    }
  }

  /**
   * Writes several forms, one a sheet as {@link #writeAll(List)} lays them out, to a stream, as
   * {@code .xlsx}.
   *
   * @param projects the forms, in the order of their sheets
   * @param out where to write; not closed
   * @throws IllegalArgumentException if there is no form, or a text is longer than a cell holds
   * @throws IOException if the stream fails
   * @throws NullPointerException if an argument or a form is null
   */
  public void writeAll(List<Project> projects, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    try (Workbook workbook = writeAll(projects)) {
      workbook.write(out);
    }
  }

  /** The formats a file's name chooses, by its extension. */
  private enum Format {
    XLSX(".xlsx", XSSFWorkbook::new),
    XLSM(".xlsm", () -> new XSSFWorkbook(XSSFWorkbookType.XLSM)),
    XLS(".xls", HSSFWorkbook::new);

    private final String extension;
    private final Supplier<Workbook> workbook;

    Format(String extension, Supplier<Workbook> workbook) {
      this.extension = extension;
      this.workbook = workbook;
    }

    static Format of(Path file) {
      String name =
          String.valueOf(Objects.requireNonNull(file, "file must not be null").getFileName())
              .toLowerCase(Locale.ROOT);
      for (Format format : values()) {
        if (name.endsWith(format.extension)) {
          return format;
        }
      }
      throw new IllegalArgumentException(
          "a workbook's name ends in .xlsx, .xlsm or .xls, which says its format: " + file);
    }

    Workbook create() {
      return workbook.get();
    }
  }

  private static Workbook template(Workbook workbook) {
    Sheet sheet = workbook.createSheet(SHEET_NAME);
    FormLayout layout = new FormLayout(workbook);
    layout.page(sheet, 0);
    layout.template(sheet, 0, 0);
    return workbook;
  }

  private static Workbook writeAll(List<Project> projects, Supplier<Workbook> empty) {
    if (projects.isEmpty()) {
      throw new IllegalArgumentException("a workbook of forms holds at least one");
    }
    Workbook workbook = empty.get();
    try {
      FormLayout layout = new FormLayout(workbook);
      for (int i = 0; i < projects.size(); i++) {
        Project project = Objects.requireNonNull(projects.get(i), "projects[" + i + "] is null");
        Sheet sheet = workbook.createSheet(i == 0 ? SHEET_NAME : SHEET_NAME + "(" + (i + 1) + ")");
        layout.page(sheet, 0, project);
        layout.write(sheet, 0, 0, project);
      }
      return workbook;
    } catch (RuntimeException e) {
      try {
        workbook.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** A workbook saved whole or not at all; a directory under the name is not replaced. */
  private static void save(Workbook workbook, Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory");
    }
    WorkbookCopy.write(workbook, file);
  }
}
