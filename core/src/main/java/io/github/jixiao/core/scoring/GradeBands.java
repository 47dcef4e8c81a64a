package io.github.jixiao.core.scoring;

import io.github.jixiao.core.model.Grade;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The lowest total of each grade but the last.
 *
 * <pre>{@code
 * GradeBands.DEFAULT.gradeOf(new BigDecimal("80.72"));  // GOOD
 * }</pre>
 *
 * @param excellent the lowest total graded 优
 * @param good the lowest total graded 良
 * @param fair the lowest total graded 中; anything below is 差
 */
public record GradeBands(BigDecimal excellent, BigDecimal good, BigDecimal fair) {

  /** The national bands: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
  public static final GradeBands DEFAULT =
      new GradeBands(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60));

  /**
   * Checks that the bands descend.
   *
   * @param excellent the lowest total graded 优
   * @param good the lowest total graded 良
   * @param fair the lowest total graded 中; anything below is 差
   * @throws IllegalArgumentException unless excellent ≥ good ≥ fair
   * @throws NullPointerException if an argument is null
   */
  public GradeBands {
    Objects.requireNonNull(excellent, "excellent must not be null");
    Objects.requireNonNull(good, "good must not be null");
    Objects.requireNonNull(fair, "fair must not be null");
    if (excellent.compareTo(good) < 0 || good.compareTo(fair) < 0) {
      throw new IllegalArgumentException(
          "bands must descend: excellent " + excellent + ", good " + good + ", fair " + fair);
    }
  }

  /**
   * The grade of a total.
   *
   * @param total the total score
   * @return the grade whose band holds the total
   */
  public Grade gradeOf(BigDecimal total) {
    if (total.compareTo(excellent) >= 0) {
      return Grade.EXCELLENT;
    }
    if (total.compareTo(good) >= 0) {
      return Grade.GOOD;
    }
    return total.compareTo(fair) >= 0 ? Grade.FAIR : Grade.POOR;
  }
}
