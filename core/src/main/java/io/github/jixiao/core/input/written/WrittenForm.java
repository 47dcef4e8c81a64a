package io.github.jixiao.core.input.written;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a source wrote of one form, as written and placed by role: each value with where it stands,
 * before any rule says what it means. Every source (a JSON document, a workbook's sheet) fills one
 * and says only where a value stands in its format, with the problems of its own syntax and layout
 * (malformed JSON, a duplicate key, a missing block, two 总分 rows); {@link #resolve()} then applies,
 * once for every source, what a form means: label compaction and the {@code (N分)} suffix, level and
 * category names with their variants, unknown and duplicate levels, a standard category under the
 * wrong level, free 二级 labels, 不适用 and placeholder rows, the funding table's unit and its listed
 * component rows, the reported grade, numeric strings, the model's constraints, the source map and
 * the order of the problems. This is ThreeTen's parse into a {@code DateTimeBuilder} and then
 * {@code resolve}.
 *
 * <p>The problems of a form come in the order of where they stand in its source (line and column,
 * or row and column of its sheet), a problem with no place last; two at one place in the order they
 * were found, the source's before the resolution's.
 *
 * @param conventions how the source writes a form, and so how its text is read
 * @param at where the form starts
 * @param year 年度
 * @param projectName 项目名称
 * @param competentDepartment 主管部门
 * @param implementingUnit 实施单位
 * @param funding 项目资金
 * @param goals 年度总体目标
 * @param levelsAt where the indicator table (绩效指标) stands
 * @param levels the levels, in the source's order
 * @param reportedTotal 总分 as written
 * @param reportedGrade 等级 (自评结论) as written beside 总分
 * @param problems the problems of the source's own syntax and layout, each with its path and place
 * @param shapeKept false where the source left an element it could not read as a stand-in (text
 *     where a level's object must be): the values after it then no longer stand at their paths of
 *     the model, and its constraints are not checked
 */
public record WrittenForm(
    Conventions conventions,
    Optional<SourceLocation> at,
    Written year,
    Written projectName,
    Written competentDepartment,
    Written implementingUnit,
    WrittenFunding funding,
    WrittenGoals goals,
    Optional<SourceLocation> levelsAt,
    List<WrittenLevel> levels,
    Written reportedTotal,
    Written reportedGrade,
    List<Problem> problems,
    boolean shapeKept) {

  /**
   * Checks and copies the parts.
   *
   * @param conventions how the source writes a form, and so how its text is read
   * @param at where the form starts
   * @param year 年度
   * @param projectName 项目名称
   * @param competentDepartment 主管部门
   * @param implementingUnit 实施单位
   * @param funding 项目资金
   * @param goals 年度总体目标
   * @param levelsAt where the indicator table (绩效指标) stands
   * @param levels the levels, in the source's order
   * @param reportedTotal 总分 as written
   * @param reportedGrade 等级 (自评结论) as written beside 总分
   * @param problems the problems of the source's own syntax and layout, each with its path and
   *     place
   * @param shapeKept false where the source left an element it could not read as a stand-in
   * @throws NullPointerException if an argument or an element is null
   */
  public WrittenForm {
    Objects.requireNonNull(conventions, "conventions must not be null");
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(year, "year must not be null");
    Objects.requireNonNull(projectName, "projectName must not be null");
    Objects.requireNonNull(competentDepartment, "competentDepartment must not be null");
    Objects.requireNonNull(implementingUnit, "implementingUnit must not be null");
    Objects.requireNonNull(funding, "funding must not be null");
    Objects.requireNonNull(goals, "goals must not be null");
    Objects.requireNonNull(levelsAt, "levelsAt must not be null");
    levels = List.copyOf(levels);
    Objects.requireNonNull(reportedTotal, "reportedTotal must not be null");
    Objects.requireNonNull(reportedGrade, "reportedGrade must not be null");
    problems = List.copyOf(problems);
  }

  /**
   * What the form means: the form with where each of its values was read, or every problem of the
   * source and of the form, in the order of where they stand.
   *
   * @return the form and its source map, or the problems
   */
  public ReadResult resolve() {
    return new Resolution(this, true).result();
  }

  /**
   * As {@link #resolve()}, keeping no source map: for a batch, where no finding is located.
   *
   * @return the form with {@link io.github.jixiao.core.input.SourceMap#EMPTY}, or the problems
   */
  public ReadResult resolveWithoutSourceMap() {
    return new Resolution(this, false).result();
  }
}
