package io.github.jixiao.excel.form;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.Level;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels a 自评表 prints, compared as docs/workbooks.md §2.1 says: without white space (ASCII,
 * full-width U+3000, non-breaking), full-width punctuation as ASCII, no trailing {@code :}, and a
 * trailing weight {@code (50分)} taken off and kept. So {@code 年 度 资 金 总 额：} is {@code 年度资金总额}, and
 * {@code 产出指标（50分）} is {@code 产出指标} with weight 50.
 *
 * <p>Levels and categories have the vocabulary of docs/form-json.md §1.2 that the JSON binding
 * reads: the Chinese label, the label without {@code 指标}, the code, and {@code 可持续发展指标} for
 * 可持续影响指标.
 */
public final class SheetLabels {
  /** A weight after a label, once normalised: {@code (50分)}. */
  private static final Pattern WEIGHT = Pattern.compile("^(.*?)\\((-?\\d+(?:\\.\\d+)?)分\\)$");

  /** 指标1: and its kind, numbering a 三级指标 rather than naming it. */
  private static final Pattern NUMBERING =
      Pattern.compile(
          "^[\\s\\u3000]*指标[\\s\\u3000]*[0-9０-９一二三四五六七八九十]+[\\s\\u3000]*[:：][\\s\\u3000]*");

  /** A column heading with the formula some forms add: {@code 全年预算数(A)}, {@code 执行率(B/A)}. */
  private static final Pattern COLUMN_FORMULA = Pattern.compile("^(.*?)\\([A-Za-z/]+\\)$");

  public static final String TITLE = "绩效自评表";
  public static final String PROJECT_NAME = "项目名称";
  public static final String FUNDING = "项目资金";
  public static final String GOALS = "年度总体目标";
  public static final String EXPECTED = "预期目标";
  public static final String ACHIEVED = "实际完成情况";
  public static final String TOTAL = "总分";
  public static final String NOTE = "注意事项";
  public static final String NOT_APPLICABLE = "不适用";
  public static final String PLACEHOLDER = "无";

  private static final Map<String, FundingLine> FUNDING_LINES = fundingLines();
  private static final Map<String, FundingHeading> FUNDING_HEADINGS = fundingHeadings();
  private static final Map<String, IndicatorHeading> INDICATOR_HEADINGS = indicatorHeadings();
  private static final Map<String, HeaderField> HEADER_FIELDS =
      Map.of(
          PROJECT_NAME,
          HeaderField.PROJECT_NAME,
          "主管部门",
          HeaderField.COMPETENT_DEPARTMENT,
          "主管部门及代码",
          HeaderField.COMPETENT_DEPARTMENT,
          "实施单位",
          HeaderField.IMPLEMENTING_UNIT);

  private SheetLabels() {}

  /**
   * A label as compared: its normalised text and the weight it carries.
   *
   * @param text the text without white space, with ASCII punctuation and no trailing colon or
   *     weight
   * @param weight the weight of a trailing {@code (50分)}; empty where there is none
   */
  public record Label(String text, Optional<BigDecimal> weight) {}

  /** The columns of the funding table's header row. */
  public enum FundingHeading {
    INITIAL_BUDGET,
    ADJUSTED_BUDGET,
    EXECUTED,
    WEIGHT,
    RATE,
    SCORE
  }

  /** The columns of the indicator header row. */
  public enum IndicatorHeading {
    LEVEL("一级指标"),
    CATEGORY("二级指标"),
    NAME("三级指标"),
    TARGET("年度指标值"),
    ACTUAL("实际完成值"),
    WEIGHT("分值"),
    SCORE("得分"),
    DEVIATION("偏差原因分析及改进措施");

    private final String label;

    IndicatorHeading(String label) {
      this.label = label;
    }

    /** The heading as the printed form has it. */
    public String label() {
      return label;
    }
  }

  /** The header fields, whose value is the next cell to the right. */
  public enum HeaderField {
    PROJECT_NAME,
    COMPETENT_DEPARTMENT,
    IMPLEMENTING_UNIT
  }

  /** The label a cell's text is, after normalising. */
  public static Label label(String raw) {
    String text = compact(raw);
    Matcher weight = WEIGHT.matcher(text);
    if (weight.matches()) {
      return new Label(dropColon(weight.group(1)), Optional.of(new BigDecimal(weight.group(2))));
    }
    return new Label(text, Optional.empty());
  }

  /** The normalised text of a label, without its weight. */
  public static String normalize(String raw) {
    return label(raw).text();
  }

