package io.github.jixiao.core.reading;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number with its unit, as written: {@code 100万元}, {@code 1650元/批次}, {@code 85%}.
 *
 * @param value the number as written, exact
 * @param unit the unit written with it (万元, %, 家), which says what the number measures and, by its
 *     factor, how it compares with a quantity in another unit of the same dimension
 */
public record Quantity(BigDecimal value, Unit unit) {

  /**
   * Checks the arguments.
   *
   * @param value the number as written, exact
   * @param unit the unit written with it (万元, %, 家), which says what the number measures and, by
   *     its factor, how it compares with a quantity in another unit of the same dimension
   * @throws NullPointerException if an argument is null
   */
  public Quantity {
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
  }

  /**
   * The value in the unit's base: 元 for money, minutes for durations; exact.
   *
   * @return value × factor
   */
  public BigDecimal base() {
    // Most units are their own base (家, %, 元): no product to make.
    return unit.factor().compareTo(BigDecimal.ONE) == 0 ? value : value.multiply(unit.factor());
  }

  /**
   * The number and its unit, as one might write them.
   *
   * @return for example {@code 0.87万元/家}
   */
  @Override
  public String toString() {
    return value.toPlainString() + unit.symbol();
  }
}
