package io.github.jixiao.jackson;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.Level;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a document may give a level or a category: the code, the Chinese label, the label
 * without 指标, and the variants seen on real forms (form-json-v1 §1.2).
 */
final class Labels {
  /** A header's weight after the label: {@code 产出指标 (50分)}, {@code 产出指标（50分）}. */
  private static final Pattern HEADER_WEIGHT =
      Pattern.compile("^(.*?)[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]$");

  private static final Map<String, Level> LEVELS = levels();
  private static final Map<String, Category> CATEGORIES = categories();

  private Labels() {}

  /** A level name with the weight its label may carry. */
  record LevelName(Level level, Optional<BigDecimal> labelWeight) {}

  static Optional<LevelName> level(String name) {
    String compact = compact(name);
    Matcher m = HEADER_WEIGHT.matcher(compact);
    if (m.matches()) {
      return Optional.ofNullable(LEVELS.get(m.group(1)))
          .map(level -> new LevelName(level, Optional.of(new BigDecimal(m.group(2)))));
    }
    return Optional.ofNullable(LEVELS.get(compact)).map(l -> new LevelName(l, Optional.empty()));
  }

  static Optional<Category> category(String name) {
    return Optional.ofNullable(CATEGORIES.get(compact(name)));
  }

  /** Labels are compared without white space, full-width or not: {@code 产出指标 (50分)}. */
  private static String compact(String name) {
    // Once per level and category of every form: a scan, not a regular expression.
    StringBuilder compact = null;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean white = Character.isWhitespace(c) || c == '\u3000';
      if (white && compact == null) {
        compact = new StringBuilder(name.length()).append(name, 0, i);
      } else if (!white && compact != null) {
        compact.append(c);
      }
    }
    return compact == null ? name : compact.toString();
  }

  private static Map<String, Level> levels() {
    Map<String, Level> names = new HashMap<>();
    for (Level level : Level.values()) {
      names.put(level.name(), level);
      names.put(level.label(), level);
      names.put(level.label().replace("指标", ""), level);
    }
    return Map.copyOf(names);
  }

  private static Map<String, Category> categories() {
    Map<String, Category> names = new HashMap<>();
    for (Category category : Category.values()) {
      if (!category.isStandard()) {
        // A nonstandard label is kept as written: no name stands for these.
        continue;
      }
      names.put(category.name(), category);
      names.put(category.label(), category);
      names.put(category.label().replace("指标", ""), category);
    }
    // Seen on the 2024 reference forms.
    names.put("可持续发展指标", Category.SUSTAINABILITY);
    names.put("可持续发展", Category.SUSTAINABILITY);
    return Map.copyOf(names);
  }
}
