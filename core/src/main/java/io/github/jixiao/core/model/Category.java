package io.github.jixiao.core.model;

import io.github.jixiao.core.text.Texts;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A second-level indicator category (二级指标). Each belongs to exactly one {@link Level}, and a {@link
 * LevelSection} accepts only its own level's categories. Besides the standard categories of
 * docs/form-json.md §1.2, each level has one for the labels real forms print that are none of them
 * ({@code 校园用户满意度}, {@code 效率指标}): its {@link CategorySection} keeps the label as written.
 *
 * <pre>{@code
 * Category.COST.level();  // OUTPUT
 * Category.COST.label();  // "成本指标"
 * }</pre>
 */
public enum Category {
  /** 数量指标. */
  QUANTITY(Level.OUTPUT, "数量指标"),
  /** 质量指标. */
  QUALITY(Level.OUTPUT, "质量指标"),
  /** 时效指标. */
  TIMELINESS(Level.OUTPUT, "时效指标"),
  /** 成本指标: a bare number under it is a cap, not a floor. */
  COST(Level.OUTPUT, "成本指标"),
  /** 经济效益指标. */
  ECONOMIC(Level.BENEFIT, "经济效益指标"),
  /** 社会效益指标. */
  SOCIAL(Level.BENEFIT, "社会效益指标"),
  /** 生态效益指标. */
  ECOLOGICAL(Level.BENEFIT, "生态效益指标"),
  /** 可持续影响指标 (some forms print 可持续发展指标). */
  SUSTAINABILITY(Level.BENEFIT, "可持续影响指标"),
  /** 服务对象满意度指标. */
  SERVICE_RECIPIENT(Level.SATISFACTION, "服务对象满意度指标"),
  /** 经济成本指标, under the 成本 level. */
  ECONOMIC_COST(Level.COST, "经济成本指标"),
  /** 社会成本指标, under the 成本 level. */
  SOCIAL_COST(Level.COST, "社会成本指标"),
  /** 生态环境成本指标, under the 成本 level. */
  ECOLOGICAL_COST(Level.COST, "生态环境成本指标"),
  /** A label under 产出 that is no standard category; the section keeps it as written. */
  OTHER_OUTPUT(Level.OUTPUT, "其他产出指标"),
  /** A label under 效益 that is no standard category; the section keeps it as written. */
  OTHER_BENEFIT(Level.BENEFIT, "其他效益指标"),
  /** A label under 满意度 that is no standard category; the section keeps it as written. */
  OTHER_SATISFACTION(Level.SATISFACTION, "其他满意度指标"),
  /** A label under the 成本 level that is no standard category; the section keeps it as written. */
  OTHER_COST(Level.COST, "其他成本指标");

  /** Every name a document may give a standard category; built once the constants exist. */
  private static final Map<String, Category> NAMES = names();

  private final Level level;
  private final String label;

  Category(Level level, String label) {
    this.level = level;
    this.label = label;
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
   * The category's name for a person: its label in Chinese for any {@code zh} locale, an English
   * name for any other, as {@code Finding.message} chooses. A category for other labels names
   * itself ({@code 其他产出指标}, {@code Other output}); its section keeps the label as written.
   *
   * @param locale the reader's locale
   * @return for example {@code "数量指标"} or {@code "Quantity"}
   */
  public String displayName(Locale locale) {
    return Texts.name(this, locale);
  }

  /**
   * Whether this is one of the standard categories of docs/form-json.md §1.2, not a level's
   * category for other labels.
   *
   * @return false for {@link #OTHER_OUTPUT} and its kind
   */
  public boolean isStandard() {
    return this != OTHER_OUTPUT
        && this != OTHER_BENEFIT
        && this != OTHER_SATISFACTION
        && this != OTHER_COST;
  }

  /**
   * Whether its indicators are costs: 成本指标 under 产出, or any category of the 成本 level. A bare number
   * there is a cap, not a floor.
   *
   * @return true for a cost
   */
  public boolean isCost() {
    return this == COST || level == Level.COST;
  }

  /**
   * The category of a level for labels that are no standard category.
   *
   * @param level the level
   * @return for example {@link #OTHER_SATISFACTION} for 满意度
   */
  public static Category otherOf(Level level) {
    return switch (level) {
      case OUTPUT -> OTHER_OUTPUT;
      case BENEFIT -> OTHER_BENEFIT;
      case SATISFACTION -> OTHER_SATISFACTION;
      case COST -> OTHER_COST;
    };
  }

  /**
   * The standard category a document names (docs/form-json.md §1.2): its code ({@code QUANTITY}),
   * its label ({@code 数量指标}), its label without 指标 ({@code 数量}), or {@code 可持续发展指标} and {@code
   * 可持续发展}, which the 2024 forms print for 可持续影响指标. A label that is no standard category's ({@code
   * 校园用户满意度}) names none: a reader keeps it under {@link #otherOf} its level. The name is compared
   * as given, as {@link Level#named} compares.
   *
   * @param name the name as a document writes it
   * @return the standard category, or empty where the name is none of one
   */
  public static Optional<Category> named(String name) {
    return Optional.ofNullable(NAMES.get(name));
  }

  private static Map<String, Category> names() {
    Map<String, Category> names = new HashMap<>();
    for (Category category : values()) {
      if (category.isStandard()) {
        names.put(category.name(), category);
        names.put(category.label, category);
        names.put(category.label.replace("指标", ""), category);
      }
    }
    // Seen on the 2024 reference forms.
    names.put("可持续发展指标", SUSTAINABILITY);
    names.put("可持续发展", SUSTAINABILITY);
    return Map.copyOf(names);
  }
}
