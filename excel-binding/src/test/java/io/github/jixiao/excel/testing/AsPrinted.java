package io.github.jixiao.excel.testing;

import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Project;
import java.util.List;
import java.util.Optional;

/**
 * A form as a workbook of the national 附件5 layout reads: its funding table in 万元, the unit its
 * corner {@code 项目资金（万元）} prints, where the form names none (excel-forms §2.1 and §6). The figures
 * are the same: an absent unit means 万元.
 */
public final class AsPrinted {
  private AsPrinted() {}

  /**
   * The form with its unit 万元 where it names none.
   *
   * @param form a form, as a document or a builder gives it
   * @return the form as its printed corner reads
   */
  public static Project inWanYuan(Project form) {
    FundingBreakdown funding = form.funding();
    if (funding.unit().isPresent()) {
      return form;
    }
    FundingBreakdown inWanYuan =
        new FundingBreakdown(
            Optional.of(FundingUnit.WAN_YUAN),
            funding.weight(),
            funding.total(),
            funding.appropriation(),
            funding.carryover(),
            funding.other(),
            funding.components(),
            funding.reportedExecutionRate(),
            funding.reportedScore());
    return new Project(
        form.year(),
        form.projectName(),
        form.competentDepartment(),
        form.implementingUnit(),
        inWanYuan,
        form.goals(),
        form.levels(),
        form.reportedTotal(),
        form.reportedGrade());
  }

  /**
   * The forms, each with its unit 万元 where it names none.
   *
   * @param forms forms, in order
   * @return the forms as their printed corners read, in the same order
   */
  public static List<Project> inWanYuan(List<Project> forms) {
    return forms.stream().map(AsPrinted::inWanYuan).toList();
  }
}
