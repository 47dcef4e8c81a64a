package io.github.jixiao.core.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The labels of the printed 附件5 form: its title, header fields, blocks, column headings and row
 * labels, each as the form prints it and with the variants real forms print in its place. One
 * vocabulary that the workbook reader reads, and the workbook writer and the HTML report print (as
 * Strata's CSV loaders and writers share their column names). Variants are compared after {@link
 * FormLabels#normalize}.
 *
 * <pre>{@code
 * PrintedLabel.FUNDING.printed();                        // "项目资金（万元）"
 * PrintedLabel.named(PrintedLabel.Group.INDICATOR_HEADING, "权重");  // Optional[WEIGHT]
 * }</pre>
 */
public enum PrintedLabel {
  /** The title: 项目支出绩效自评表; a text containing 绩效自评表 is one. */
  TITLE(Group.BLOCK, "项目支出绩效自评表"),
  /** 项目名称. */
  PROJECT_NAME(Group.HEADER, "项目名称"),
  /** 主管部门. */
  COMPETENT_DEPARTMENT(Group.HEADER, "主管部门", "主管部门及代码"),
  /** 实施单位. */
  /** 实施单位; some forms print 实施单位（盖章） or 项目实施单位. */
  IMPLEMENTING_UNIT(Group.HEADER, "实施单位", "实施单位（盖章）", "项目实施单位"),
  /**
   * The funding block's corner: 项目资金（万元）; some forms print the unit 元 ({@code 项目资金（元）}), or head
   * the block 预算执行情况 with an optional unit and weight ({@code 预算执行情况(万元)(20分)}).
   */
  FUNDING(Group.BLOCK, "项目资金（万元）", "项目资金", "项目资金（元）", "预算执行情况", "预算执行情况（万元）", "预算执行情况（元）"),
  /** The heading of the funding rows' label column, with the unit: 年度预算数（万元） (四川 2023). */
  FUNDING_ROWS(Group.FUNDING_HEADING, "年度预算数（万元）", "年度预算数", "年度预算数（元）"),
  /** 年初预算数. */
  INITIAL_BUDGET(Group.FUNDING_HEADING, "年初预算数", "年初预算"),
  /** 全年预算数; some forms print 调整后预算数 or 预算数. */
  ADJUSTED_BUDGET(Group.FUNDING_HEADING, "全年预算数", "调整后预算数", "预算数"),
  /** 全年执行数; some forms print 预算执行数 or 执行数. */
  EXECUTED(Group.FUNDING_HEADING, "全年执行数", "预算执行数", "执行数"),
  /** 分值 of the execution row; some forms print 权重. */
  FUNDING_WEIGHT(Group.FUNDING_HEADING, "分值", "权重"),
  /** 执行率; some forms print 预算执行率. */
  EXECUTION_RATE(Group.FUNDING_HEADING, "执行率", "预算执行率"),
  /** 得分 of the execution row. */
  FUNDING_SCORE(Group.FUNDING_HEADING, "得分"),
  /** 年度资金总额; some forms print 总额 or 年度财政资金总额. */
  TOTAL_FUNDS(Group.FUNDING_ROW, "年度资金总额：", "总额", "年度财政资金总额"),
  /** 其中：当年财政拨款; some forms print 本年财政拨款 or 财政拨款. */
  APPROPRIATION(Group.FUNDING_ROW, "其中：当年财政拨款", "本年财政拨款", "财政拨款"),
  /** 上年结转资金. */
  CARRYOVER(Group.FUNDING_ROW, "上年结转资金", "上年结转"),
  /** 其他资金. */
  OTHER_FUNDS(Group.FUNDING_ROW, "其他资金"),
  /** 年度总体目标. */
  GOALS(Group.BLOCK, "年度总体目标"),
  /** 预期目标; 四川 prints 项目年度目标. */
  EXPECTED_GOAL(Group.BLOCK, "预期目标", "项目年度目标"),
  /** 实际完成情况; 四川 prints 年度目标完成情况. */
  ACHIEVED_GOAL(Group.BLOCK, "实际完成情况", "年度目标完成情况"),
  /** 绩效指标, the indicator table's corner; 湖北 prints 年度绩效目标. */
  INDICATORS(Group.BLOCK, "绩效指标", "年度绩效目标"),
  /** 一级指标. */
  LEVEL(Group.INDICATOR_HEADING, "一级指标"),
  /** 二级指标. */
  CATEGORY(Group.INDICATOR_HEADING, "二级指标"),
  /** 三级指标. */
  NAME(Group.INDICATOR_HEADING, "三级指标"),
  /** 年初指标值, the target set at the start of the year, beside the adjusted one. */
  INITIAL_TARGET(Group.INDICATOR_HEADING, "年初指标值", "年初目标值"),
  /** 指标性质, the relation of a target split in three ({@code ≥}), or 定性 / 定量. */
  TARGET_KIND(Group.INDICATOR_HEADING, "指标性质"),
  /** 年度指标值; some forms print 调整后指标值, or 指标值 between 指标性质 and 度量单位. */
  TARGET(Group.INDICATOR_HEADING, "年度指标值", "指标值", "调整后指标值"),
  /** 度量单位, the unit of a target split in three ({@code 家次}). */
  TARGET_UNIT(Group.INDICATOR_HEADING, "度量单位"),
  /** 实际完成值; 四川 prints 完成值. */
  ACTUAL(Group.INDICATOR_HEADING, "实际完成值", "完成值"),
  /** 分值 of an indicator. */
  WEIGHT(Group.INDICATOR_HEADING, "分值", "权重"),
  /** 扣减分数, the points a region's rules take off an indicator's score. */
  DEDUCTION(Group.INDICATOR_HEADING, "扣减分数"),
  /** 得分 of an indicator. */
  SCORE(Group.INDICATOR_HEADING, "得分"),
  /** 偏差原因分析及改进措施; any heading starting 偏差原因 is one, and 未完成原因分析. */
  DEVIATION(Group.INDICATOR_HEADING, "偏差原因分析及改进措施", "未完成原因分析"),
  /** 总分, which ends the indicator table; 四川 prints 合计. */
  TOTAL(Group.BLOCK, "总分", "合计"),
  /** 自评等级, the label of the grade a form prints on its 总分 row. */
  GRADE(Group.BLOCK, "自评等级", "等级", "自评结论"),
  /** 注意事项, the note under the form. */
  NOTE(Group.BLOCK, "注意事项");

  /** Where a label stands on the form: the labels of one group are told apart by their text. */
  public enum Group {
    /** A block's label, the title, the total row or the note. */
    BLOCK,
    /** A header field, whose value is the next cell to its right. */
    HEADER,
    /** A column heading of the funding table. */
    FUNDING_HEADING,
    /** A row label of the funding table. */
    FUNDING_ROW,
    /** A column heading of the indicator table. */
    INDICATOR_HEADING
  }

  /** What a title names: a block's text containing it is the {@link #TITLE}. */
  private static final String TITLE_TEXT = "绩效自评表";

  /**
   * A funding header in a unit of amounts other than the two a form takes ({@code 项目资金(千元)}): still
   * the funding block, so that its unit is refused at its cell as one no form document takes,
   * rather than the block being missed.
   */
  private static final Pattern OTHER_UNIT = Pattern.compile("(?:项目资金|预算执行情况)\\([^()]{1,4}元\\)");

  /** The label column's heading in another unit ({@code 年度预算数(千元)}), for the same reason. */
  private static final Pattern ROWS_IN_OTHER_UNIT = Pattern.compile("年度预算数\\([^()]{1,4}元\\)");

  private static final Map<Group, Map<String, PrintedLabel>> BY_TEXT = byText();

  private final Group group;
  private final String printed;
  private final List<String> variants;

  PrintedLabel(Group group, String printed, String... variants) {
    this.group = group;
    this.printed = printed;
    this.variants = List.of(variants);
  }

  /**
   * Where the label stands on the form.
   *
   * @return its group
   */
  public Group group() {
    return group;
  }

  /**
   * The label as the printed 附件5 form prints it.
   *
   * @return for example {@code "其中：当年财政拨款"}
   */
  public String printed() {
    return printed;
  }

  /**
   * The label as compared: {@link #printed()} normalised, without a leading {@code 其中:}.
   *
   * @return for example {@code "当年财政拨款"}
   */
  public String text() {
    return withoutOfWhich(FormLabels.normalize(printed));
  }

  /**
   * Every text a form may print for this label, once normalised: {@link #text()} first.
   *
   * @return for example {@code [分值, 权重]}
   */
  public List<String> texts() {
    List<String> texts = new ArrayList<>(1 + variants.size());
    texts.add(text());
    for (String variant : variants) {
      texts.add(FormLabels.normalize(variant));
    }
    return List.copyOf(texts);
  }

  /**
   * The label of a group that a normalised text names: a variant, a row label after {@code 其中:}, a
   * heading with the formula some forms add ({@code 全年预算数(A)}, {@code 执行率(B/A)}), a deviation
   * heading that starts {@code 偏差原因}, or a title that names the 自评表 ({@code 自治区项目支出绩效自评表}).
   *
   * @param group where the text stands
   * @param normalized the text, normalised by {@link FormLabels#normalize}
   * @return the label; empty where the text names none of the group's
   */
  public static Optional<PrintedLabel> named(Group group, String normalized) {
    String text = normalized;
    if (group == Group.FUNDING_ROW) {
      text = withoutOfWhich(text);
    } else if (group == Group.INDICATOR_HEADING && text.startsWith("偏差原因")) {
      return Optional.of(DEVIATION);
    } else if (group == Group.FUNDING_HEADING || group == Group.INDICATOR_HEADING) {
      text = withoutFormula(text);
    }
    PrintedLabel label = BY_TEXT.get(group).get(text);
    if (label == null
        && group == Group.FUNDING_HEADING
        && ROWS_IN_OTHER_UNIT.matcher(text).matches()) {
      return Optional.of(FUNDING_ROWS);
    }
    if (label == null && group == Group.BLOCK) {
      if (text.contains(TITLE_TEXT)) {
        return Optional.of(TITLE);
      }
      if (OTHER_UNIT.matcher(text).matches()) {
        return Optional.of(FUNDING);
      }
    }
    return Optional.ofNullable(label);
  }

  /**
   * Whether a normalised text is one of the form's own labels (a block, a header field, a heading),
   * and so never a value beside another label. Row labels are values of the label column.
   *
   * @param normalized the text, normalised by {@link FormLabels#normalize}
   * @return true for a label
   */
  public static boolean isLabel(String normalized) {
    for (Group group : EnumSet.complementOf(EnumSet.of(Group.FUNDING_ROW))) {
      if (named(group, normalized).filter(l -> l != TITLE && l != NOTE).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The funding row a row label names.
   *
   * @param normalized the text, normalised by {@link FormLabels#normalize}
   * @return the row; empty where the label names none
   */
  public static Optional<FundingLine> fundingLine(String normalized) {
    return named(Group.FUNDING_ROW, normalized)
        .map(
            label ->
                switch (label) {
                  case APPROPRIATION -> FundingLine.APPROPRIATION;
                  case CARRYOVER -> FundingLine.CARRYOVER;
                  case OTHER_FUNDS -> FundingLine.OTHER;
                  default -> FundingLine.TOTAL;
                });
  }

  /**
   * The label of a funding row.
   *
   * @param line the row
   * @return for example {@link #CARRYOVER}
   */
  public static PrintedLabel of(FundingLine line) {
    return switch (line) {
      case TOTAL -> TOTAL_FUNDS;
      case APPROPRIATION -> APPROPRIATION;
      case CARRYOVER -> CARRYOVER;
      case OTHER -> OTHER_FUNDS;
    };
  }

  /** The heading of a funding column: {@link FundingColumn#label()} is its printed text. */
  static PrintedLabel heading(FundingColumn column) {
    return switch (column) {
      case INITIAL_BUDGET -> INITIAL_BUDGET;
      case ADJUSTED_BUDGET -> ADJUSTED_BUDGET;
      case EXECUTED -> EXECUTED;
    };
  }

  private static String withoutOfWhich(String text) {
    return text.startsWith("其中:") ? text.substring(3) : text;
  }

  /**
   * A heading without the formula some forms add in brackets: Latin letters and {@code /} ({@code
   * 执行率(B/A)}, {@code 年初目标值(A)}), or anything with {@code *} ({@code 得分(20分*执行率)}).
   */
  private static String withoutFormula(String text) {
    if (!text.endsWith(")")) {
      return text;
    }
    int open = text.lastIndexOf('(');
    if (open < 1 || open == text.length() - 2) {
      return text;
    }
    String inside = text.substring(open + 1, text.length() - 1);
    if (inside.indexOf('*') >= 0) {
      return text.substring(0, open);
    }
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      boolean formula = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '/';
      if (!formula) {
        return text;
      }
    }
    return text.substring(0, open);
  }

  private static Map<Group, Map<String, PrintedLabel>> byText() {
    Map<Group, Map<String, PrintedLabel>> groups = new HashMap<>();
    for (Group group : Group.values()) {
      Map<String, PrintedLabel> texts = new HashMap<>();
      for (PrintedLabel label : values()) {
        if (label.group == group) {
          for (String text : label.texts()) {
            texts.putIfAbsent(text, label);
          }
        }
      }
      groups.put(group, Map.copyOf(texts));
    }
    return Map.copyOf(groups);
  }
}
