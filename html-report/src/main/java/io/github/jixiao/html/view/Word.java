package io.github.jixiao.html.view;

import io.github.jixiao.core.model.FormLabels;
import io.github.jixiao.core.model.PrintedLabel;

/** The words of the report, in Chinese as the printed 附件5 form has them and in English. */
public enum Word {
  /** The form's title. */
  TITLE(PrintedLabel.TITLE.printed(), "Project expenditure performance self-evaluation"),
  /** The year line under the title; {0} is the year. */
  YEAR("（{0}年度）", "(year {0})"),
  /** 项目名称. */
  PROJECT_NAME(PrintedLabel.PROJECT_NAME.printed(), "Project"),
  /** 主管部门. */
  DEPARTMENT(PrintedLabel.COMPETENT_DEPARTMENT.printed(), "Competent department"),
  /** 实施单位. */
  UNIT(PrintedLabel.IMPLEMENTING_UNIT.printed(), "Implementing unit"),
  /** The funding table's corner. */
  FUNDING(PrintedLabel.FUNDING.printed(), "Funding (10,000 yuan)"),
  /** The funding table's corner, where the form prints its amounts in 元. */
  FUNDING_YUAN("项目资金（元）", "Funding (yuan)"),
  /** 年初预算数. */
  INITIAL(PrintedLabel.INITIAL_BUDGET.printed(), "Initial budget"),
  /** 全年预算数. */
  ADJUSTED(PrintedLabel.ADJUSTED_BUDGET.printed(), "Adjusted budget"),
  /** 全年执行数. */
  EXECUTED(PrintedLabel.EXECUTED.printed(), "Executed"),
  /** 分值. */
  WEIGHT(PrintedLabel.WEIGHT.printed(), "Weight"),
  /** The computed 执行率. */
  RATE(PrintedLabel.EXECUTION_RATE.printed(), "Execution rate"),
  /** 执行率 as the form reports it. */
  REPORTED_RATE("填报执行率", "Reported rate"),
  /** The computed 得分. */
  SCORE(PrintedLabel.SCORE.printed(), "Score"),
  /** 扣减分数, where a form prints the points deducted. */
  DEDUCTION("扣减分数", "Deduction"),
  /** 得分 as the form reports it. */
  REPORTED_SCORE("填报得分", "Reported score"),
  /** 年度资金总额. */
  TOTAL_ROW(PrintedLabel.TOTAL_FUNDS.text(), "Total funds"),
  /** 其中：当年财政拨款. */
  APPROPRIATION(PrintedLabel.APPROPRIATION.printed(), "of which: appropriation"),
  /** 上年结转资金. */
  CARRYOVER(PrintedLabel.CARRYOVER.printed(), "Carry-over"),
  /** 其他资金. */
  OTHER(PrintedLabel.OTHER_FUNDS.printed(), "Other funds"),
  /** 年度总体目标. */
  GOALS(PrintedLabel.GOALS.printed(), "Annual goals"),
  /** 预期目标. */
  EXPECTED(PrintedLabel.EXPECTED_GOAL.printed(), "Expected"),
  /** 实际完成情况. */
  ACHIEVED(PrintedLabel.ACHIEVED_GOAL.printed(), "Achieved"),
  /** 一级指标. */
  LEVEL(PrintedLabel.LEVEL.printed(), "Level"),
  /** 二级指标. */
  CATEGORY(PrintedLabel.CATEGORY.printed(), "Category"),
  /** 三级指标. */
  INDICATOR(PrintedLabel.NAME.printed(), "Indicator"),
  /** 年初指标值, where a form prints a year-start target beside the annual one. */
  INITIAL_TARGET("年初指标值", "Year-start target"),
  /** 年度指标值. */
  TARGET(PrintedLabel.TARGET.printed(), "Target"),
  /** 实际完成值. */
  ACTUAL(PrintedLabel.ACTUAL.printed(), "Actual"),
  /** The suggested score where it differs from the reported one. */
  SUGGESTED("建议得分", "Suggested"),
  /** 偏差原因分析及改进措施. */
  DEVIATION(PrintedLabel.DEVIATION.printed(), "Deviation and remedies"),
  /** A level header's weight; {0} is the weight. */
  HEADER_WEIGHT(FormLabels.weight("{0}"), " ({0} points)"),
  /** A level's sums; {0} the indicators' weights, {1} their scores. */
  LEVEL_SUMS("指标分值合计 {0}，得分 {1}", "weights {0}, score {1}"),
  /** 总分. */
  TOTAL(PrintedLabel.TOTAL.printed(), "Total"),
  /** The weights of the funding row and every indicator together. */
  WEIGHT_SUM("分值合计", "Weights"),
  /** 总分 as the form reports it. */
  REPORTED_TOTAL("填报总分", "Reported total"),
  /** 等级. */
  GRADE("等级", "Grade"),
  /** 等级 as the form prints it. */
  REPORTED_GRADE("填报等级", "Reported grade"),
  /** Where the form was read from. */
  SOURCE("来源", "Source"),
  /** Where the form was read from, before its name. */
  SOURCE_PREFIX("来源：", "Source: "),
  /** The findings of a form. */
  FINDINGS("复核发现", "Findings"),
  /** A form with no finding. */
  NO_FINDINGS("无发现", "No findings"),
  /** The report's title. */
  REPORT("绩效自评表复核报告", "Self-evaluation review report"),
  /** The summary's heading. */
  SUMMARY("汇总", "Summary"),
  /** Forms scored. */
  SCORED("已评分", "Scored"),
  /** Forms not scored. */
  REJECTED("已拒绝", "Rejected"),
  /** Forms with an ERROR finding. */
  WITH_ERRORS("有错误", "With errors"),
  /** Forms whose worst finding is a WARNING. */
  WITH_WARNINGS("仅有警告", "Warnings only"),
  /** Forms whose findings are all INFO. */
  WITH_INFO("仅有提示", "Advice only"),
  /** Forms with no finding. */
  CLEAN("无发现", "No findings"),
  /** The chart of forms by their worst finding. */
  BY_STATUS("表单状态", "Forms by status"),
  /** The chart of grades. */
  GRADES("等级分布", "Grades"),
  /** The chart of findings by code. */
  BY_CODE("按代码统计的发现", "Findings by code"),
  /** The ranked list. */
  RANKING("按错误排序的表单", "Forms ranked by errors"),
  /** A rank. */
  RANK("序号", "#"),
  /** A form in the ranked list. */
  FORM("表单", "Form"),
  /** ERROR findings. */
  ERRORS("错误", "Errors"),
  /** WARNING findings. */
  WARNINGS("警告", "Warnings"),
  /** INFO findings. */
  INFOS("提示", "Advice"),
  /** The bound of a batch; {0} forms shown of {1} with findings. */
  SHOWN("只列出最差的 {0} 份，共 {1} 份有发现。", "The {0} worst of {1} forms with findings are shown."),
  /** The forms not scored. */
  REJECTED_LIST("未能评分的表单", "Forms not scored"),
  /** The bound of the rejected list; {0} shown of {1}. */
  REJECTED_SHOWN("只列出前 {0} 份，共 {1} 份。", "The first {0} of {1} are shown."),
  /** A place in a document; {0} its line, {1} its column. */
  LINE_COLUMN("第 {0} 行第 {1} 列", "line {0}, column {1}"),
  /** The link back to the summary. */
  BACK("返回汇总", "Back to the summary"),
  /** The stamp of the rule profile a form was scored under; {0} its id, {1} revision, {2} title. */
  PROFILE("评分规则 {0} 第{1}版（{2}）", "Profile {0} r{1} ({2})"),
  /** The stamp of a profile whose title the report does not know; {0} its id, {1} revision. */
  PROFILE_UNTITLED("评分规则 {0} 第{1}版", "Profile {0} r{1}"),
  /** Beside a total a cap holds down: {0} the scores added up before the cap. */
  UNCAPPED("封顶前合计 {0}", "uncapped sum {0}"),
  /** The count of findings of a form; {0} errors, {1} warnings, {2} advice. */
  COUNTS("错误 {0}，警告 {1}，提示 {2}", "Errors {0}, warnings {1}, advice {2}");

  private final String chinese;
  private final String english;

  Word(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * The word in a language.
   *
   * @param chinese whether Chinese is wanted, else English
   * @return the word, or its pattern
   */
  public String in(boolean chinese) {
    return chinese ? this.chinese : english;
  }
}
