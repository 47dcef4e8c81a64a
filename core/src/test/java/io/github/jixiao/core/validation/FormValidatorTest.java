package io.github.jixiao.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingRow;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.testing.ReferenceForms;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class FormValidatorTest {
  private static final FormValidator VALIDATOR = FormValidator.create();
  private static final String FIRST_INDICATOR = "$.levels[0].categories[0].indicators[0]";

  /** Bean Validation's problems, in English, after checking that FormConstraints gives the same. */
  private static List<String> violations(Project project) {
    List<Problem> problems = VALIDATOR.validate(project);
    assertEquals(FormConstraints.check(project), problems, "FormConstraints agrees");
    return problems.stream().map(p -> p.describe(Locale.ENGLISH)).toList();
  }

  /** A valid one-indicator form with its first indicator replaced. */
  private static Project withIndicator(Indicator indicator) {
    return Project.builder("项目")
        .funding(FundingBreakdown.builder().total("1", "1", "1").build())
        .level(
            new LevelSection(
                Level.OUTPUT,
                Optional.empty(),
                List.of(new CategorySection(Category.QUANTITY, List.of(indicator)))))
        .build();
  }

  private static Indicator indicator(UnaryOperator<Indicator> change) {
    return change.apply(Indicator.of("指标", "≥1家", "1家", "50", "50"));
  }

  private static Project withFunding(FundingBreakdown funding) {
    return Project.builder("项目").funding(funding).build();
  }

  @Test
  void aValidatorOnTheDefaultProviderNeedsNoExpressionLanguage() {
    // Hibernate Validator's own interpolator would fail here with no EL on the class path
    // (HV000183); create() configures one that needs none.
    FormValidator created = FormValidator.create();
    assertEquals(List.of(), created.validate(ReferenceForms.antitrust()));
    assertEquals(
        List.of(FIRST_INDICATOR + ".weight: must not be negative: -1"),
        created.validate(withIndicator(Indicator.of("指标", null, null, "-1", null))).stream()
            .map(p -> p.describe(Locale.ENGLISH))
            .toList());
  }

  @Test
  void referenceFormsAreValid() {
    for (Project form : ReferenceForms.all()) {
      assertEquals(List.of(), violations(form), form.projectName());
    }
  }

  @Test
  void blankProjectNameIsRejectedAtItsPath() {
    Project project = Project.builder(" ").build();
    assertEquals(List.of("$.projectName: is required and must not be blank"), violations(project));
  }

  @Test
  void blankIndicatorNameIsRejectedAtItsPath() {
    Indicator blank =
        new Indicator(
            "",
            Optional.empty(),
            Optional.empty(),
            BigDecimal.ONE,
            Optional.empty(),
            Optional.empty());
    assertEquals(
        List.of(FIRST_INDICATOR + ".name: is required and must not be blank"),
        violations(withIndicator(blank)));
  }

  @Test
  void negativeWeightIsRejectedAtItsPath() {
    Indicator negative =
        indicator(
            i ->
                new Indicator(
                    i.name(),
                    i.target(),
                    i.actual(),
                    new BigDecimal("-12.5"),
                    i.score(),
                    i.deviation()));
    assertEquals(
        List.of(FIRST_INDICATOR + ".weight: must not be negative: -12.5"),
        violations(withIndicator(negative)));
  }

  @Test
  void negativeScoreIsRejectedAtItsPath() {
    Indicator negative = indicator(i -> i.withScore(Optional.of(new BigDecimal("-1"))));
    assertEquals(
        List.of(FIRST_INDICATOR + ".score: must not be negative: -1"),
        violations(withIndicator(negative)));
  }

  @Test
  void moreThanSixDecimalPlacesAreRejected() {
    Indicator precise = indicator(i -> i.withScore(Optional.of(new BigDecimal("1.1234567"))));
    assertEquals(
        List.of(
            FIRST_INDICATOR
                + ".score: must be below 10^12 with at most 6 decimal places: 1.1234567"),
        violations(withIndicator(precise)));
  }

  @Test
  void sixDecimalPlacesAndTrailingZerosAreAccepted() {
    // 1.1234560 is 1.123456: the trailing zero is not a seventh decimal place.
    Indicator precise = indicator(i -> i.withScore(Optional.of(new BigDecimal("1.1234560"))));
    assertEquals(List.of(), violations(withIndicator(precise)));
  }

  @Test
  void magnitudeOf10To12IsRejectedAndJustBelowIsAccepted() {
    FundingBreakdown huge = FundingBreakdown.builder().total("1000000000000", "1", "1").build();
    assertEquals(
        List.of(
            "$.funding.total.initialBudget: must be below 10^12 with at most 6 decimal places: "
                + "1000000000000"),
        violations(withFunding(huge)));
    FundingBreakdown justBelow =
        FundingBreakdown.builder().total("999999999999.999999", "1", "1").build();
    assertEquals(List.of(), violations(withFunding(justBelow)));
  }

  @Test
  void hugeExponentIsRejectedWithoutExpandingIt() {
    FundingBreakdown huge = FundingBreakdown.builder().total("1e999999999", "1", "1").build();
    assertEquals(
        List.of(
            "$.funding.total.initialBudget: must be below 10^12 with at most 6 decimal places: "
                + "1E+999999999"),
        violations(withFunding(huge)));
  }

  @Test
  void everyFundingCellIsCheckedAtItsOwnPath() {
    FundingBreakdown negative =
        new FundingBreakdown(
            Optional.of(new BigDecimal("-10")),
            FundingRow.of("1", "-1", "1"),
            FundingRow.of("-2", null, null),
            FundingRow.of(null, "-3", null),
            FundingRow.of(null, null, "-4"),
            Optional.of(new BigDecimal("-5")),
            Optional.of(new BigDecimal("-6")));
    assertEquals(
        List.of(
            "$.funding.weight: must not be negative: -10",
            "$.funding.total.adjustedBudget: must not be negative: -1",
            "$.funding.appropriation.initialBudget: must not be negative: -2",
            "$.funding.carryover.adjustedBudget: must not be negative: -3",
            "$.funding.other.executed: must not be negative: -4",
            "$.funding.reportedExecutionRate: must not be negative: -5",
            "$.funding.reportedScore: must not be negative: -6"),
        violations(withFunding(negative)));
  }

  @Test
  void aNegativeDeductionIsRefusedAtItsPathAsANegativeWeightIs() {
    // docs/form-json.md §1.2: 扣减分数 is read as 分值 is.
    assertEquals(
        List.of(FIRST_INDICATOR + ".deduction: must not be negative: -2"),
        violations(withIndicator(indicator(i -> i.withDeduction("-2")))));
    assertEquals(
        List.of(
            FIRST_INDICATOR
                + ".deduction: must be below 10^12 with at most 6 decimal places: "
                + "0.1234567"),
        violations(withIndicator(indicator(i -> i.withDeduction("0.1234567")))));
    assertEquals(List.of(), violations(withIndicator(indicator(i -> i.withDeduction("0")))));
    // The year-start target is text and has no constraint; weight, score and deduction in order.
    Indicator all =
        new Indicator(
            "指标",
            Optional.of(" "),
            Optional.empty(),
            Optional.empty(),
            new BigDecimal("-1"),
            Optional.of(new BigDecimal("-1")),
            Optional.of(new BigDecimal("-1")),
            Optional.empty(),
            false);
    assertEquals(
        List.of(
            FIRST_INDICATOR + ".weight: must not be negative: -1",
            FIRST_INDICATOR + ".score: must not be negative: -1",
            FIRST_INDICATOR + ".deduction: must not be negative: -1"),
        violations(withIndicator(all)));
  }

  @Test
  void everyListedComponentCellAndLabelIsCheckedAtItsOwnPath() {
    FundingBreakdown listed =
        FundingBreakdown.builder()
            .unit(FundingUnit.YUAN)
            .weight("-10")
            .total("1", "1", "1")
            .component("单位资金", "-1", null, null)
            .component(" ", null, "-2", "1E+12")
            .reportedExecutionRate("-5")
            .build();
    assertEquals(
        List.of(
            "$.funding.weight: must not be negative: -10",
            "$.funding.components[0].initialBudget: must not be negative: -1",
            "$.funding.components[1].label: is required and must not be blank",
            "$.funding.components[1].adjustedBudget: must not be negative: -2",
            "$.funding.components[1].executed: must be below 10^12 with at most 6 decimal places: "
                + "1000000000000",
            "$.funding.reportedExecutionRate: must not be negative: -5"),
        violations(withFunding(listed)));
    FundingBreakdown sichuan =
        FundingBreakdown.builder()
            .total("120", "126.5", "118.2")
            .component("财政资金", "112", "118.5", "110.2")
            .component("其他资金", null, null, null)
            .build();
    assertEquals(List.of(), violations(withFunding(sichuan)));
  }

  @Test
  void aReportedGradeHasNoConstraintOfItsOwn() {
    assertEquals(
        List.of(),
        violations(Project.builder("项目").reportedTotal("96").reportedGrade(Grade.POOR).build()));
  }

  @Test
  void levelWeightAndReportedTotalAreChecked() {
    Project project =
        Project.builder("项目")
            .level(new LevelSection(Level.BENEFIT, Optional.of(new BigDecimal("-30")), List.of()))
            .reportedTotal("-1")
            .build();
    assertEquals(
        List.of(
            "$.levels[0].weight: must not be negative: -30",
            "$.reportedTotal: must not be negative: -1"),
        violations(project));
  }

  @Test
  void problemsComeInDocumentOrderWithIndexesInNumericOrder() {
    CategorySection eleven =
        new CategorySection(
            Category.QUANTITY,
            java.util.stream.IntStream.range(0, 11)
                .mapToObj(
                    n -> Indicator.of("指标" + n, null, null, n == 2 || n == 10 ? "-1" : "1", "1"))
                .toList());
    Project project = Project.builder("项目").level(LevelSection.of(Level.OUTPUT, eleven)).build();
    assertEquals(
        List.of(
            "$.levels[0].categories[0].indicators[2].weight: must not be negative: -1",
            "$.levels[0].categories[0].indicators[10].weight: must not be negative: -1"),
        violations(project));
  }

  @Test
  void problemsCarryCodesAndArgumentsAndSpeakChinese() {
    Indicator negative = indicator(i -> i.withScore(Optional.of(new BigDecimal("-1"))));
    Problem problem = VALIDATOR.validate(withIndicator(negative)).get(0);
    assertEquals(ProblemCode.NEGATIVE, problem.code());
    assertEquals(FormPath.indicator(0, 0, 0).cell(IndicatorCell.SCORE), problem.path());
    assertEquals(List.of("-1"), problem.arguments());
    assertEquals(Optional.empty(), problem.location());
    assertEquals("不得为负数：-1", problem.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        List.of("$.projectName: 为必填项，不得为空"),
        VALIDATOR.validate(Project.builder("").build()).stream()
            .map(p -> p.describe(Locale.CHINA))
            .toList());
  }

  @Test
  void cellBreakingBothConstraintsHasNegativeBeforeOutOfRangeInEveryLanguage() {
    // -1E+13 is below zero and has 14 integer digits: two problems, in code order, whatever the
    // message's language would sort first. The model writes it out: -10000000000000.
    FundingBreakdown both = FundingBreakdown.builder().total("-1E+13", "1", "1").build();
    assertEquals(
        List.of(
            "$.funding.total.initialBudget: must not be negative: -10000000000000",
            "$.funding.total.initialBudget: must be below 10^12 with at most 6 decimal places: "
                + "-10000000000000"),
        violations(withFunding(both)));
  }

  @Test
  void callerConfiguredFactoryIsUsedWhateverItsInterpolator() {
    // A caller's own factory, here one whose interpolator needs no EL: the problems carry jixiao's
    // codes and messages whatever it interpolates.
    try (jakarta.validation.ValidatorFactory factory =
        jakarta.validation.Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(
                new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      assertEquals(
          List.of(Problem.of(ProblemCode.BLANK, FormPath.PROJECT_NAME)),
          FormValidator.using(factory).validate(Project.builder("").build()));
    }
  }

  @Test
  void nullArgumentsAreProgrammerErrors() {
    assertThrows(NullPointerException.class, () -> VALIDATOR.validate(null));
    assertThrows(NullPointerException.class, () -> FormValidator.using(null));
    assertThrows(NullPointerException.class, () -> FormConstraints.check(null));
  }
}
