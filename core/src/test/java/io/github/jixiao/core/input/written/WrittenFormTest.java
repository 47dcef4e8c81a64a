package io.github.jixiao.core.input.written;

import static io.github.jixiao.core.input.written.Writing.category;
import static io.github.jixiao.core.input.written.Writing.cell;
import static io.github.jixiao.core.input.written.Writing.level;
import static io.github.jixiao.core.input.written.Writing.line;
import static io.github.jixiao.core.input.written.Writing.number;
import static io.github.jixiao.core.input.written.Writing.row;
import static io.github.jixiao.core.input.written.Writing.text;
import static io.github.jixiao.core.input.written.Writing.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.ReadResult;
import io.github.jixiao.core.input.SourceMap;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WrittenFormTest {
  private static final FormPath FIRST = FormPath.indicator(0, 0, 0);

  private static Project project(Writing.Form form) {
    ReadResult result = form.written().resolve();
    assertEquals(List.of(), result.problems());
    return result.project().orElseThrow();
  }

  private static List<String> problems(Writing.Form form) {
    return form.written().resolve().problems().stream()
        .map(
            p ->
                p.code()
                    + " "
                    + p.path()
                    + " "
                    + p.location().map(Object::toString).orElse("-")
                    + " "
                    + p.arguments())
        .toList();
  }

  private static Writing.Form output(WrittenIndicator... rows) {
    return new Writing.Form().level(level(11, "产出指标（50分）", category(11, "数量指标", rows)));
  }

  @Test
  void aPrintedFormResolvesToItsValuesEachLocatedAtItsCell() {
    ReadResult result = output(row(11, "线索核查数", "50", "45")).written().resolve();
    Project project = result.project().orElseThrow();
    Indicator indicator = project.levels().get(0).categories().get(0).indicators().get(0);
    assertEquals("线索核查数", indicator.name());
    assertEquals(new BigDecimal("45"), indicator.score().orElseThrow());
    assertEquals(Optional.of(new BigDecimal("50")), project.levels().get(0).weight());
    SourceMap sources = result.sourceMap();
    assertEquals(cell(11, 7), sources.exactly(FIRST.cell(IndicatorCell.SCORE)));
    assertEquals(cell(11, 3), sources.exactly(FIRST));
    assertEquals(cell(11, 2), sources.exactly(FormPath.categoryLabel(0, 0)));
    assertEquals(cell(11, 1), sources.exactly(FormPath.levelWeight(0)));
    assertEquals(cell(10, 1), sources.exactly(FormPath.LEVELS));
    assertEquals(cell(1, 1), sources.exactly(FormPath.ROOT));
    assertEquals(
        cell(6, 4),
        sources.exactly(
            FormPath.funding(
                io.github.jixiao.core.model.FundingLine.TOTAL,
                io.github.jixiao.core.model.FundingColumn.EXECUTED)));
    assertEquals(Optional.empty(), sources.exactly(FormPath.REPORTED_TOTAL));
  }

  @Test
  void withoutASourceMapTheFormIsTheSameAndLocatesNothing() {
    Writing.Form form = output(row(11, "线索核查数", "50", "45"));
    ReadResult kept = form.written().resolve();
    ReadResult dropped = form.written().resolveWithoutSourceMap();
    assertEquals(kept.project(), dropped.project());
    assertEquals(SourceMap.EMPTY, dropped.sourceMap());
  }

  @Test
  void aLevelLabelIsComparedCompactedAndItsWeightTakenOff() {
    Writing.Form form =
        new Writing.Form()
            .level(
                level(11, " 效 益 指 标 （ 30 分 ）：", category(11, "社会效益", row(11, "满意", "30", "30"))));
    LevelSection level = project(form).levels().get(0);
    assertEquals(Level.BENEFIT, level.level());
    assertEquals(Optional.of(new BigDecimal("30")), level.weight());
    assertEquals(Category.SOCIAL, level.categories().get(0).category());
  }

  @Test
  void aStatedWeightThatDisagreesWithTheLabelsIsAConflictAtTheWeight() {
    Writing.Form form = new Writing.Form().document();
    form.level(
        new WrittenLevel(
            line(20, 5),
            text("产出指标(40分)", line(21, 16)),
            number("50", line(22, 17)),
            List.of(category(11, "数量指标", row(11, "a", "50", "50")))));
    assertEquals(
        List.of("LABEL_WEIGHT_CONFLICT $.levels[0].weight line 22, column 17 [40, 50]"),
        problems(form));
  }

  @Test
  void aStatedWeightThatAgreesWithTheLabelsStands() {
    Writing.Form form = new Writing.Form().document();
    form.level(
        new WrittenLevel(
            line(20, 5),
            text("产出指标(50分)", line(21, 16)),
            number("50.0", line(22, 17)),
            List.of(category(11, "数量指标", row(11, "a", "50", "50")))));
    assertEquals(Optional.of(new BigDecimal("50")), project(form).levels().get(0).weight());
  }

  @Test
  void anUnknownLevelIsNamedAsWrittenAndLeavesTheConstraintsUnchecked() {
    Writing.Form printed =
        new Writing.Form()
            .level(level(11, " 投入指标 ", category(11, "数量指标", row(11, "a", "-5", "1"))));
    assertEquals(List.of("UNKNOWN_LEVEL $.levels[0].level '自评表'!A11 [投入指标]"), problems(printed));
    Writing.Form document =
        new Writing.Form()
            .document()
            .level(level(11, " 投入指标 ", category(11, "数量指标", row(11, "a", "5", "1"))));
    assertEquals(List.of("UNKNOWN_LEVEL $.levels[0].level '自评表'!A11 [ 投入指标 ]"), problems(document));
  }

  @Test
  void aLevelGivenTwiceNamesWhereItWasFirstGiven() {
    Writing.Form form =
        output(row(11, "a", "25", "25"))
            .level(level(12, "产出", category(12, "质量指标", row(12, "b", "25", "25"))));
    assertEquals(
        List.of("DUPLICATE_LEVEL $.levels[1].level '自评表'!A12 [OUTPUT, $.levels[0]]"),
        problems(form));
  }

  @Test
  void aStandardCategoryUnderTheWrongLevelIsRefusedAndTheRestStillChecked() {
    Writing.Form form =
        output(row(11, "a", "-1", "0"))
            .level(level(12, "效益指标", category(12, "成本指标", row(12, "b", "30", "30"))));
    assertEquals(
        List.of(
            "NEGATIVE $.levels[0].categories[0].indicators[0].weight '自评表'!F11 [-1]",
            "CATEGORY_UNDER_WRONG_LEVEL $.levels[1].categories[0].category '自评表'!B12 [成本指标, 产出指标, 效益指标]"),
        problems(form));
  }

  @Test
  void aLabelThatIsNoStandardCategoryIsKeptAsWritten() {
    Writing.Form printed =
        new Writing.Form()
            .level(level(11, "满意度指标", category(11, " 校园用户满意度 ", row(11, "a", "10", "10"))));
    CategorySection section = project(printed).levels().get(0).categories().get(0);
    assertEquals(Category.OTHER_SATISFACTION, section.category());
    assertEquals("校园用户满意度", section.label());
    Writing.Form document =
        new Writing.Form()
            .document()
            .level(level(11, "满意度指标", category(11, " 校园用户满意度 ", row(11, "a", "10", "10"))));
    assertEquals(" 校园用户满意度 ", project(document).levels().get(0).categories().get(0).label());
  }

  @Test
  void aMissingBlankOrEmptyCategoryLabelIsEachItsOwnProblem() {
    WrittenIndicator a = row(11, "a", "50", "50");
    Writing.Form missing =
        new Writing.Form()
            .level(
                level(
                    11,
                    "产出指标",
                    new WrittenCategory(cell(11, 2), Written.missing(line(3, 4)), List.of(a))));
    assertEquals(
        List.of("REQUIRED $.levels[0].categories[0].category '自评表'!B11 []"), problems(missing));
    Writing.Form blank =
        new Writing.Form()
            .level(
                level(
                    11,
                    "产出指标",
                    new WrittenCategory(cell(11, 2), Written.blank(cell(11, 9)), List.of(a))));
    assertEquals(
        List.of("REQUIRED $.levels[0].categories[0].category '自评表'!I11 []"), problems(blank));
    Writing.Form empty = new Writing.Form().level(level(11, "产出指标", category(11, "  ", a)));
    assertEquals(List.of("BLANK $.levels[0].categories[0].category '自评表'!B11 []"), problems(empty));
  }

  @Test
  void aLevelLabelThatIsANumberIsNoText() {
    Writing.Form form =
        new Writing.Form()
            .level(
                new WrittenLevel(
                    cell(11, 1),
                    number("1", cell(11, 1)),
                    Written.NOTHING,
                    List.of(category(11, "数量指标", row(11, "a", "50", "50")))));
    assertEquals(List.of("EXPECTED_TEXT $.levels[0].level '自评表'!A11 []"), problems(form));
  }

  @Test
  void aRefusedLabelRaisesNothingMoreAndTheLevelIsLeftOut() {
    Writing.Form form = new Writing.Form();
    form.problems.add(
        Problem.of(ProblemCode.CELL_ERROR, FormPath.levelLabel(0), "#REF!").at(cell(11, 1).get()));
    form.level(
        new WrittenLevel(
            cell(11, 1),
            Written.refused(cell(11, 1)),
            Written.NOTHING,
            List.of(category(11, "数量指标", row(11, "a", "-50", "50")))));
    assertEquals(List.of("CELL_ERROR $.levels[0].level '自评表'!A11 [#REF!]"), problems(form));
  }

  @Test
  void placeholderRowsOfAPrintedFormAreNoIndicatorsAndTakeNoIndex() {
    Writing.Form form =
        new Writing.Form()
            .level(
                level(
                    11,
                    "效益指标",
                    category(11, "经济效益指标", row(11, "指标1：无", null, null)),
                    category(12, "社会效益指标", row(12, "无", "0", null), row(13, "群众满意", "30", "-1"))));
    List<String> found = problems(form);
    assertEquals(
        List.of("NEGATIVE $.levels[0].categories[0].indicators[0].score '自评表'!G13 [-1]"), found);
  }

  @Test
  void placeholderRowsOfADocumentAreIndicatorsOfWeightZero() {
    Writing.Form form =
        new Writing.Form()
            .document()
            .level(level(11, "效益指标", category(11, "经济效益指标", row(11, "无", "0", null))));
    List<CategorySection> categories = project(form).levels().get(0).categories();
    assertEquals("无", categories.get(0).indicators().get(0).name());
  }

  @Test
  void aCategoryPrintedWithNoRowsIsKeptEmpty() {
    Writing.Form form = new Writing.Form().level(level(11, "产出指标", category(11, "数量指标")));
    assertEquals(List.of(), project(form).levels().get(0).categories().get(0).indicators());
  }

  @Test
  void unfilledPrintedRowsAreSkipped() {
    WrittenIndicator unfilled =
        new WrittenIndicator(
            cell(12, 3),
            text("指标2：", cell(12, 3)),
            Written.blank(cell(12, 4)),
            text(" ", cell(12, 5)),
            Written.blank(cell(12, 6)),
            Written.blank(cell(12, 7)),
            Written.blank(cell(12, 8)),
            Written.NOTHING);
    Writing.Form form = output(unfilled, row(13, "a", "50", "50"));
    ReadResult result = form.written().resolve();
    assertEquals(
        1, result.project().orElseThrow().levels().get(0).categories().get(0).indicators().size());
    assertEquals(cell(13, 3), result.sourceMap().exactly(FIRST));
  }

  @Test
  void aPrintedNameLosesItsNumberingAndADocumentsIsKept() {
    assertEquals(
        "线索核查率",
        project(output(row(11, " 指标1： 线索核查率 ", "50", "50")))
            .levels()
            .get(0)
            .categories()
            .get(0)
            .indicators()
            .get(0)
            .name());
    assertEquals(
        "指标1：线索核查率",
        project(output(row(11, "指标1：线索核查率", "50", "50")).document())
            .levels()
            .get(0)
            .categories()
            .get(0)
            .indicators()
            .get(0)
            .name());
  }

  @Test
  void notApplicableInAPrintedDeviationMarksTheIndicatorWithItsReason() {
    WrittenIndicator reason =
        with(row(11, "a", "25", "25"), IndicatorCell.DEVIATION, text("不适用：本年未开展", cell(11, 8)));
    WrittenIndicator alone =
        with(row(12, "b", "25", "25"), IndicatorCell.DEVIATION, text(" 不适用 ", cell(12, 8)));
    ReadResult result = output(reason, alone).written().resolve();
    List<Indicator> indicators =
        result.project().orElseThrow().levels().get(0).categories().get(0).indicators();
    assertTrue(indicators.get(0).notApplicable());
    assertEquals(Optional.of("本年未开展"), indicators.get(0).deviation());
    assertTrue(indicators.get(1).notApplicable());
    assertEquals(Optional.empty(), indicators.get(1).deviation());
    assertEquals(cell(11, 8), result.sourceMap().exactly(FIRST.cell(IndicatorCell.NOT_APPLICABLE)));
    Indicator document =
        project(output(reason).document()).levels().get(0).categories().get(0).indicators().get(0);
    assertFalse(document.notApplicable());
    assertEquals(Optional.of("不适用：本年未开展"), document.deviation());
  }

  @Test
  void aTargetReadingNotApplicableIsWhereAPrintedFormMarksIt() {
    WrittenIndicator row = row(11, "a", "25", "25");
    WrittenIndicator marked = with(row, IndicatorCell.TARGET, text("不适用", cell(11, 4)));
    ReadResult result = output(marked).written().resolve();
    assertEquals(cell(11, 4), result.sourceMap().exactly(FIRST.cell(IndicatorCell.NOT_APPLICABLE)));
  }

  @Test
  void aDocumentsFlagMarksTheIndicator() {
    WrittenIndicator row = row(11, "a", "25", "25");
    WrittenIndicator flagged =
        with(row, IndicatorCell.NOT_APPLICABLE, Written.flag(true, line(9, 30)));
    ReadResult result = output(flagged).document().written().resolve();
    assertTrue(
        result
            .project()
            .orElseThrow()
            .levels()
            .get(0)
            .categories()
            .get(0)
            .indicators()
            .get(0)
            .notApplicable());
    assertEquals(line(9, 30), result.sourceMap().exactly(FIRST.cell(IndicatorCell.NOT_APPLICABLE)));
  }

  @Test
  void numericStringsAreReadWithTheGrammarAndPrintedOnesWithFullWidthDigits() {
    Writing.Form form = output(row(11, "a", "50", "50"));
    form.total = text(" 1,274.77 ", cell(20, 7));
    form.rate = text("１２．５％", cell(6, 6));
    Project project = project(form);
    assertEquals(Optional.of(new BigDecimal("1274.77")), project.reportedTotal());
    assertEquals(Optional.of(new BigDecimal("12.5")), project.funding().reportedExecutionRate());
    Writing.Form document = output(row(11, "a", "50", "50")).document();
    document.rate = text("１２．５％", line(8, 30));
    document.total = text("12,5", line(30, 20));
    assertEquals(
        List.of(
            "NOT_A_NUMBER $.funding.reportedExecutionRate line 8, column 30 [１２．５％]",
            "NOT_A_NUMBER $.reportedTotal line 30, column 20 [12,5]"),
        problems(document));
  }

  @Test
  void aLongTextThatIsNoNumberIsAbbreviated() {
    Writing.Form form = output(row(11, "a", "50", "50"));
    String text = "一".repeat(45);
    form.total = text(text, cell(20, 7));
    assertEquals(
        List.of("NOT_A_NUMBER $.reportedTotal '自评表'!G20 [" + "一".repeat(40) + "…]"),
        problems(form));
  }

  @Test
  void aFlagWhereANumberIsMeantIsNoNumber() {
    Writing.Form form = output(row(11, "a", "50", "50")).document();
    form.total = Written.flag(true, line(30, 20));
    assertEquals(List.of("EXPECTED_NUMBER $.reportedTotal line 30, column 20 []"), problems(form));
  }

  @Test
  void aRequiredWeightMissingIsReportedAtItsRowAndABlankOneAtItsCell() {
    WrittenIndicator row = row(11, "a", "50", "50");
    WrittenIndicator missing =
        new WrittenIndicator(
            line(12, 9),
            row.name(),
            row.target(),
            row.actual(),
            Written.missing(line(14, 20)),
            row.score(),
            row.deviation(),
            Written.NOTHING);
    assertEquals(
        List.of("REQUIRED $.levels[0].categories[0].indicators[0].weight line 12, column 9 []"),
        problems(output(missing).document()));
    assertEquals(
        List.of("REQUIRED $.levels[0].categories[0].indicators[0].weight '自评表'!F11 []"),
        problems(output(row(11, "a", null, "50"))));
  }

  @Test
  void aMissingNameIsRequiredAndABlankOneIsBlank() {
    Writing.Form missing = output(row(11, "a", "50", "50"));
    missing.projectName = Written.NOTHING;
    assertEquals(List.of("REQUIRED $.projectName '自评表'!A1 []"), problems(missing));
    Writing.Form blank = output(row(11, "a", "50", "50"));
    blank.projectName = Written.blank(cell(3, 2));
    assertEquals(List.of("BLANK $.projectName '自评表'!B3 []"), problems(blank));
    WrittenIndicator row = row(11, "a", "50", "50");
    WrittenIndicator noName = with(row, IndicatorCell.NAME, Written.missing(Optional.empty()));
    assertEquals(
        List.of("REQUIRED $.levels[0].categories[0].indicators[0].name '自评表'!C11 []"),
        problems(output(noName)));
  }

  @Test
  void aNumberOutsideTheModelsRangeBreaksEachConstraintItBreaks() {
    Writing.Form form = output(row(11, "a", "50", "50"));
    form.total = number("-1E+13", cell(20, 7));
    // The model holds the total as -10000000000000: below zero, and of 14 integer digits.
    assertEquals(
        List.of(
            "NEGATIVE $.reportedTotal '自评表'!G20 [-10000000000000]",
            "OUT_OF_RANGE $.reportedTotal '自评表'!G20 [-10000000000000]"),
        problems(form));
  }

  @Test
  void aWeightFromTheLabelIsCheckedToo() {
    Writing.Form form =
        new Writing.Form()
            .level(level(11, "产出指标(-5分)", category(11, "数量指标", row(11, "a", "5", "5"))));
    assertEquals(List.of("NEGATIVE $.levels[0].weight '自评表'!A11 [-5]"), problems(form));
  }

  @Test
  void aValueTheSourceReportedStandsInForItsConstraint() {
    Writing.Form form = output(row(11, "a", "50", "50"));
    form.total = number("-1", cell(20, 7));
    form.problems.add(
        Problem.of(ProblemCode.DUPLICATE_TOTAL, FormPath.REPORTED_TOTAL, "G20", "G21")
            .at(cell(21, 7).get()));
    assertEquals(List.of("DUPLICATE_TOTAL $.reportedTotal '自评表'!G21 [G20, G21]"), problems(form));
  }

  @Test
  void withTheShapeLostTheConstraintsAreNotChecked() {
    Writing.Form form = output(row(11, "a", "-50", "50"));
    form.shapeKept = false;
    form.problems.add(
        Problem.of(ProblemCode.EXPECTED_OBJECT, FormPath.level(1)).at(line(40, 5).get()));
    assertEquals(List.of("EXPECTED_OBJECT $.levels[1] line 40, column 5 []"), problems(form));
  }

  @Test
  void problemsComeInTheOrderOfTheirPlacesAndThoseWithNoneLast() {
    Writing.Form form = output(row(11, "a", "50", "50"));
    form.problems.add(Problem.of(ProblemCode.DUPLICATE_FIELD, FormPath.ROOT.field("x")));
    form.problems.add(
        Problem.of(ProblemCode.MISSING_BLOCK, FormPath.FUNDING, "年初预算数").at(cell(5, 9).get()));
    form.total = text("x", cell(20, 7));
    form.rate = text("y", cell(6, 6));
    assertEquals(
        List.of(
            "MISSING_BLOCK $.funding '自评表'!I5 [年初预算数]",
            "NOT_A_NUMBER $.funding.reportedExecutionRate '自评表'!F6 [y]",
            "NOT_A_NUMBER $.reportedTotal '自评表'!G20 [x]",
            "DUPLICATE_FIELD $.x - []"),
        problems(form));
  }

  @Test
  void problemsOfADocumentComeByLineThenColumn() {
    Writing.Form form = output(row(11, "a", "50", "50")).document();
    form.total = text("x", line(3, 20));
    form.rate = text("y", line(3, 4));
    form.fundingWeight = text("z", line(2, 40));
    assertEquals(
        List.of(
            "NOT_A_NUMBER $.funding.weight line 2, column 40 [z]",
            "NOT_A_NUMBER $.funding.reportedExecutionRate line 3, column 4 [y]",
            "NOT_A_NUMBER $.reportedTotal line 3, column 20 [x]"),
        problems(form));
  }

  @Test
  void aYearIsAWholeNumberFromOneTo9999() {
    Writing.Form form = output(row(11, "a", "50", "50"));
    form.year = number("2024", cell(2, 1));
    assertEquals(Optional.of(Year.of(2024)), project(form).year());
    form.year = number("9999", cell(2, 1));
    assertEquals(Optional.of(Year.of(9999)), project(form).year());
    form.year = number("1", cell(2, 1));
    assertEquals(Optional.of(Year.of(1)), project(form).year());
    for (String no : new String[] {"0", "10000", "2024.5", "-2024"}) {
      form.year = number(no, cell(2, 1));
      assertEquals(List.of("EXPECTED_YEAR $.year '自评表'!A2 []"), problems(form), no);
    }
    form.year = number("2024.0", cell(2, 1));
    assertEquals(Optional.of(Year.of(2024)), project(form).year());
    form.year = text("2024", cell(2, 1));
    assertEquals(List.of("EXPECTED_YEAR $.year '自评表'!A2 []"), problems(form));
    form.year = Written.blank(cell(2, 1));
    assertEquals(Optional.empty(), project(form).year());
  }

  @Test
  void aCellHoldingAnErrorIsAProblemWhereverTheFormNeedsItsValue() {
    WrittenIndicator row = row(11, "a", "50", "50");
    WrittenIndicator errors =
        with(
            row,
            Map.of(
                IndicatorCell.NAME,
                Written.error("#REF!", cell(11, 3)),
                IndicatorCell.ACTUAL,
                Written.error("#N/A", cell(11, 5)),
                IndicatorCell.WEIGHT,
                Written.error("#DIV/0!", cell(11, 6))));
    Writing.Form form = output(errors);
    form.year = Written.error("#VALUE!", cell(2, 1));
    assertEquals(
        List.of(
            "CELL_ERROR $.year '自评表'!A2 [#VALUE!]",
            "CELL_ERROR $.levels[0].categories[0].indicators[0].name '自评表'!C11 [#REF!]",
            "CELL_ERROR $.levels[0].categories[0].indicators[0].actual '自评表'!E11 [#N/A]",
            "CELL_ERROR $.levels[0].categories[0].indicators[0].weight '自评表'!F11 [#DIV/0!]"),
        problems(form));
    Writing.Form labels =
        new Writing.Form()
            .level(
                new WrittenLevel(
                    cell(11, 1),
                    Written.error("#REF!", cell(11, 1)),
                    Written.NOTHING,
                    List.of(category(11, "数量指标", row(11, "a", "50", "50")))))
            .level(
                level(
                    12,
                    "效益指标",
                    new WrittenCategory(
                        cell(12, 2),
                        Written.error("#NAME?", cell(12, 2)),
                        List.of(row(12, "b", "30", "30")))));
    assertEquals(
        List.of(
            "CELL_ERROR $.levels[0].level '自评表'!A11 [#REF!]",
            "CELL_ERROR $.levels[1].categories[0].category '自评表'!B12 [#NAME?]"),
        problems(labels));
  }
}
