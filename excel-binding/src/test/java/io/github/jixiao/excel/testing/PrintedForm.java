package io.github.jixiao.excel.testing;

import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.testing.ReferenceForms;
import io.github.jixiao.excel.grid.SheetGrid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 反垄断 reference form laid out by hand as the printed 附件5 form is, cell by cell from A1 (see
 * shared/reference/2024-self-evaluation-forms.txt), with its merged ranges: a fixture that tests
 * change a cell, row or column of before putting it in a sheet. It reads as {@link
 * ReferenceForms#antitrust()}: its two placeholder rows (经济效益 and 生态效益, {@code 指标1：无}) are no
 * indicators.
 */
public final class PrintedForm {
  /** The sheet the fixture is put in unless a test says otherwise. */
  public static final String SHEET = "自评表";

  private final List<Object[]> rows = new ArrayList<>();
  private final List<CellRangeAddress> merges = new ArrayList<>();
  private final List<String[]> formats = new ArrayList<>();

  private PrintedForm() {}

  /**
   * The form as the printed form reads: as ReferenceForms has it, in the 万元 its corner {@code
   * 项目资金（万元）} prints.
   */
  public static Project project() {
    return AsPrinted.inWanYuan(ReferenceForms.antitrust());
  }

  /** The printed form, rows 1 to 25. */
  public static PrintedForm antitrust() {
    Project p = project();
    PrintedForm form = new PrintedForm();
    form.row("附件5");
    form.row("自治区项目支出绩效自评表");
    form.row("(2024年度)");
    form.row("项目名称", null, p.projectName());
    form.row("主管部门", null, "自治区财政厅", null, "实施单位", null, "自治区市场监管厅");
    form.row("项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
    form.row(null, "年度资金总额：", 109, 100, 14.28, 10, 0.1428, 1.43);
    form.row(null, "其中：当年财政拨款", 109, 100, 14.28, "—", "—", "—");
    form.row(null, "上年结转资金", null, null, null, "—", "—", "—");
    form.row(null, "其他资金", null, null, null, "—", "—", "—");
    form.row("年度总体目标", "预期目标", null, null, "实际完成情况");
    form.row(
        null, p.goals().expected().orElseThrow(), null, null, p.goals().achieved().orElseThrow());
    form.row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
    form.row(null, "产出指标（50分）", "数量指标", "指标1：全区核查垄断线索", "不少于3条", 9, 12.5, 12.5);
    form.row(null, null, "质量指标", "指标1：线索核查率", "100%", "100%", 12.5, 12.5);
    form.row(null, null, "时效指标", "指标1：计划按期完成率", "2024年11月前完成核查", "完成", 12.5, 12.5);
    form.row(null, null, "成本指标", "指标1：反垄断专项执法经费", "100万元", 14.28, 12.5, 1.79, "项目正在推进中");
    form.row(null, "效益指标（30分）", "经济效益指标", "指标1：无", "无", null, 0);
    form.row(null, null, "社会效益指标", "指标1：经营者法律意识", "提升", "经营者法律意识明显增强", 10, 10);
    form.row(null, null, null, "指标2：营造公平竞争的市场秩序", "提升", "市场竞争环境持续向好", 10, 10);
    form.row(null, null, "生态效益指标", "指标1：无", "无", null, 0);
    form.row(null, null, "可持续影响指标", "指标1：良好的营商环境及消费环境", "提升", "维护公平竞争市场秩序, 营造良好营商环境", 10, 10);
    form.row(null, "满意度指标（10分）", "服务对象满意度指标", "指标1：群众对反垄断工作满意度", "80%以上", "广泛凝聚公平竞争共识", 10, 10);
    form.row("总分", null, null, null, null, null, 100, 80.72);
    form.row("注意事项：总分100=绩效指标90分+资金执行情况10，请大家务必按照勾稽关系准确计分。");
    form.merge(
        "A2:I2", "A3:I3", "A4:B4", "C4:I4", "A5:B5", "C5:D5", "E5:F5", "G5:I5", "A6:B6", "A7:A10",
        "H6:I6", "H7:I7", "A11:A12", "B11:D11", "E11:I11", "B12:D12", "E12:I12", "A13:A23",
        "B14:B17", "B18:B22", "C19:C20", "A24:F24", "A25:I25");
    form.formats.add(new String[] {"G7", "0.00%"});
    return form;
  }

  /** A sheet laid out by hand from nothing: rows added one by one from A1 ({@link #row}). */
  public static PrintedForm laidOut() {
    return new PrintedForm();
  }

  /** Adds the next row, from column A: null leaves a cell blank. */
  public PrintedForm row(Object... values) {
    rows.add(values);
    return this;
  }

  /** Adds merged ranges, such as {@code B14:B17}. */
  public PrintedForm merge(String... ranges) {
    for (String range : ranges) {
      merges.add(CellRangeAddress.valueOf(range));
    }
    return this;
  }

  /** Takes merged ranges away, leaving the value in their first cell only. */
  public PrintedForm unmerge(String... ranges) {
    for (String range : ranges) {
      merges.remove(CellRangeAddress.valueOf(range));
    }
    return this;
  }

  /** Puts a value in a cell, null for blank. */
  public PrintedForm set(String reference, Object value) {
    CellReference ref = new CellReference(reference);
    Object[] row = rows.get(ref.getRow());
    if (row.length <= ref.getCol()) {
      row = Arrays.copyOf(row, ref.getCol() + 1);
      rows.set(ref.getRow(), row);
    }
    row[ref.getCol()] = value;
    return this;
  }

  /** Gives a cell a number format. */
  public PrintedForm format(String reference, String format) {
    formats.add(new String[] {reference, format});
    return this;
  }

  /** A blank row before the given row (from 1), the rows and ranges below moved down. */
  public PrintedForm blankRowBefore(int row) {
    int index = row - 1;
    rows.add(index, new Object[0]);
    for (int i = 0; i < merges.size(); i++) {
      CellRangeAddress m = merges.get(i);
      int first = m.getFirstRow() >= index ? m.getFirstRow() + 1 : m.getFirstRow();
      int last = m.getLastRow() >= index ? m.getLastRow() + 1 : m.getLastRow();
      merges.set(i, new CellRangeAddress(first, last, m.getFirstColumn(), m.getLastColumn()));
    }
    formats.replaceAll(f -> new String[] {moved(f[0], index, 1, 0, 0), f[1]});
    return this;
  }

  /** A blank column before the given one ({@code C}), the columns and ranges right of it moved. */
  public PrintedForm blankColumnBefore(String column) {
    int index = CellReference.convertColStringToIndex(column);
    for (int r = 0; r < rows.size(); r++) {
      Object[] row = rows.get(r);
      if (row.length > index) {
        Object[] wider = new Object[row.length + 1];
        System.arraycopy(row, 0, wider, 0, index);
        System.arraycopy(row, index, wider, index + 1, row.length - index);
        rows.set(r, wider);
      }
    }
    for (int i = 0; i < merges.size(); i++) {
      CellRangeAddress m = merges.get(i);
      int first = m.getFirstColumn() >= index ? m.getFirstColumn() + 1 : m.getFirstColumn();
      int last = m.getLastColumn() >= index ? m.getLastColumn() + 1 : m.getLastColumn();
      merges.set(i, new CellRangeAddress(m.getFirstRow(), m.getLastRow(), first, last));
    }
    formats.replaceAll(f -> new String[] {moved(f[0], 0, 0, index, 1), f[1]});
    return this;
  }

  private static String moved(
      String reference, int fromRow, int rows, int fromColumn, int columns) {
    CellReference ref = new CellReference(reference);
    int r = ref.getRow() >= fromRow ? ref.getRow() + rows : ref.getRow();
    int c = ref.getCol() >= fromColumn ? ref.getCol() + columns : ref.getCol();
    return new CellReference(r, c).formatAsString();
  }

  /** The form in a new sheet of a workbook, its A1 at the given cell. */
  public Sheet putIn(Workbook workbook, String sheetName, String topLeft) {
    Sheet sheet = workbook.createSheet(sheetName);
    putIn(sheet, topLeft);
    return sheet;
  }

  /** The form in a sheet, its A1 at the given cell. */
  public void putIn(Sheet sheet, String topLeft) {
    CellReference start = new CellReference(topLeft);
    TestSheets.put(sheet, topLeft, rows.toArray(new Object[0][]));
    for (CellRangeAddress m : merges) {
      sheet.addMergedRegion(
          new CellRangeAddress(
              m.getFirstRow() + start.getRow(),
              m.getLastRow() + start.getRow(),
              m.getFirstColumn() + start.getCol(),
              m.getLastColumn() + start.getCol()));
    }
    for (String[] format : formats) {
      CellReference ref = new CellReference(format[0]);
      TestSheets.format(
          sheet,
          new CellReference(ref.getRow() + start.getRow(), ref.getCol() + start.getCol())
              .formatAsString(),
          format[1]);
    }
  }

  /** The form alone in a sheet named 自评表 ({@link #SHEET}), from A1, as a grid. */
  public SheetGrid grid() {
    try (Workbook workbook = new XSSFWorkbook()) {
      return UsermodelGrids.of(putIn(workbook, SHEET, "A1"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
