package io.github.jixiao.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingComponent;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Goals;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of forms. Every form is built valid and consistent by construction (no
 * filtering), from small integer draws that shrink towards small, readable forms: one indicator a
 * level, amounts of 0.01, nothing executed, nothing scored.
 *
 * <p>A consistent form: standard weights 50 / 30 / 10 / 10 whose indicator weights add up exactly,
 * every score at most its weight with a deviation text wherever points are lost, executed at most
 * the adjusted budget, and reported rate, funding score and total equal to what the rules give. The
 * reported figures are worked out here with {@link BigDecimal#divide(BigDecimal, int,
 * RoundingMode)} directly, independently of the scorer.
 */
public final class Forms {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal FUNDING_WEIGHT = BigDecimal.TEN;

  private Forms() {}

  /**
   * Consistent forms whose funding table may or may not fill in its component rows.
   *
   * @return the generator
   */
  public static Gen<Project> consistentProjects() {
    return projects(Generate.booleans());
  }

  /**
   * Consistent forms whose funding table fills in its component rows (当年财政拨款 and 上年结转资金).
   *
   * @return the generator
   */
  public static Gen<Project> consistentProjectsWithBreakdown() {
    return projects(Generate.constant(true));
  }

  /**
   * Consistent forms with what revision 3 of docs/form-json.md adds, each by its own draw: a unit
   * (none, 万元 or 元), the component rows listed with a free row (the 当年财政拨款 share labelled 财政资金 as
   * the 四川 template prints it, then the standard 上年结转资金 and a blank 其他资金), the grade of the
   * reported total printed beside it, and on each indicator a year-start target beside the adjusted
   * one and a deduction of the points it lost. None of these changes a figure or raises a finding,
   * so the forms stay consistent.
   *
   * @return the generator
   */
  public static Gen<Project> revisionThreeProjects() {
    return consistentProjects()
        .zip(
            integers().between(0, 2),
            Generate.booleans(),
            Generate.booleans(),
            integers().between(0, 3),
            Forms::revisionThree);
  }

  /**
   * A form with the revision-3 fields a draw chose.
   *
   * @param project a consistent revision-2 form
   * @param unit 0 for no unit, 1 for 万元, 2 for 元
   * @param listed whether the component rows are listed, with a free row
   * @param graded whether the form prints the grade of its total
   * @param indicatorFields 0 for none, 1 for a year-start target, 2 for a deduction, 3 for both
   * @return the form
   */
  private static Project revisionThree(
      Project project, int unit, boolean listed, boolean graded, int indicatorFields) {
    FundingBreakdown f = project.funding();
    List<FundingComponent> components = new ArrayList<>();
    if (listed) {
      components.add(new FundingComponent("财政资金", f.appropriation()));
      components.add(new FundingComponent("上年结转资金", f.carryover()));
      components.add(new FundingComponent("其他资金", FundingRow.BLANK));
    }
    FundingRow standard = listed ? FundingRow.BLANK : null;
    FundingBreakdown funding =
        new FundingBreakdown(
            unit == 0
                ? Optional.empty()
                : Optional.of(unit == 1 ? FundingUnit.WAN_YUAN : FundingUnit.YUAN),
            f.weight(),
            f.total(),
            listed ? standard : f.appropriation(),
            listed ? standard : f.carryover(),
            listed ? standard : f.other(),
            components,
            f.reportedExecutionRate(),
            f.reportedScore());
    Project withFields =
        mapIndicators(
            project,
            (i, j, k, indicator) -> {
              Indicator changed = indicator;
              if ((indicatorFields & 1) != 0) {
                changed = changed.withInitialTarget("≥" + (90 + k) + "家");
              }
              if ((indicatorFields & 2) != 0) {
                BigDecimal lost = changed.weight().subtract(changed.score().orElseThrow());
                changed = changed.withDeduction(lost.toPlainString());
              }
              return changed;
            });
    return new Project(
        withFields.year(),
        withFields.projectName(),
        withFields.competentDepartment(),
        withFields.implementingUnit(),
        funding,
        withFields.goals(),
        withFields.levels(),
        withFields.reportedTotal(),
        graded ? Optional.of(gradeOf(withFields.reportedTotal().orElseThrow())) : Optional.empty());
  }

