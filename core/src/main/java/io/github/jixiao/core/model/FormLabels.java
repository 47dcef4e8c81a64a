package io.github.jixiao.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels a 自评表 prints, and how a label is compared and printed: one vocabulary that every
 * reader, writer and report shares. Labels are compared after normalising: white space removed
 * (ASCII, full-width U+3000, non-breaking), full-width punctuation and digits as ASCII ({@code
 * （）：，％}), a trailing {@code :} dropped, and a trailing weight ({@code (50分)}) taken off and kept.
 *
 * <pre>{@code
 * FormLabels.label("产出指标（50分）");          // Label[text=产出指标, weight=Optional[50]]
 * FormLabels.compact("年 度 资 金 总 额：");      // "年度资金总额"
 * FormLabels.withWeight("产出指标", new BigDecimal("50"));  // "产出指标（50分）"
 * }</pre>
 */
public final class FormLabels {
  /** What a target, actual or deviation cell reads where the indicator does not apply. */
  public static final String NOT_APPLICABLE = "不适用";

  /** What a placeholder row prints as its name, weight or score: 无. */
  public static final String PLACEHOLDER = "无";

  /** A weight after a label, once compacted: {@code (50分)}. */
  private static final Pattern WEIGHT = Pattern.compile("^(.*?)\\((-?\\d+(?:\\.\\d+)?)分\\)$");

  /** 指标1: and its kind, numbering a 三级指标 rather than naming it. */
  private static final Pattern NUMBERING =
      Pattern.compile(
          "^[\\s\\u3000]*指标[\\s\\u3000]*[0-9０-９一二三四五六七八九十]+[\\s\\u3000]*[:：][\\s\\u3000]*");

  private FormLabels() {}

  /**
   * A label as compared: its normalised text and the weight it carries.
   *
   * @param text the text without white space, with ASCII punctuation and no trailing colon or
   *     weight
   * @param weight the weight of a trailing {@code (50分)}; empty where there is none
   */
  public record Label(String text, Optional<BigDecimal> weight) {

    /**
     * Checks the parts.
     *
     * @param text the text without white space, with ASCII punctuation and no trailing colon or
     *     weight
     * @param weight the weight of a trailing {@code (50分)}; empty where there is none
     * @throws NullPointerException if an argument is null
     */
    public Label {
      Objects.requireNonNull(text, "text must not be null");
      Objects.requireNonNull(weight, "weight must not be null");
    }
  }

  /**
   * The label a text is, once normalised, with the weight it carries.
   *
   * @param raw the text as written
   * @return for example {@code 产出指标} with weight 50 for {@code 产出指标（50分）}
   */
  public static Label label(String raw) {
    String text = compact(raw);
    // A scan first: most labels carry no weight, and the pattern is the costlier test.
    if (text.endsWith("分)")) {
      Matcher weight = WEIGHT.matcher(text);
      if (weight.matches()) {
        return new Label(dropColon(weight.group(1)), Optional.of(new BigDecimal(weight.group(2))));
      }
    }
    return new Label(text, Optional.empty());
  }

  /**
   * The normalised text of a label, without its weight.
   *
   * @param raw the text as written
   * @return for example {@code 产出指标} for {@code 产出指标 (50分)}
   */
  public static String normalize(String raw) {
    return label(raw).text();
  }

  /**
   * Text without white space, full-width forms (U+FF01 to U+FF5E: {@code （）：，％} and digits) as
   * ASCII, and no trailing colon.
   *
   * @param raw the text as written
   * @return for example {@code 年度资金总额} for {@code 年 度 资 金 总 额：}
   */
  public static String compact(String raw) {
    StringBuilder out = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean white = Character.isWhitespace(c) || Character.isSpaceChar(c);
      boolean wide = c >= '\uFF01' && c <= '\uFF5E';
      if (out == null && (white || wide)) {
        // Most labels are already compact: copy only once a character has to change.
        out = new StringBuilder(raw.length()).append(raw, 0, i);
      }
      if (out != null && !white) {
        out.append(wide ? (char) (c - 0xFEE0) : c);
      }
    }
    return dropColon(out == null ? raw : out.toString());
  }

  private static String dropColon(String text) {
    return text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * Full-width forms as ASCII, white space kept: for numbers typed with a Chinese input method.
   *
   * @param raw the text as written
   * @return for example {@code 12.5%} for {@code １２．５％}
   */
  public static String halfWidth(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
    }
    return out.toString();
  }

  /**
   * A 三级 name without the numbering a printed form puts in front of it.
   *
   * @param name the name as printed
   * @return for example {@code 线索核查率} for {@code 指标1: 线索核查率}
   */
  public static String withoutNumbering(String name) {
    Matcher numbering = NUMBERING.matcher(name);
    return numbering.lookingAt() ? name.substring(numbering.end()) : name;
  }

  /**
   * A label with the weight a printed header gives it.
   *
   * @param label the label, such as {@code 产出指标}
   * @param weight the weight
   * @return for example {@code 产出指标（50分）}
   */
  public static String withWeight(String label, BigDecimal weight) {
    return label + weight(weight.toPlainString());
  }

  /**
   * The weight a printed header puts after its label: for a weight shown as text, or a pattern's
   * placeholder.
   *
   * @param weight the weight as shown, such as {@code 50} or {@code {0}}
   * @return for example {@code （50分）}
   */
  public static String weight(String weight) {
    return "（" + weight + "分）";
  }
}
