package io.github.jixiao.jackson;

import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code levels} array of a form document (docs/form-json.md §1.2): levels, their
 * categories and indicators, with the labels real forms print. Where a value is wrong, a stand-in
 * keeps the model's shape (the level's first category), so that the rest of the document is still
 * checked at the right paths; a stand-in is never returned as a result.
 */
final class IndicatorTreeReader {
  private final TokenReader tokens;

  IndicatorTreeReader(TokenReader tokens) {
    this.tokens = tokens;
  }

  Optional<List<LevelSection>> levels(FormPath path) throws IOException {
    Map<Level, FormPath> seen = new EnumMap<>(Level.class);
    return tokens.array(
        path,
        (index, at) -> {
          Optional<PlacedLevel> placed = tokens.object(at, this::level).flatMap(l -> l);
          if (placed.isEmpty()) {
            return Optional.empty();
          }
          Level level = placed.get().section().level();
          FormPath first = seen.putIfAbsent(level, at);
          if (first != null) {
            tokens.problemAt(
                at.field("level"),
                placed.get().nameAt(),
                ProblemCode.DUPLICATE_LEVEL,
                level.name(),
                first.toString());
            return Optional.empty();
          }
          return Optional.of(placed.get().section());
        });
  }

  /** A level read, with where its name stands for a problem found once all levels are read. */
  private record PlacedLevel(LevelSection section, Optional<SourceLocation> nameAt) {}

  /** A level, or empty where its level is unknown: no stand-in would keep the levels apart. */
  private Optional<PlacedLevel> level(FormPath path) throws IOException {
    var name = new TokenReader.Slot<String>();
    var weight = new TokenReader.Slot<BigDecimal>();
    var categories = new TokenReader.Slot<List<RawCategory>>();
    var nameAt = new TokenReader.Slot<SourceLocation>();
    var weightAt = new TokenReader.Slot<SourceLocation>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, at) -> {
              switch (field) {
                case "level" -> {
                  nameAt.set(tokens.here());
                  name.set(tokens.text(at, false));
                }
                case "weight" -> {
                  weightAt.set(tokens.here());
                  weight.set(tokens.number(at));
                }
                case "categories" ->
                    categories.set(tokens.array(at, (i, c) -> tokens.object(c, this::category)));
                default -> tokens.unknown(at);
              }
            });
    List<RawCategory> raw = tokens.required(categories, path, "categories", start, List.of());
    Optional<Labels.LevelName> level = Optional.empty();
    if (name.value().isEmpty()) {
      tokens.required(name, path, "level", start, "");
    } else {
      level = Labels.level(name.value().get());
      if (level.isEmpty()) {
        tokens.problemAt(
            path.field("level"), nameAt.value(), ProblemCode.UNKNOWN_LEVEL, name.value().get());
      }
    }
    Optional<BigDecimal> stated = weight.value();
    if (level.isPresent() && level.get().labelWeight().isPresent()) {
      BigDecimal fromLabel = level.get().labelWeight().get();
      if (stated.isEmpty()) {
        stated = Optional.of(fromLabel);
        if (TokenReader.mayBreakFormNumber(fromLabel)) {
          tokens.note(path.field("weight"), weightAt.value());
        }
      } else if (stated.get().compareTo(fromLabel) != 0) {
        tokens.problemAt(
            path.field("weight"),
            weightAt.value(),
            ProblemCode.LABEL_WEIGHT_CONFLICT,
            fromLabel.toPlainString(),
            stated.get().toPlainString());
      }
    }
    if (level.isEmpty()) {
      return Optional.empty();
    }
    Level resolved = level.get().level();
    List<CategorySection> sections = new ArrayList<>(raw.size());
    for (RawCategory category : raw) {
      sections.add(category.under(resolved));
    }
    return Optional.of(
        new PlacedLevel(new LevelSection(resolved, stated, sections), nameAt.value()));
  }

  /** A category as written, placed under its level once the level is known. */
  private final class RawCategory {
    private final FormPath path;
    private final Optional<String> name;
    private final Optional<SourceLocation> nameAt;
    private final List<Indicator> indicators;

    RawCategory(
        FormPath path,
        Optional<String> name,
        Optional<SourceLocation> nameAt,
        List<Indicator> indicators) {
      this.path = path;
      this.name = name;
      this.nameAt = nameAt;
      this.indicators = indicators;
    }

    CategorySection under(Level level) {
      Optional<Category> category = name.flatMap(Labels::category);
      if (name.isPresent() && category.isEmpty()) {
        if (!name.get().isBlank()) {
          // docs/form-json.md §1.2: a label that is no standard category is kept as
          // written (校园用户满意度, 效率指标); the scorer warns about it.
          return new CategorySection(Category.otherOf(level), name.get(), indicators);
        }
        tokens.problemAt(path.field("category"), nameAt, ProblemCode.BLANK);
      } else if (category.isPresent() && category.get().level() != level) {
        tokens.problemAt(
            path.field("category"),
            nameAt,
            ProblemCode.CATEGORY_UNDER_WRONG_LEVEL,
            category.get().label(),
            category.get().level().label(),
            level.label());
        category = Optional.empty();
      }
      // Stand-in: the level's first category keeps the indicators at their paths.
      return new CategorySection(category.orElse(level.categories().get(0)), indicators);
    }
  }

  private RawCategory category(FormPath path) throws IOException {
    var name = new TokenReader.Slot<String>();
    var nameAt = new TokenReader.Slot<SourceLocation>();
    var indicators = new TokenReader.Slot<List<Indicator>>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, at) -> {
              switch (field) {
                case "category" -> {
                  nameAt.set(tokens.here());
                  name.set(tokens.text(at, false));
                }
                case "indicators" ->
                    indicators.set(
                        tokens.array(at, (i, ind) -> tokens.object(ind, this::indicator)));
                default -> tokens.unknown(at);
              }
            });
    if (name.value().isEmpty()) {
      tokens.required(name, path, "category", start, "");
    }
    return new RawCategory(
        path,
        name.value(),
        nameAt.value(),
        tokens.required(indicators, path, "indicators", start, List.of()));
  }

  Indicator indicator(FormPath path) throws IOException {
    var name = new TokenReader.Slot<String>();
    var target = new TokenReader.Slot<String>();
    var actual = new TokenReader.Slot<String>();
    var weight = new TokenReader.Slot<BigDecimal>();
    var score = new TokenReader.Slot<BigDecimal>();
    var deviation = new TokenReader.Slot<String>();
    var notApplicable = new TokenReader.Slot<Boolean>();
    Optional<SourceLocation> start =
        tokens.fields(
            path,
            (field, at) -> {
              switch (field) {
                case "name" -> name.set(tokens.text(at, false));
                case "target" -> target.set(tokens.text(at, true));
                case "actual" -> actual.set(tokens.text(at, true));
                case "weight" -> weight.set(tokens.number(at));
                case "score" -> score.set(tokens.number(at));
                case "deviation" -> deviation.set(tokens.text(at, false));
                case "notApplicable" -> notApplicable.set(tokens.bool(at));
                default -> tokens.unknown(at);
              }
            });
    return new Indicator(
        tokens.required(name, path, "name", start, ""),
        target.value(),
        actual.value(),
        tokens.required(weight, path, "weight", start, BigDecimal.ZERO),
        score.value(),
        deviation.value(),
        notApplicable.value().orElse(false));
  }
}