  /** The national bands, worked out here independently of the scorer: 90, 80, 60. */
  private static Grade gradeOf(BigDecimal total) {
    if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
      return Grade.EXCELLENT;
    }
    if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
      return Grade.GOOD;
    }
    return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? Grade.FAIR : Grade.POOR;
  }

  /**
   * Amounts in 万元 with 2 decimal places, from 0.01 to 10<sup>8</sup>.
   *
   * @return the generator
   */
  public static Gen<BigDecimal> amounts() {
    return longs().between(1, 10_000_000_000L).map(cents -> BigDecimal.valueOf(cents, 2));
  }

  /** Changes one indicator, knowing where it stands. */
  @FunctionalInterface
  public interface IndicatorChange {
    /**
     * The indicator to put in place of the one at {@code $.levels[level].categories[category]
     * .indicators[index]}.
     *
     * @param level the level's index
     * @param category the category's index within the level
     * @param index the indicator's index within the category
     * @param indicator the indicator there now
     * @return the indicator to put there
     */
    Indicator apply(int level, int category, int index, Indicator indicator);
  }

  /**
   * The project with each indicator replaced as the change says, everything else kept.
   *
   * @param project the project
   * @param change what to do with each indicator
   * @return the changed project
   */
  public static Project mapIndicators(Project project, IndicatorChange change) {
    List<LevelSection> levels = new ArrayList<>();
    for (int i = 0; i < project.levels().size(); i++) {
      LevelSection level = project.levels().get(i);
      List<CategorySection> categories = new ArrayList<>();
      for (int j = 0; j < level.categories().size(); j++) {
        CategorySection category = level.categories().get(j);
        List<Indicator> indicators = new ArrayList<>();
        for (int k = 0; k < category.indicators().size(); k++) {
          indicators.add(change.apply(i, j, k, category.indicators().get(k)));
        }
        categories.add(new CategorySection(category.category(), category.label(), indicators));
      }
      levels.add(new LevelSection(level.level(), level.weight(), categories));
    }
    return withLevels(project, levels);
  }

  /**
   * The project with other levels, everything else kept.
   *
   * @param project the project
   * @param levels the levels to put in place
   * @return the changed project
   */
  public static Project withLevels(Project project, List<LevelSection> levels) {
    return copy(project, project.funding(), levels, project.reportedTotal());
  }

  /**
   * The project with another funding table and reported total, everything else kept.
   *
   * @param project the project
   * @param funding the funding table to put in place
   * @param reportedTotal the reported total to put in place
   * @return the changed project
   */
  public static Project withFunding(
      Project project, FundingBreakdown funding, Optional<BigDecimal> reportedTotal) {
    return copy(project, funding, project.levels(), reportedTotal);
  }

  /**
   * The project with its funding, levels and reported total replaced, its header and grade kept.
   */
  private static Project copy(
      Project project,
      FundingBreakdown funding,
      List<LevelSection> levels,
      Optional<BigDecimal> reportedTotal) {
    return new Project(
        project.year(),
        project.projectName(),
        project.competentDepartment(),
        project.implementingUnit(),
        funding,
        project.goals(),
        levels,
        reportedTotal,
        project.reportedGrade());
  }

  private static Gen<Project> projects(Gen<Boolean> withBreakdown) {
    Gen<List<LevelSection>> levels =
        level(Level.OUTPUT).zip(level(Level.BENEFIT), level(Level.SATISFACTION), List::of);
    return levels.zip(funding(), withBreakdown, Forms::project);
  }

  private static Project project(List<LevelSection> levels, Spending spending, boolean breakdown) {
    BigDecimal budget = spending.budget();
    BigDecimal executed = spending.executed();
    BigDecimal rate = executed.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
    BigDecimal fundingScore =
        FUNDING_WEIGHT.multiply(executed).divide(budget, 2, RoundingMode.HALF_UP);
    FundingRow total = row(spending.initial(), budget, executed);
    FundingRow appropriation = FundingRow.BLANK;
    FundingRow carryover = FundingRow.BLANK;
    if (breakdown) {
      // 上年结转资金 takes a share of each column; 当年财政拨款 the rest, so the rows add up.
      BigDecimal share = BigDecimal.valueOf(spending.carryoverPercent(), 2);
      FundingRow carried =
          row(part(spending.initial(), share), part(budget, share), part(executed, share));
      carryover = carried;
      appropriation =
          row(
              spending.initial().subtract(carried.initialBudget().orElseThrow()),
              budget.subtract(carried.adjustedBudget().orElseThrow()),
              executed.subtract(carried.executed().orElseThrow()));
    }
    BigDecimal indicatorScore =
        levels.stream()
            .flatMap(LevelSection::indicators)
            .map(i -> i.score().orElseThrow())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Project(
        Optional.of(Year.of(2024)),
        "生成的项目",
        Optional.of("自治区财政厅"),
        Optional.empty(),
        new FundingBreakdown(
            Optional.of(FUNDING_WEIGHT),
            total,
            appropriation,
            carryover,
            FundingRow.BLANK,
            Optional.of(rate),
            Optional.of(fundingScore)),
        Goals.BLANK,
        levels,
        Optional.of(indicatorScore.add(fundingScore)));
  }

  private static BigDecimal part(BigDecimal amount, BigDecimal share) {
    return amount.multiply(share).setScale(2, RoundingMode.DOWN);
  }

  private static FundingRow row(BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {
    return new FundingRow(Optional.of(initial), Optional.of(adjusted), Optional.of(executed));
  }

  /** 年初预算数, 全年预算数, 全年执行数 ≤ 全年预算数, and the carried-over share of them in percent. */
  private record Spending(
      BigDecimal initial, BigDecimal budget, BigDecimal executed, int carryoverPercent) {}

  private static Gen<Spending> funding() {
    return amounts()
        .zip(
            amounts(),
            integers().between(0, 10_000),
            integers().between(0, 100),
            (initial, budget, perTenThousand, carried) ->
                new Spending(
                    initial,
                    budget,
                    // Shrinks towards 0 executed; 10,000 is all of the budget.
                    budget
                        .multiply(BigDecimal.valueOf(perTenThousand))
                        .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.DOWN),
                    carried));
  }

  /**
   * A level at its standard weight, with one to three categories of one to three indicators. The
   * weights are shares of the level's weight in hundredths, the last taking what rounding left.
   */
  private static Gen<LevelSection> level(Level level) {
    List<Category> categories = level.categories();
    Gen<List<Draw>> draws =
        lists()
            .of(
                integers()
                    .between(0, categories.size() - 1)
                    .zip(integers().between(1, 100), integers().between(0, 100), Draw::new))
            .ofSizeBetween(1, 6);
    return draws.map(d -> section(level, d));
  }

  /** One indicator's category, relative size and percentage of its weight scored. */
  private record Draw(int category, int size, int percentScored) {}

  private static LevelSection section(Level level, List<Draw> draws) {
    BigDecimal levelWeight = ScoringPolicy.DEFAULT.levelWeight(level);
    int sizes = draws.stream().mapToInt(Draw::size).sum();
    List<Category> categories = level.categories();
    List<List<Indicator>> byCategory = new ArrayList<>();
    categories.forEach(c -> byCategory.add(new ArrayList<>()));
    BigDecimal assigned = BigDecimal.ZERO;
    for (int n = 0; n < draws.size(); n++) {
      Draw draw = draws.get(n);
      BigDecimal weight =
          n == draws.size() - 1
              ? levelWeight.subtract(assigned)
              : levelWeight
                  .multiply(BigDecimal.valueOf(draw.size()))
                  .divide(BigDecimal.valueOf(sizes), 2, RoundingMode.DOWN);
      assigned = assigned.add(weight);
      BigDecimal score =
          weight
              .multiply(BigDecimal.valueOf(draw.percentScored()))
              .divide(HUNDRED, 2, RoundingMode.DOWN);
      Optional<String> deviation =
          score.compareTo(weight) < 0 ? Optional.of("进度滞后，下一步加快推进") : Optional.empty();
      byCategory
          .get(draw.category())
          .add(
              new Indicator(
                  "指标" + (n + 1),
                  Optional.of("≥100家"),
                  Optional.of(draw.percentScored() + "家"),
                  weight,
                  Optional.of(score),
                  deviation));
    }
    List<CategorySection> sections = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      if (!byCategory.get(c).isEmpty()) {
        sections.add(new CategorySection(categories.get(c), byCategory.get(c)));
      }
    }
    return new LevelSection(level, Optional.of(levelWeight), sections);
  }
}
