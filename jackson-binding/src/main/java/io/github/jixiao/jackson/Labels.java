package io.github.jixiao.jackson;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.Level;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a document may give a level or a category: the code, the Chinese label, the label
 * without 指标, and the variants seen on real forms (docs/form-json.md §1.2).
 */
final class Labels {
  /** A header's weight after the label: {@code 产出指标 (50分)}, {@code 产出指标（50分）}. */
  private static final Pattern HEADER_WEIGHT =
      Pattern.compile("^(.*?)[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]$");

  private Labels() {}

  /** A level name with the weight its label may carry. */
  record LevelName(Level level, Optional<BigDecimal> labelWeight) {}

  static Optional<LevelName> level(String name) {
    String compact = compact(name);
    Matcher m = HEADER_WEIGHT.matcher(compact);
    if (m.matches()) {
      return Level.named(m.group(1))
          .map(level -> new LevelName(level, Optional.of(new BigDecimal(m.group(2)))));
    }
    return Level.named(compact).map(l -> new LevelName(l, Optional.empty()));
  }

  static Optional<Category> category(String name) {
    return Category.named(compact(name));
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
}
