package io.github.jixiao.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One 项目支出绩效自评表 (project expenditure performance self-evaluation form) as written: the project, its
 * funding table, its goals, its indicator hierarchy and the total and grade it reports.
 *
 * <p>A project is a value: immutable, with blank cells as {@code Optional.empty()}, never as zero.
 * It is scored by {@code ProjectScorer} and checked for structural validity by {@code
 * FormValidator}.
 *
 * <pre>{@code
 * Project project = Project.builder("市场监管厅2024年中央反垄断专项")
 *     .year(2024)
 *     .funding(FundingBreakdown.builder().total("109", "100", "14.28").reportedScore("1.43").build())
 *     .level(Level.OUTPUT, "50",
 *         CategorySection.of(Category.QUANTITY,
 *             Indicator.of("全区核查垄断线索", "不少于3条", "9", "12.5", "12.5")))
 *     .reportedTotal("80.72")
 *     .build();
 * }</pre>
 *
 * @param year the budget year (年度); empty when blank
 * @param projectName 项目名称; required
 * @param competentDepartment 主管部门; empty when blank
 * @param implementingUnit 实施单位; empty when blank
 * @param funding 项目资金, the funding table
 * @param goals 年度总体目标
 * @param levels 绩效指标, the indicator hierarchy: each level at most once, in the form's order
 * @param reportedTotal 总分 as written on the form, to the places written; empty when blank
 * @param reportedGrade 等级 (自评结论) as the form prints it beside 总分; empty where it prints none
 */
