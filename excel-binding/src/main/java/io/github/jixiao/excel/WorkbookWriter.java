package io.github.jixiao.excel;

import io.github.jixiao.core.model.Project;
import io.github.jixiao.excel.layout.FormLayout;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
 * try (Workbook workbook = WorkbookWriter.create().write(project);
 *     OutputStream out = Files.newOutputStream(Path.of("自评表.xlsx"))) {
 *   workbook.write(out);
 * }
 * }</pre>
 *
 * <p>Stateless; thread-safe. Each workbook it returns is new and the caller's to close.
 */
public final class WorkbookWriter {
  /** The name of the sheet that holds the form. */
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
   * @return a new {@code .xlsx} workbook of one sheet, {@value #SHEET_NAME}
   */
  public Workbook template() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet(SHEET_NAME);
    FormLayout layout = new FormLayout(workbook);
    layout.page(sheet, 0);
    layout.template(sheet, 0, 0);
    return workbook;
  }

  /**
   * A form in the template's layout: free 二级 labels as written, a 成本 level like any other, an
   * indicator marked 不适用 in its 偏差原因分析及改进措施 cell where its target and actual do not say so.
   *
   * @param project the form
   * @return a new {@code .xlsx} workbook of one sheet, {@value #SHEET_NAME}
   * @throws IllegalArgumentException if a text is longer than a cell holds (32,767 characters)
   * @throws NullPointerException if the project is null
   */
  public Workbook write(Project project) {
    return writeAll(List.of(Objects.requireNonNull(project, "project must not be null")));
  }

  /**
   * Several forms in one workbook, one a sheet, as a department gathers its units' forms: the
   * sheets are named {@value #SHEET_NAME}, then {@value #SHEET_NAME}(2), (3)…
   *
   * @param projects the forms, in the order of their sheets
   * @return a new {@code .xlsx} workbook of one sheet per form
   * @throws IllegalArgumentException if there is no form, or a text is longer than a cell holds
   * @throws NullPointerException if the list or a form is null
   */
  public Workbook writeAll(List<Project> projects) {
    if (projects.isEmpty()) {
      throw new IllegalArgumentException("a workbook of forms holds at least one");
    }
    XSSFWorkbook workbook = new XSSFWorkbook();
    try {
      FormLayout layout = new FormLayout(workbook);
      for (int i = 0; i < projects.size(); i++) {
        Project project = Objects.requireNonNull(projects.get(i), "projects[" + i + "] is null");
        Sheet sheet = workbook.createSheet(i == 0 ? SHEET_NAME : SHEET_NAME + "(" + (i + 1) + ")");
        layout.page(sheet, 0);
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
}
