package io.github.jixiao.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.IndicatorCell;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.FindingCode;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlBatchTest {
  private static final Project FORM = HtmlReportTest.cleanForm();
  private static final Scorecard CARD = ProjectScorer.DEFAULT.score(FORM);

  /**
   * The clean form with a scorecard of the given findings (errors on 总分, warnings on a deviation,
   * advice on an actual value) and grade: what ranks a form is only its counts.
   */
  private static ReportedForm form(
      String source, int errors, int warnings, int infos, Grade grade) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < errors; i++) {
      findings.add(finding(FindingCode.TOTAL_SCORE_MISMATCH, FormPath.REPORTED_TOTAL));
    }
    FormPath indicator = FormPath.indicator(0, 0, 0);
    for (int i = 0; i < warnings; i++) {
      findings.add(
          finding(FindingCode.DEDUCTION_WITHOUT_REASON, indicator.cell(IndicatorCell.DEVIATION)));
    }
    for (int i = 0; i < infos; i++) {
      findings.add(finding(FindingCode.FAR_ABOVE_TARGET, indicator.cell(IndicatorCell.ACTUAL)));
    }
    Scorecard card =
        new Scorecard(
            CARD.projectName(),
            CARD.funding(),
            CARD.levels(),
            CARD.indicatorScore(),
            CARD.total(),
            CARD.reportedTotal(),
            grade,
            findings,
            CARD.indicators());
    return ReportedForm.of(source, FORM, card);
  }

  private static Finding finding(FindingCode code, FormPath path) {
    return new Finding(code, path, Optional.empty(), Optional.empty(), Optional.of("企业数"));
  }

  @Test
  void keepsTheWorstFormsWithFindingsAndCountsEveryForm() {
    HtmlBatch batch = HtmlReport.create().batch(3);
    batch.add(form("1", 0, 0, 0, Grade.EXCELLENT));
    batch.add(form("2", 3, 0, 0, Grade.GOOD));
    batch.add(form("3", 1, 0, 0, Grade.GOOD));
    batch.add(form("4", 3, 0, 0, Grade.FAIR));
    batch.add(form("5", 0, 1, 0, Grade.EXCELLENT));
    batch.add(form("6", 2, 0, 1, Grade.POOR));
    batch.add(form("7", 0, 0, 0, Grade.EXCELLENT));
    Document doc = Reports.parse(Reports.html(batch));

    assertEquals(7, batch.scored());
    // The three worst: 3 errors (the earlier first), 3 errors, 2 errors; 1 error is left out.
    assertEquals(
        List.of("#form-2", "#form-4", "#form-6"), doc.select("table.ranking a").eachAttr("href"));
    assertEquals(List.of("form-2", "form-4", "form-6"), doc.select("section.form").eachAttr("id"));
    assertEquals("7", doc.getElementById("count-scored").text());
    assertEquals("4", doc.getElementById("count-errors").text());
    assertEquals("1", doc.getElementById("count-warnings").text());
    assertEquals("0", doc.getElementById("count-info").text());
    assertEquals("2", doc.getElementById("count-clean").text());
    // Five forms have findings: 2, 3, 4, 5 and 6.
    assertEquals("只列出最差的 3 份，共 5 份有发现。", doc.selectFirst(".bound").text());
    // A clean form is counted, never kept.
    assertTrue(doc.select("details.form-clean").isEmpty());
  }

  @Test
  void warningsThenAdviceBreakTiesOfErrors() {
    HtmlBatch batch = HtmlReport.create().batch(2);
    batch.add(form("1", 1, 0, 5, Grade.GOOD));
    batch.add(form("2", 1, 1, 0, Grade.GOOD));
    batch.add(form("3", 1, 0, 6, Grade.GOOD));
    batch.add(form("4", 1, 0, 6, Grade.GOOD));
    Document doc = Reports.parse(Reports.html(batch));

    // 1 error and 1 warning beats any advice; then 6 pieces of advice, the earlier of equals.
    assertEquals(List.of("#form-2", "#form-3"), doc.select("table.ranking a").eachAttr("href"));
  }

  @Test
  void theChartsCountGradesAndFindingsByCode() {
    HtmlBatch batch = HtmlReport.create().withLocale(Locale.ENGLISH).batch(10);
    batch.add(form("1", 2, 0, 0, Grade.GOOD));
    batch.add(form("2", 1, 1, 0, Grade.GOOD));
    batch.add(form("3", 0, 0, 1, Grade.POOR));
    Document doc = Reports.parse(Reports.html(batch));

    List<Element> charts = doc.select("figure.chart");
    assertEquals(
        List.of("Forms by status", "Grades", "Findings by code"),
        charts.stream().map(c -> c.selectFirst("figcaption").text()).toList());
    assertEquals(
        List.of("EXCELLENT", "GOOD", "FAIR", "POOR"),
        charts.get(1).select("text.bar-label").eachText());
    assertEquals(List.of("0", "2", "0", "1"), charts.get(1).select("text.bar-count").eachText());
    // Errors first, then warnings, then advice: 3 TOTAL_SCORE_MISMATCH, 1 and 1.
    assertEquals(
        List.of("TOTAL_SCORE_MISMATCH", "DEDUCTION_WITHOUT_REASON", "FAR_ABOVE_TARGET"),
        charts.get(2).select("text.bar-label").eachText());
    assertEquals(List.of("3", "1", "1"), charts.get(2).select("text.bar-count").eachText());
    // The longest bar is the largest count; 1 of 3 is a third of it.
    List<String> widths = charts.get(2).select("rect").eachAttr("width");
    assertEquals(List.of("320", "106", "106"), widths);
    // Every form with findings is shown: no bound.
    assertNull(doc.selectFirst(".bound"));
  }

  @Test
  void rejectedFormsAreCountedAndTheFirstListed() {
    HtmlBatch batch = HtmlReport.create().batch(2);
    Problem problem = Problem.of(ProblemCode.MALFORMED, FormPath.ROOT, "UNEXPECTED_CHARACTER", "x");
    for (int i = 1; i <= 3; i++) {
      batch.reject(new RejectedForm("第 " + i + " 份", List.of(problem)));
    }
    Document doc = Reports.parse(Reports.html(batch));

    assertEquals("3", doc.getElementById("count-rejected").text());
    assertEquals(List.of("第 1 份", "第 2 份"), doc.select("ul.rejections .source-name").eachText());
    assertEquals("只列出前 2 份，共 3 份。", doc.selectFirst(".bound").text());
  }

  @Test
  void aBatchKeepsAtLeastOneForm() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HtmlReport.create().batch(0));
    assertEquals("worst must be at least 1: 0", e.getMessage());
  }

  @Test
  void formsAreCountedByTheirWorstFinding() {
    HtmlBatch batch = HtmlReport.create().batch(10);
    batch.add(form("1", 1, 1, 1, Grade.GOOD));
    batch.add(form("2", 0, 2, 1, Grade.GOOD));
    batch.add(form("3", 0, 0, 1, Grade.GOOD));
    batch.add(form("4", 0, 0, 2, Grade.GOOD));
    batch.add(form("5", 0, 0, 0, Grade.GOOD));
    Document doc = Reports.parse(Reports.html(batch));

    assertEquals("5", doc.getElementById("count-scored").text());
    assertEquals("1", doc.getElementById("count-errors").text());
    assertEquals("1", doc.getElementById("count-warnings").text());
    assertEquals("2", doc.getElementById("count-info").text());
    assertEquals("1", doc.getElementById("count-clean").text());
    // The ranking numbers its forms from 1: errors, then warnings, then advice (2 before 1).
    assertEquals(
        List.of("1", "2", "3", "4"),
        doc.select("table.ranking tbody tr td:first-child").eachText());
    assertEquals(
        List.of("#form-1", "#form-2", "#form-4", "#form-3"),
        doc.select("table.ranking a").eachAttr("href"));
  }

  @Test
  void theBoundCountsEveryFormWithAFindingOfAnySeverity() {
    HtmlBatch batch = HtmlReport.create().batch(1);
    batch.add(form("1", 1, 0, 0, Grade.GOOD));
    batch.add(form("2", 0, 1, 0, Grade.GOOD));
    batch.add(form("3", 0, 0, 1, Grade.GOOD));
    batch.add(form("4", 0, 0, 0, Grade.GOOD));
    Document doc = Reports.parse(Reports.html(batch));

    // An error, a warning, advice: 3 forms with findings; the clean one is not among them.
    assertEquals("只列出最差的 1 份，共 3 份有发现。", doc.selectFirst(".bound").text());
  }

  @Test
  void everyFormWithFindingsShownMeansNoBoundThoughCleanFormsWereLeftOut() {
    HtmlBatch batch = HtmlReport.create().batch(1);
    batch.add(form("1", 0, 1, 0, Grade.GOOD));
    batch.add(form("2", 0, 0, 0, Grade.GOOD));
    Document doc = Reports.parse(Reports.html(batch));

    assertEquals(List.of("#form-1"), doc.select("table.ranking a").eachAttr("href"));
    assertNull(doc.selectFirst(".bound"));
  }

  @Test
  void asManyRejectedFormsAsTheBoundAreAllListedWithNoBound() {
    HtmlBatch batch = HtmlReport.create().batch(2);
    Problem problem = Problem.of(ProblemCode.MALFORMED, FormPath.ROOT, "UNEXPECTED_CHARACTER", "x");
    batch.reject(new RejectedForm("第 1 份", List.of(problem)));
    batch.reject(new RejectedForm("第 2 份", List.of(problem)));
    Document doc = Reports.parse(Reports.html(batch));

    assertEquals(List.of("第 1 份", "第 2 份"), doc.select("ul.rejections .source-name").eachText());
    assertNull(doc.selectFirst(".bound"));
  }

  @Test
  void eachBarOfTheCodeChartIsClassedByItsSeverity() {
    HtmlBatch batch = HtmlReport.create().batch(10);
    batch.add(form("1", 1, 1, 1, Grade.GOOD));
    batch.add(form("2", 0, 0, 0, Grade.GOOD));
    Document doc = Reports.parse(Reports.html(batch));

    Element codes = doc.select("figure.chart").get(2);
    assertEquals(
        List.of("bar bar-error", "bar bar-warning", "bar bar-info"),
        codes.select("rect").eachAttr("class"));
  }

  @Test
  void theReportIsFlushedToTheWriter() throws IOException {
    HtmlBatch batch = HtmlReport.create().batch(10);
    batch.add(form("1", 1, 0, 0, Grade.GOOD));
    StringWriter target = new StringWriter();
    // A buffer far larger than the report: only a flush gets the report through.
    BufferedWriter out = new BufferedWriter(target, 1 << 20);
    batch.writeTo(out);

    assertTrue(target.toString().endsWith("</html>\n"), target.toString());
  }

  @Test
  void theRankingShowsThePrintedGradesWhereAFormPrintsOne() {
    HtmlBatch batch = HtmlReport.create().batch(5);
    batch.add(form("plain", 1, 0, 0, Grade.EXCELLENT));
    batch.add(Reports.scored("sichuan", TestForms.revision3()));
    Document doc = Reports.parse(Reports.html(batch));

    List<String> headers = doc.select("table.ranking th").eachText();
    assertEquals(List.of("总分", "填报总分", "等级", "填报等级", "错误"), headers.subList(3, 8));
    // Both have one error; the form given first ranks first. The plain form prints no grade.
    List<Element> rows = doc.select("table.ranking tbody tr");
    assertEquals(
        List.of("plain", "100", "100", "优", "", "1"),
        rows.get(0).select("td").stream().map(Element::text).toList().subList(2, 8));
    assertEquals(
        List.of("sichuan", "93.34", "93.34", "优", "良", "1"),
        rows.get(1).select("td").stream().map(Element::text).toList().subList(2, 8));
    // Its section marks the grade as a single form's does.
    assertTrue(
        doc.selectFirst("#form-2 table.total [data-path=$.reportedGrade]").hasClass("mark-error"));

    HtmlBatch plain = HtmlReport.create().batch(5);
    plain.add(form("a", 1, 0, 0, Grade.EXCELLENT));
    plain.add(form("b", 0, 1, 0, Grade.GOOD));
    Document none = Reports.parse(Reports.html(plain));
    assertEquals(
        List.of("总分", "填报总分", "等级", "错误"),
        none.select("table.ranking th").eachText().subList(3, 7));
    assertTrue(none.select("table.total [data-path=$.reportedGrade]").isEmpty());
  }
}
