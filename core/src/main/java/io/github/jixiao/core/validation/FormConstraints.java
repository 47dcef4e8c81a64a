package io.github.jixiao.core.validation;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceMap;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingColumn;
import io.github.jixiao.core.model.FundingComponent;
import io.github.jixiao.core.model.FundingLine;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a form's values against the model's constraints — required names and component labels not
 * blank; amounts, weights, deductions, scores, rates and totals not negative, below
 * 10<sup>12</sup>, with at most 6 decimal places — without a Bean Validation provider. It gives
 * exactly the problems {@link FormValidator} gives with one (a test holds the two together), and is
 * what the bindings use.
 *
 * <p>A pure function; thread-safe.
 *
 * <pre>{@code
 * List<Problem> problems = FormConstraints.check(project);
 * // [$.levels[0].categories[0].indicators[0].weight: must not be negative: -12.5]
 * }</pre>
 */
public final class FormConstraints {
  /** {@code @Digits(integer = 12, fraction = 6)} of {@code @FormNumber}. */
  private static final int INTEGER_DIGITS = 12;

  private static final int FRACTION_DIGITS = 6;

  private FormConstraints() {}

  /**
   * Every value of the form that breaks a constraint, in document order; for one cell, {@link
   * ProblemCode#NEGATIVE} before {@link ProblemCode#OUT_OF_RANGE}.
   *
   * @param project the form
   * @return the problems, with no location; empty when the form is valid
   * @throws NullPointerException if the project is null
   */
  public static List<Problem> check(Project project) {
    return check(project, SourceMap.EMPTY);
  }

  /**
   * As {@link #check(Project)}, each problem located where its value was read.
   *
   * @param project the form
   * @param sources where the form's values were read
   * @return the problems; empty when the form is valid
   * @throws NullPointerException if an argument is null
   */
  public static List<Problem> check(Project project, SourceMap sources) {
    Objects.requireNonNull(project, "project must not be null");
    Objects.requireNonNull(sources, "sources must not be null");
    Checks checks = new Checks(sources);
    checks.name(FormPath.PROJECT_NAME, project.projectName());
    FundingBreakdown funding = project.funding();
    checks.number(FormPath.FUNDING_WEIGHT, funding.weight());
    for (FundingLine line : FundingLine.values()) {
      for (FundingColumn column : FundingColumn.values()) {
        checks.number(FormPath.funding(line, column), funding.row(line).get(column));
      }
    }
    for (int i = 0; i < funding.components().size(); i++) {
      FundingComponent component = funding.components().get(i);
      checks.name(FormPath.componentLabel(i), component.label());
      for (FundingColumn column : FundingColumn.values()) {
        checks.number(FormPath.fundingComponent(i, column), component.row().get(column));
      }
    }
    checks.number(FormPath.REPORTED_EXECUTION_RATE, funding.reportedExecutionRate());
    checks.number(FormPath.REPORTED_FUNDING_SCORE, funding.reportedScore());
    for (int i = 0; i < project.levels().size(); i++) {
      LevelSection level = project.levels().get(i);
      checks.number(FormPath.levelWeight(i), level.weight());
      for (int j = 0; j < level.categories().size(); j++) {
        CategorySection category = level.categories().get(j);
        for (int k = 0; k < category.indicators().size(); k++) {
          Indicator indicator = category.indicators().get(k);
          FormPath path = FormPath.indicator(i, j, k);
          checks.name(path.cell(IndicatorCell.NAME), indicator.name());
          checks.number(path.cell(IndicatorCell.WEIGHT), Optional.of(indicator.weight()));
          checks.number(path.cell(IndicatorCell.SCORE), indicator.score());
          // 扣减分数 is read as 分值 is: a negative one is refused like a negative weight.
          checks.number(path.cell(IndicatorCell.DEDUCTION), indicator.deduction());
        }
      }
    }
    checks.number(FormPath.REPORTED_TOTAL, project.reportedTotal());
    return List.copyOf(checks.problems);
  }

  /**
   * Whether a number breaks {@code @FormNumber}'s {@code @Digits}, which counts the digits as the
   * number holds them: a reported figure keeps the places it is written to, so {@code 12.5000000}
   * has seven.
   */
  static boolean isOutOfRange(BigDecimal value) {
    return value.precision() - value.scale() > INTEGER_DIGITS || value.scale() > FRACTION_DIGITS;
  }

  private static final class Checks {
    private final SourceMap sources;
    private final List<Problem> problems = new ArrayList<>();

    Checks(SourceMap sources) {
      this.sources = sources;
    }

    void name(FormPath path, String name) {
      if (name.isBlank()) {
        add(ProblemCode.BLANK, path);
      }
    }

    void number(FormPath path, Optional<BigDecimal> cell) {
      if (cell.isEmpty()) {
        return;
      }
      BigDecimal value = cell.get();
      if (value.signum() < 0) {
        add(ProblemCode.NEGATIVE, path, value.toString());
      }
      if (isOutOfRange(value)) {
        add(ProblemCode.OUT_OF_RANGE, path, value.toString());
      }
    }

    private void add(ProblemCode code, FormPath path, String... arguments) {
      Problem problem = Problem.of(code, path, arguments);
      problems.add(sources.exactly(path).map(problem::at).orElse(problem));
    }
  }
}
