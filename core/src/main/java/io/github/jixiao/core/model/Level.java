package io.github.jixiao.core.model;

import io.github.jixiao.core.text.Texts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A first-level indicator (一级指标) of the form: 产出, 效益 and 满意度, and on forms since 财预〔2021〕101号 成本 as
 * a level of its own.
 *
 * <p>The weight a level should have is the scoring policy's ({@code ScoringPolicy.levelWeight}),
 * not the level's: regions weight them differently. A form prints its own in the level's header
 * ({@link LevelSection#weight()}).
 *
 * <pre>{@code
 * Level.OUTPUT.label();           // "产出指标"
 * Level.OUTPUT.displayName(Locale.ENGLISH);  // "Output"
 * Level.OUTPUT.categories();      // [QUANTITY, QUALITY, TIMELINESS, COST]
 * Level.COST.categories();        // [ECONOMIC_COST, SOCIAL_COST, ECOLOGICAL_COST]
 * }</pre>
 */
public enum Level {
  /** 产出指标. */
  OUTPUT("产出指标"),
  /** 效益指标. */
  BENEFIT("效益指标"),
  /** 满意度指标. */
  SATISFACTION("满意度指标"),
  /**
   * 成本指标 as a level of its own (财预〔2021〕101号); older forms keep 成本 as a category of 产出. Where a
   * form has it, 产出 and 成本 together stand for 产出's standard weight.
   */
  COST("成本指标");

  /** Every name a document may give a level; built once the constants exist. */
  private static final Map<String, Level> NAMES = names();

  private final String label;

  Level(String label) {
    this.label = label;
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
   * The level's name for a person: its label in Chinese for any {@code zh} locale, an English name
   * for any other, as {@code Finding.message} chooses.
   *
   * <pre>{@code
   * Level.OUTPUT.displayName(Locale.SIMPLIFIED_CHINESE);  // "产出指标"
   * Level.OUTPUT.displayName(Locale.ENGLISH);             // "Output"
   * }</pre>
   *
   * @param locale the reader's locale
   * @return for example {@code "产出指标"} or {@code "Output"}
   */
  public String displayName(Locale locale) {
    return Texts.name(this, locale);
  }

  /**
   * The standard second-level categories of this level, in the form's order; a form may print
   * others ({@link Category#otherOf}).
   *
   * @return an unmodifiable list
   */
  public List<Category> categories() {
    return Arrays.stream(Category.values())
        .filter(c -> c.level() == this && c.isStandard())
        .toList();
  }

  /**
   * The level a document names (docs/form-json.md §1.2): its code ({@code OUTPUT}), its label
   * ({@code 产出指标}) or its label without 指标 ({@code 产出}). The name is compared as given: white
   * space, a trailing weight ({@code （50分）}) or full-width punctuation are the reader's to take off
   * first.
   *
   * <pre>{@code
   * Level.named("产出");      // Optional[OUTPUT]
   * Level.named("投入指标");  // Optional.empty
   * }</pre>
   *
   * @param name the name as a document writes it
   * @return the level, or empty where the name is none of a level's
   */
  public static Optional<Level> named(String name) {
    return Optional.ofNullable(NAMES.get(name));
  }

  private static Map<String, Level> names() {
    Map<String, Level> names = new HashMap<>();
    for (Level level : values()) {
      names.put(level.name(), level);
      names.put(level.label, level);
      names.put(level.label.replace("指标", ""), level);
    }
    return Map.copyOf(names);
  }
}