  /**
   * Text without white space, full-width forms (U+FF01 to U+FF5E: {@code （）：，％} and digits) as
   * ASCII, and no trailing colon.
   */
  public static String compact(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
    }
    return dropColon(out.toString());
  }

  private static String dropColon(String text) {
    return text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
  }

  /** Full-width forms as ASCII, white space kept: for numbers typed with a Chinese input method. */
  public static String halfWidth(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
    }
    return out.toString();
  }

  /** Whether a normalised text is a form's title: it names the 自评表. */
  public static boolean isTitle(String normalized) {
    return normalized.contains(TITLE);
  }

  /** The level a 一级 label names. */
  public static Optional<Level> level(String normalized) {
    return Level.named(normalized);
  }

  /** The standard category a 二级 label names, whatever level it belongs to. */
  public static Optional<Category> category(String normalized) {
    return Category.named(normalized);
  }

  /** The funding row a label names: {@code 年度资金总额}, {@code 其中:当年财政拨款}… */
  public static Optional<FundingLine> fundingLine(String normalized) {
    String text = normalized.startsWith("其中:") ? normalized.substring(3) : normalized;
    return Optional.ofNullable(FUNDING_LINES.get(text));
  }

  /** Whether a label heads the funding table: {@code 项目资金(万元)} or {@code 项目资金}. */
  public static boolean isFundingHeader(String normalized) {
    return normalized.equals(FUNDING) || normalized.equals(FUNDING + "(万元)");
  }

  /** The funding column a heading names. */
  public static Optional<FundingHeading> fundingHeading(String normalized) {
    Matcher formula = COLUMN_FORMULA.matcher(normalized);
    String text = formula.matches() ? formula.group(1) : normalized;
    return Optional.ofNullable(FUNDING_HEADINGS.get(text));
  }

  /** The indicator column a heading names. */
  public static Optional<IndicatorHeading> indicatorHeading(String normalized) {
    if (normalized.startsWith("偏差原因")) {
      return Optional.of(IndicatorHeading.DEVIATION);
    }
    return Optional.ofNullable(INDICATOR_HEADINGS.get(normalized));
  }

  /** The header field a label names. */
  public static Optional<HeaderField> headerField(String normalized) {
    return Optional.ofNullable(HEADER_FIELDS.get(normalized));
  }

  /**
   * Whether a normalised text is one of the form's own labels, and so never a value beside another
   * label.
   */
  public static boolean isFormLabel(String normalized) {
    return HEADER_FIELDS.containsKey(normalized)
        || isFundingHeader(normalized)
        || normalized.equals(GOALS)
        || normalized.equals(EXPECTED)
        || normalized.equals(ACHIEVED)
        || normalized.equals("绩效指标")
        || normalized.equals(TOTAL)
        || fundingHeading(normalized).isPresent()
        || indicatorHeading(normalized).isPresent();
  }

  /** A 三级 name without the numbering in front of it: {@code 指标1: 线索核查率} is {@code 线索核查率}. */
  public static String withoutNumbering(String name) {
    Matcher numbering = NUMBERING.matcher(name);
    return numbering.lookingAt() ? name.substring(numbering.end()) : name;
  }

  private static Map<String, FundingLine> fundingLines() {
    return Map.of(
        "年度资金总额", FundingLine.TOTAL,
        "当年财政拨款", FundingLine.APPROPRIATION,
        "财政拨款", FundingLine.APPROPRIATION,
        "上年结转资金", FundingLine.CARRYOVER,
        "上年结转", FundingLine.CARRYOVER,
        "其他资金", FundingLine.OTHER);
  }

  private static Map<String, FundingHeading> fundingHeadings() {
    return Map.of(
        "年初预算数", FundingHeading.INITIAL_BUDGET,
        "全年预算数", FundingHeading.ADJUSTED_BUDGET,
        "全年执行数", FundingHeading.EXECUTED,
        "分值", FundingHeading.WEIGHT,
        "执行率", FundingHeading.RATE,
        "得分", FundingHeading.SCORE);
  }

  private static Map<String, IndicatorHeading> indicatorHeadings() {
    Map<String, IndicatorHeading> names = new HashMap<>();
    for (IndicatorHeading heading : IndicatorHeading.values()) {
      names.put(heading.label(), heading);
    }
    names.put("指标值", IndicatorHeading.TARGET);
    names.put("权重", IndicatorHeading.WEIGHT);
    return Map.copyOf(names);
  }
}
