package io.github.jixiao.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * A first-level indicator (一级指标) of the form: 产出, 效益 or 满意度.
 *
 * <p>The weight a level should have is the scoring policy's ({@code ScoringPolicy.levelWeight}),
 * not the level's: regions weight them differently. A form prints its own in the level's header
 * ({@link LevelSection#weight()}).
 *
 * <pre>{@code
 * Level.OUTPUT.label();           // "产出指标"
 * Level.OUTPUT.categories();      // [QUANTITY, QUALITY, TIMELINESS, COST]
 * }</pre>
 */
public enum Level {
  /** 产出指标. */
  OUTPUT("产出指标", "Output"),
  /** 效益指标. */
  BENEFIT("效益指标", "Benefit"),
  /** 满意度指标. */
  SATISFACTION("满意度指标", "Satisfaction");

  private final String label;
  private final String englishLabel;

  Level(String label, String englishLabel) {
    this.label = label;
    this.englishLabel = englishLabel;
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
   * The second-level categories that may sit under this level, in the form's order.
   *
   * @return an unmodifiable list
   */
  public List<Category> categories() {
    return Arrays.stream(Category.values()).filter(c -> c.level() == this).toList();
  }
}
