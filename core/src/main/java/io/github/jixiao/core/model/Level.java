package io.github.jixiao.core.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A first-level indicator (一级指标) of the form: 产出, 效益 or 满意度.
 *
 * <p>Each level carries the weight the national method gives it; a form may print another in its
 * header ({@link LevelSection#weight()}), which the scorer reports.
 *
 * <pre>{@code
 * Level.OUTPUT.label();           // "产出指标"
 * Level.OUTPUT.standardWeight();  // 50
 * Level.OUTPUT.categories();      // [QUANTITY, QUALITY, TIMELINESS, COST]
 * }</pre>
 */
public enum Level {
  /** 产出指标, 50 points. */
  OUTPUT("产出指标", "Output", 50),
  /** 效益指标, 30 points. */
  BENEFIT("效益指标", "Benefit", 30),
  /** 满意度指标, 10 points. */
  SATISFACTION("满意度指标", "Satisfaction", 10);

  private final String label;
  private final String englishLabel;
  private final BigDecimal standardWeight;

  Level(String label, String englishLabel, int standardWeight) {
    this.label = label;
    this.englishLabel = englishLabel;
    this.standardWeight = BigDecimal.valueOf(standardWeight);
  }

  /**
   * The Chinese label as printed on the form.
   *
   * @return for example {@code "产出指标"}
   */
  public String label() {
    return label;
  }

  /**
   * The English label.
   *
   * @return for example {@code "Output"}
   */
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * The weight the national method gives this level: 50, 30 or 10.
   *
   * @return the standard weight, a whole number of points
   */
  public BigDecimal standardWeight() {
    return standardWeight;
  }

  /**
   * The second-level categories that may sit under this level, in the form's order.
   *
   * @return an unmodifiable list
   */
  public List<Category> categories() {
    return Arrays.stream(Category.values()).filter(c -> c.level() == this).toList();
  }
}
