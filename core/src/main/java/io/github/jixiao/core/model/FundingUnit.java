package io.github.jixiao.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The unit the funding table (项目资金) prints its amounts in (docs/form-json.md §1.1): 万元 on the 附件5
 * form, 元 on forms such as 云南's 公开14表 and 上海's district forms ({@code 项目资金（元）}).
 *
 * <p>Amounts are kept as the form writes them, never converted: the execution rate and the scores
 * are ratios, the same in 元 as in 万元, and so is the breakdown's sum. The unit of a target or an
 * actual value is that value's own ({@code ≤10000元/家}), whatever the table's.
 *
 * <pre>{@code
 * FundingUnit.named("元");       // Optional[YUAN]
 * FundingUnit.YUAN.label();      // "元"
 * FundingUnit.named("千元");     // Optional.empty
 * }</pre>
 */
public enum FundingUnit {
  /** 万元, 10,000 yuan: the unit of a form that prints none. */
  WAN_YUAN("万元"),
  /** 元. */
  YUAN("元");

  private static final FundingUnit[] UNITS = values();

  private final String label;

  FundingUnit(String label) {
    this.label = label;
  }

  /**
   * The unit as the form prints it, and as a form document writes it.
   *
   * @return {@code "万元"} or {@code "元"}
   */
  public String label() {
    return label;
  }

  /**
   * The unit a form document names: {@code 万元} or {@code 元}, compared as given.
   *
   * @param label the unit as written
   * @return the unit; empty where the text is no unit of the table
   * @throws NullPointerException if the label is null
   */
  public static Optional<FundingUnit> named(String label) {
    Objects.requireNonNull(label, "label must not be null");
    for (FundingUnit unit : UNITS) {
      if (unit.label.equals(label)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }
}