public record Project(
    Optional<Year> year,
    @NotBlank(message = "{io.github.jixiao.core.model.required.message}") String projectName,
    Optional<String> competentDepartment,
    Optional<String> implementingUnit,
    @NotNull @Valid FundingBreakdown funding,
    @NotNull Goals goals,
    List<@Valid LevelSection> levels,
    Optional<@FormNumber BigDecimal> reportedTotal,
    Optional<Grade> reportedGrade) {

  /**
   * Checks that no level appears twice and normalizes the cells.
   *
   * @param year the budget year (年度); empty when blank
   * @param projectName 项目名称; required
   * @param competentDepartment 主管部门; empty when blank
   * @param implementingUnit 实施单位; empty when blank
   * @param funding 项目资金, the funding table
   * @param goals 年度总体目标
   * @param levels 绩效指标, the indicator hierarchy: each level at most once, in the form's order
   * @param reportedTotal 总分 as written on the form, to the places written; empty when blank
   * @param reportedGrade 等级 (自评结论) as the form prints it beside 总分; empty where it prints none
   * @throws IllegalArgumentException if a level appears twice
   * @throws NullPointerException if an argument or a list element is null
   */
  public Project {
    Objects.requireNonNull(year, "year must not be null; use Optional.empty() for blank");
    Objects.requireNonNull(projectName, "projectName must not be null");
    competentDepartment = Cells.text(competentDepartment, "competentDepartment");
    implementingUnit = Cells.text(implementingUnit, "implementingUnit");
    Objects.requireNonNull(funding, "funding must not be null");
    Objects.requireNonNull(goals, "goals must not be null; use Goals.BLANK");
    levels = Cells.list(levels, "levels");
    Set<Level> seen = EnumSet.noneOf(Level.class);
    for (int i = 0; i < levels.size(); i++) {
      Level level = levels.get(i).level();
      if (!seen.add(level)) {
        throw new IllegalArgumentException("levels[" + i + "] repeats level " + level);
      }
    }
    reportedTotal = Cells.written(reportedTotal, "reportedTotal");
    Objects.requireNonNull(
        reportedGrade, "reportedGrade must not be null; use Optional.empty() for none");
  }

  /**
   * A form that prints no grade: a revision-2 form.
   *
   * @param year the budget year (年度); empty when blank
   * @param projectName 项目名称; required
   * @param competentDepartment 主管部门; empty when blank
   * @param implementingUnit 实施单位; empty when blank
   * @param funding 项目资金, the funding table
   * @param goals 年度总体目标
   * @param levels 绩效指标, the indicator hierarchy: each level at most once, in the form's order
   * @param reportedTotal 总分 as written on the form, to the places written; empty when blank
   * @throws IllegalArgumentException if a level appears twice
   * @throws NullPointerException if an argument or a list element is null
   */
  public Project(
      Optional<Year> year,
      String projectName,
      Optional<String> competentDepartment,
      Optional<String> implementingUnit,
      FundingBreakdown funding,
      Goals goals,
      List<LevelSection> levels,
      Optional<BigDecimal> reportedTotal) {
    this(
        year,
        projectName,
        competentDepartment,
        implementingUnit,
        funding,
        goals,
        levels,
        reportedTotal,
        Optional.empty());
  }

  /**
   * A builder for a form with the given name and everything else blank.
   *
   * @param projectName 项目名称
   * @return a new builder
   */
  public static Builder builder(String projectName) {
    return new Builder(projectName);
  }

  /** Builds a {@link Project} in the form's order. Not thread-safe; the project it builds is. */
  public static final class Builder {
    private final String projectName;
    private Optional<Year> year = Optional.empty();
    private Optional<String> competentDepartment = Optional.empty();
    private Optional<String> implementingUnit = Optional.empty();
    private FundingBreakdown funding = FundingBreakdown.builder().build();
    private Goals goals = Goals.BLANK;
    private final List<LevelSection> levels = new ArrayList<>();
    private Optional<BigDecimal> reportedTotal = Optional.empty();
    private Optional<Grade> reportedGrade = Optional.empty();

    private Builder(String projectName) {
      this.projectName = projectName;
    }

    /**
     * Sets the budget year.
     *
     * @param year for example 2024
     * @return this builder
     */
    public Builder year(int year) {
      this.year = Optional.of(Year.of(year));
      return this;
    }

    /**
     * Sets 主管部门.
     *
     * @param competentDepartment the department, or null for blank
     * @return this builder
     */
    public Builder competentDepartment(String competentDepartment) {
      this.competentDepartment = Optional.ofNullable(competentDepartment);
      return this;
    }

    /**
     * Sets 实施单位.
     *
     * @param implementingUnit the unit, or null for blank
     * @return this builder
     */
    public Builder implementingUnit(String implementingUnit) {
      this.implementingUnit = Optional.ofNullable(implementingUnit);
      return this;
    }

    /**
     * Sets the funding table; blank until set.
     *
     * @param funding the table
     * @return this builder
     */
    public Builder funding(FundingBreakdown funding) {
      this.funding = funding;
      return this;
    }

    /**
     * Sets 年度总体目标.
     *
     * @param expected 预期目标, or null for blank
     * @param achieved 实际完成情况, or null for blank
     * @return this builder
     */
    public Builder goals(String expected, String achieved) {
      this.goals = Goals.of(expected, achieved);
      return this;
    }

    /**
     * Adds a level whose header prints the given weight, after those added before.
     *
     * @param level the level
     * @param weight the header's weight as a decimal string
     * @param categories its categories in the form's order
     * @return this builder
     * @throws IllegalArgumentException if a category belongs to another level
     */
    public Builder level(Level level, String weight, CategorySection... categories) {
      levels.add(LevelSection.of(level, weight, categories));
      return this;
    }

    /**
     * Adds a level section, after those added before.
     *
     * @param section the section
     * @return this builder
     */
    public Builder level(LevelSection section) {
      levels.add(section);
      return this;
    }

    /**
     * Sets 总分 as written.
     *
     * @param reportedTotal a decimal string, or null for blank
     * @return this builder
     */
    public Builder reportedTotal(String reportedTotal) {
      this.reportedTotal = Cells.parse(reportedTotal, "reportedTotal");
      return this;
    }

    /**
     * Sets 等级 as the form prints it beside 总分.
     *
     * @param reportedGrade the grade, or null where the form prints none
     * @return this builder
     */
    public Builder reportedGrade(Grade reportedGrade) {
      this.reportedGrade = Optional.ofNullable(reportedGrade);
      return this;
    }

    /**
     * Builds the project.
     *
     * @return a new immutable project
     * @throws IllegalArgumentException if a level was added twice
     */
    public Project build() {
      return new Project(
          year,
          projectName,
          competentDepartment,
          implementingUnit,
          funding,
          goals,
          levels,
          reportedTotal,
          reportedGrade);
    }
  }
}
