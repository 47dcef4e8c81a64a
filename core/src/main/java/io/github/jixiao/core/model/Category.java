package io.github.jixiao.core.model;

/**
 * A second-level indicator category (二级指标). Each belongs to exactly one {@link Level}, and a {@link
 * LevelSection} accepts only its own level's categories.
 *
 * <pre>{@code
 * Category.COST.level();  // OUTPUT
 * Category.COST.label();  // "成本指标"
 * }</pre>
 */
public enum Category {
  /** 数量指标. */
  QUANTITY(Level.OUTPUT, "数量指标", "Quantity"),
  /** 质量指标. */
  QUALITY(Level.OUTPUT, "质量指标", "Quality"),
  /** 时效指标. */
  TIMELINESS(Level.OUTPUT, "时效指标", "Timeliness"),
  /** 成本指标: a bare number under it is a cap, not a floor. */
  COST(Level.OUTPUT, "成本指标", "Cost"),
  /** 经济效益指标. */
  ECONOMIC(Level.BENEFIT, "经济效益指标", "Economic benefit"),
  /** 社会效益指标. */
  SOCIAL(Level.BENEFIT, "社会效益指标", "Social benefit"),
  /** 生态效益指标. */
  ECOLOGICAL(Level.BENEFIT, "生态效益指标", "Ecological benefit"),
  /** 可持续影响指标 (some forms print 可持续发展指标). */
  SUSTAINABILITY(Level.BENEFIT, "可持续影响指标", "Sustainability"),
  /** 服务对象满意度指标. */
  SERVICE_RECIPIENT(Level.SATISFACTION, "服务对象满意度指标", "Service recipient satisfaction");

  private final Level level;
  private final String label;
  private final String englishLabel;

  Category(Level level, String label, String englishLabel) {
    this.level = level;
    this.label = label;
    this.englishLabel = englishLabel;
  }

  /**
   * The level this category belongs to.
   *
   * @return never null
   */
  public Level level() {
    return level;
  }

  /**
   * The Chinese label as printed on the form.
   *
   * @return for example {@code "数量指标"}
   */
  public String label() {
    return label;
  }

  /**
   * The English label.
   *
   * @return for example {@code "Quantity"}
   */
  public String englishLabel() {
    return englishLabel;
  }
}
