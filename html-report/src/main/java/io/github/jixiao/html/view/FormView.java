package io.github.jixiao.html.view;

import java.util.List;
import java.util.Optional;

/**
 * One scored form as the report lays it out, like the printed 附件5 form.
 *
 * @param id the section's element id, unique in the report, such as {@code form-3}
 * @param source where the form was read from, such as {@code 2024.xlsx#自评表}; empty if not named
 * @param profile the stamp of the rule profile the form was scored under (rule-profiles §2.1)
 * @param year the year cell, shown under the title
 * @param name the 项目名称 cell
 * @param department the 主管部门 cell
 * @param unit the 实施单位 cell
 * @param headerNotes the findings naming the year, the name, the department or the unit
 * @param funding the funding table's rows: 年度资金总额, then 当年财政拨款, 上年结转资金 and 其他资金, or the component
 *     rows the form lists, in its order
 * @param fundingHeader the funding table's corner cell, which a finding on the table as a whole
 *     names
 * @param expected the 预期目标 cell
 * @param achieved the 实际完成情况 cell
 * @param goalNotes the findings naming the goals
 * @param indicators the indicator table's rows
 * @param initialTargets whether the indicator table has a 年初指标值 column: where an indicator of the
 *     form has a year-start target
 * @param deductions whether the indicator table has a 扣减分数 column: where an indicator of the form
 *     has a deduction
 * @param weightSum the weights of the funding row and every indicator added up
 * @param total the computed 总分
 * @param uncapped where a total cap bites (rule-profiles §2.8), the words naming the scores added
 *     up before it (封顶前合计); empty where none does
 * @param reportedTotal 总分 as the form reports it
 * @param grade the grade of the computed total
 * @param reportedGrade 等级 as the form prints it, beside the computed one; empty where it prints
 *     none
 * @param totalNotes the findings naming the 总分 row
 * @param errors how many ERROR findings the form has
 * @param warnings how many WARNING findings
 * @param infos how many INFO findings
 * @param findings every finding, in the form's order
 */
public record FormView(
    String id,
    String source,
    String profile,
    Cell year,
    Cell name,
    Cell department,
    Cell unit,
    List<Mark> headerNotes,
    Cell fundingHeader,
    List<FundingLineView> funding,
    Cell expected,
    Cell achieved,
    List<Mark> goalNotes,
    List<IndicatorLine> indicators,
    boolean initialTargets,
    boolean deductions,
    Cell weightSum,
    Cell total,
    String uncapped,
    Cell reportedTotal,
    String grade,
    Optional<Cell> reportedGrade,
    List<Mark> totalNotes,
    int errors,
    int warnings,
    int infos,
    List<Mark> findings) {

  /**
   * Copies the lists.
   *
   * @param id the section's element id, unique in the report, such as {@code form-3}
   * @param source where the form was read from, such as {@code 2024.xlsx#自评表}; empty if not named
   * @param profile the stamp of the rule profile the form was scored under (rule-profiles §2.1)
   * @param year the year cell, shown under the title
   * @param name the 项目名称 cell
   * @param department the 主管部门 cell
   * @param unit the 实施单位 cell
   * @param headerNotes the findings naming the year, the name, the department or the unit
   * @param fundingHeader the funding table's corner cell, which a finding on the table as a whole
   *     names
   * @param funding the funding table's rows: 年度资金总额, then 当年财政拨款, 上年结转资金 and 其他资金, or the component
   *     rows the form lists, in its order
   * @param expected the 预期目标 cell
   * @param achieved the 实际完成情况 cell
   * @param goalNotes the findings naming the goals
   * @param indicators the indicator table's rows
   * @param initialTargets whether the indicator table has a 年初指标值 column: where an indicator of the
   *     form has a year-start target
   * @param deductions whether the indicator table has a 扣减分数 column: where an indicator of the form
   *     has a deduction
   * @param initialTargets whether the indicator table has a 年初指标值 column: where an indicator of the
   *     form has a year-start target
   * @param deductions whether the indicator table has a 扣减分数 column: where an indicator of the form
   *     has a deduction
   * @param weightSum the weights of the funding row and every indicator added up
   * @param total the computed 总分
   * @param uncapped where a total cap bites, the words naming the scores added up before it; empty
   *     where none does
   * @param reportedTotal 总分 as the form reports it
   * @param grade the grade of the computed total
   * @param reportedGrade 等级 as the form prints it, beside the computed one; empty where it prints
   *     none
   * @param reportedGrade 等级 as the form prints it, beside the computed one; empty where it prints
   *     none
   * @param totalNotes the findings naming the 总分 row
   * @param errors how many ERROR findings the form has
   * @param warnings how many WARNING findings
   * @param infos how many INFO findings
   * @param findings every finding, in the form's order
   */
  public FormView {
    headerNotes = List.copyOf(headerNotes);
    funding = List.copyOf(funding);
    goalNotes = List.copyOf(goalNotes);
    indicators = List.copyOf(indicators);
    totalNotes = List.copyOf(totalNotes);
    findings = List.copyOf(findings);
  }

  /**
   * How many columns the 总分 row has: nine, and two more for the printed 等级 where the form prints
   * one.
   *
   * @return 9 or 11
   */
  public int totalColumns() {
    return reportedGrade.isPresent() ? 11 : 9;
  }

  /**
   * The form's worst finding, as a CSS name.
   *
   * @return {@code error}, {@code warning}, {@code info} or {@code clean}
   */
  public String status() {
    if (errors > 0) {
      return "error";
    }
    if (warnings > 0) {
      return "warning";
    }
    return infos > 0 ? "info" : "clean";
  }
}
