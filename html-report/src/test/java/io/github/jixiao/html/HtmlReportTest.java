package io.github.jixiao.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.input.Problem;
import io.github.jixiao.core.input.ProblemCode;
import io.github.jixiao.core.input.SourceLocation;
import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FormPath;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.scoring.Finding;
import io.github.jixiao.core.scoring.ProjectScorer;
import io.github.jixiao.core.scoring.Scorecard;
import io.github.jixiao.core.scoring.Severity;
import io.github.jixiao.core.testing.ReferenceForms;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final HtmlReport CHINESE = HtmlReport.create();

  @Test
  void everyFindingOfTheReferenceFormsIsMarkedOnItsCellAndNotedWithItsMessage() {
    List<ReportedForm> forms = new ArrayList<>();
    for (Project project : ReferenceForms.all()) {
      forms.add(Reports.scored("reference.json", project));
    }
    Document doc = Reports.parse(Reports.html(CHINESE, forms));

    int errors = 0;
    for (int k = 0; k < forms.size(); k++) {
      // Sections are numbered in the order the forms were given, whatever their rank.
      String form = "form-" + (k + 1);
      assertNotNull(doc.getElementById(form), form);
      List<Finding> findings = forms.get(k).card().findings();
      for (int n = 1; n <= findings.size(); n++) {
        Finding finding = findings.get(n - 1);
        String id = form + "-f" + n;
        Element note = doc.getElementById(id);
        assertNotNull(note, id);
        assertEquals(
            finding.message(Locale.SIMPLIFIED_CHINESE),
            note.selectFirst(".message").wholeText(),
            id);
        assertEquals(finding.code().name(), note.attr("data-code"));

        Element marker = doc.selectFirst("a.marker[data-finding=" + id + "]");
        assertNotNull(marker, id);
        Element cell = marker.parent();
        FormPath cellPath = FormPath.parse(cell.attr("data-path"));
        assertTrue(finding.path().startsWith(cellPath), id + " on " + cellPath);
        if (finding.severity() == Severity.ERROR) {
          assertTrue(cell.hasClass("mark-error"), id + " " + cell.className());
          assertTrue(marker.text().startsWith("[错"), marker.text());
          errors++;
        }
      }
    }
    // 信息化运维's two level weights, 知识产权's execution column, 质量基础's total, 基本户结转资金's two
    // funding columns (core's ReferenceFormScoringTest).
    assertEquals(6, errors);
  }

  @Test
  void qualityFoundationShowsItsFiguresAndMarksTheReportedTotal() {
    Document doc =
        Reports.parse(
            Reports.html(
                CHINESE, List.of(Reports.scored("09.json", ReferenceForms.qualityFoundation()))));

    // 191.28 ÷ 211.77 = 0.90324… → 90.32%; 10 × 0.90324… = 9.03; 50 + 30 + 10 + 9.03 = 99.03.
    assertEquals("90.32%", cellText(doc, "$.funding.reportedExecutionRate"));
    assertEquals("99.03", doc.selectFirst(".computed-total").text());
    assertEquals("优", doc.selectFirst("td.grade").text());
    // The funding weight 10 and the indicators' 50 + 30 + 10.
    assertEquals("100", cellText(doc, "$.levels"));
    Element reported = doc.selectFirst("[data-path=$.reportedTotal]");
    assertEquals("100", reported.ownText());
    assertTrue(reported.hasClass("mark-error"));
    assertEquals("[错2]", reported.selectFirst(".marker").text());
    // One form: no summary and no link back to it.
    assertNull(doc.getElementById("summary"));
    assertTrue(doc.select("a.back").isEmpty());
    assertEquals("来源：09.json", doc.selectFirst(".source").text());
    assertEquals("（2024年度）", doc.selectFirst(".year").text());
  }

  @Test
  void whatAFormHoldsIsWrittenAsText() {
    String hostile = "<script>alert(1)</script> & \"q\" 'a'";
    String indicator = "<img src=x onerror=alert(2)>";
    String deviation = "</td></tr></table><script>alert(3)</script>";
    Project project =
        Project.builder(hostile)
            .competentDepartment("\"><script>alert(4)</script>")
            .goals("<b>预期</b>", "&amp; 完成")
            .level(
                LevelSection.of(
                    Level.OUTPUT,
                    "50",
                    CategorySection.of(
                        Level.OUTPUT,
                        "<i>其他</i>",
                        Indicator.of(indicator, "≥10家", "<u>8家</u>", "50", "40")
                            .withDeviation(deviation))))
            .reportedTotal("40")
            .build();
    Scorecard card = ProjectScorer.DEFAULT.score(project);
    String html = Reports.html(CHINESE, List.of(ReportedForm.of("a\"b'c<d>.json", project, card)));

    for (String raw : List.of("<script", "<img", "<b>", "<i>", "<u>", "</td></tr></table><")) {
      assertFalse(html.contains(raw), raw);
    }
    Document doc = Reports.parse(html);
    assertTrue(doc.select("script, img, b:not(.marker), i, u").isEmpty());
    assertEquals(hostile, doc.selectFirst("[data-path=$.projectName]").ownText());
    assertEquals(
        "\"><script>alert(4)</script>",
        doc.selectFirst("[data-path=$.competentDepartment]").ownText());
    assertEquals("&amp; 完成", doc.selectFirst("[data-path=$.goals.achieved]").ownText());
    assertEquals(
        indicator,
        doc.selectFirst("[data-path=$.levels[0].categories[0].indicators[0]]").ownText());
    assertEquals(
        deviation,
        doc.selectFirst("[data-path=$.levels[0].categories[0].indicators[0].deviation]").ownText());
    assertEquals("<i>其他</i>", doc.selectFirst("[data-path=$.levels[0].categories[0]]").ownText());
    assertEquals("a\"b'c<d>.json", doc.selectFirst(".source-name").text());
    // The messages quote the names: the same text, escaped.
    for (Finding finding : card.findings()) {
      assertTrue(
          doc.select(".message").eachText().contains(finding.message(Locale.SIMPLIFIED_CHINESE)),
          finding.code().name());
    }
  }

  @Test
  void inEnglishTheLabelsAndMessagesAreEnglish() {
    Project project = ReferenceForms.qualityFoundation();
    Scorecard card = ProjectScorer.DEFAULT.score(project);
    HtmlReport english = CHINESE.withLocale(Locale.ENGLISH);
    Document doc = Reports.parse(Reports.html(english, List.of(ReportedForm.of(project, card))));

    assertEquals(Locale.ENGLISH, english.locale());
    assertEquals("en", doc.selectFirst("html").attr("lang"));
    assertEquals("Initial budget", doc.selectFirst("table.funding thead th:nth-child(2)").text());
    assertEquals("EXCELLENT", doc.selectFirst("td.grade").text());
    assertEquals("(year 2024)", doc.selectFirst(".year").text());
    assertEquals(
        card.findings(Severity.ERROR).get(0).message(Locale.ENGLISH),
        doc.selectFirst(".note-error .message").text());
    assertEquals("[E2]", doc.selectFirst("[data-path=$.reportedTotal] .marker").text());
    assertEquals("Errors 1, warnings 0, advice 1", doc.selectFirst("p.counts").text());
    assertEquals("Output (50 points)", doc.selectFirst("th.level").ownText());
    // No source named: no source line.
    assertNull(doc.selectFirst(".source"));
  }

  /** A form whose figures all agree: 100 of 100 spent, every target met exactly. */
  static Project cleanForm() {
    return Project.builder("无误的项目")
        .year(2024)
        .funding(TestForms.fullySpent())
        .level(
            Level.OUTPUT,
            "50",
            CategorySection.of(Category.QUANTITY, Indicator.of("企业数", "≥10家", "10家", "50", "50")))
        .level(
            Level.BENEFIT,
            "30",
            CategorySection.of(Category.SOCIAL, Indicator.of("竞争力", "提升", "提升", "30", "30")))
        .level(TestForms.satisfied("80%"))
        .reportedTotal("100")
        .build();
  }

  @Test
  void severalFormsOpenWithASummaryAndAFormWithNoFindingIsOneCollapsedLine() {
    ReportedForm clean = Reports.scored("00.json", cleanForm());
    ReportedForm wrong = Reports.scored("09.json", ReferenceForms.qualityFoundation());
    assertEquals(List.of(), clean.card().findings());
    Document doc = Reports.parse(Reports.html(CHINESE, List.of(clean, wrong)));

    assertNotNull(doc.getElementById("summary"));
    assertEquals("2", doc.getElementById("count-scored").text());
    assertEquals("1", doc.getElementById("count-errors").text());
    assertEquals("1", doc.getElementById("count-clean").text());
    // The form with an error ranks first, though it was given second.
    assertEquals(List.of("#form-2", "#form-1"), doc.select("table.ranking a").eachAttr("href"));
    Element collapsed = doc.getElementById("form-1");
    assertEquals("details", collapsed.tagName());
    assertFalse(collapsed.hasAttr("open"));
    assertEquals("无误的项目 — 总分 100，等级 优，无发现", collapsed.selectFirst("summary").text());
    assertEquals("section", doc.getElementById("form-2").tagName());
    assertEquals(2, doc.select("a.back[href=#summary]").size());
  }

  @Test
  void aFindingNamesTheWorkbookCellOrTheDocumentLineItWasReadAt() {
    Project project = ReferenceForms.qualityFoundation();
    Scorecard card = ProjectScorer.DEFAULT.score(project);
    // 质量基础's findings: advice on $.levels, then the error on $.reportedTotal.
    List<Finding> located =
        List.of(
            card.findings()
                .get(0)
                .withLocation(Optional.of(new SourceLocation.TextPosition(24, 25))),
            card.findings()
                .get(1)
                .withLocation(Optional.of(new SourceLocation.CellAddress("自评表", 21, 8))));
    Scorecard withPlaces = TestForms.withFindings(card, located);
    Document doc =
        Reports.parse(Reports.html(CHINESE, List.of(ReportedForm.of(project, withPlaces))));

    assertEquals(List.of("第 24 行第 25 列", "'自评表'!H21"), doc.select(".note .where").eachText());
  }

  @Test
  void aFindingReadFromNoSourceNamesItsPathBesideItsMessage() {
    Project project = ReferenceForms.qualityFoundation();
    Scorecard card = ProjectScorer.DEFAULT.score(project);
    Document doc = Reports.parse(Reports.html(CHINESE, List.of(ReportedForm.of(project, card))));

    // 质量基础's findings: advice on $.levels, then the error on $.reportedTotal.
    assertEquals(List.of("$.levels", "$.reportedTotal"), doc.select(".note .where").eachText());
    assertEquals("填报总分为 100，按各项得分合计应为 99.03。", doc.selectFirst(".note-error .message").text());
  }

  @Test
  void aRefusedFormAloneIsListedWithItsProblems() {
    Problem problem = Problem.of(ProblemCode.MALFORMED, FormPath.ROOT, "UNEXPECTED_END");
    Document doc =
        Reports.parse(
            Reports.html(
                CHINESE, List.of(), List.of(new RejectedForm("bad.json", List.of(problem)))));

    assertEquals("0", doc.getElementById("count-scored").text());
    assertEquals("1", doc.getElementById("count-rejected").text());
    Element rejection = doc.selectFirst("ul.rejections > li");
    assertEquals("bad.json", rejection.selectFirst(".source-name").text());
    assertEquals(
        problem.describe(Locale.SIMPLIFIED_CHINESE), rejection.selectFirst("ul li").text());
  }

  @Test
  void rejectedFormsAreListedWithTheirProblems() {
    Problem problem = Problem.of(ProblemCode.MALFORMED, FormPath.ROOT, "UNEXPECTED_END");
    Document doc =
        Reports.parse(
            Reports.html(
                CHINESE,
                List.of(Reports.scored("09.json", ReferenceForms.qualityFoundation())),
                List.of(new RejectedForm("bad.json", List.of(problem)))));

    assertEquals("1", doc.getElementById("count-rejected").text());
    Element rejection = doc.selectFirst("ul.rejections > li");
    assertEquals("bad.json", rejection.selectFirst(".source-name").text());
    assertEquals(
        problem.describe(Locale.SIMPLIFIED_CHINESE), rejection.selectFirst("ul li").text());
  }

  @Test
  void aScorecardOfAnotherFormIsRefused() {
    Project project = ReferenceForms.qualityFoundation();
    Scorecard other = ProjectScorer.DEFAULT.score(Project.builder("空").build());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReportedForm.of(project, other));
    assertTrue(e.getMessage().contains("0 levels and project 3"), e.getMessage());
  }

  @Test
  void aWriterThatFailsFailsTheWrite() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                CHINESE.write(
                    List.of(Reports.scored("09.json", ReferenceForms.qualityFoundation())),
                    broken));
    assertEquals("disk full", e.getMessage());
  }

  private static String cellText(Document doc, String path) {
    return doc.selectFirst("[data-path=" + path + "]").ownText();
  }

  @Test
  void aRevision3FormShowsItsUnitListedRowsAddedColumnsAndPrintedGrade() {
    Project project = TestForms.revision3();
    Document doc =
        Reports.parse(Reports.html(CHINESE, List.of(Reports.scored("sichuan.json", project))));

    assertEquals("项目资金（元）", doc.selectFirst("table.funding thead th").text());
    assertEquals(
        List.of("年度资金总额", "财政资金", "单位资金", "其他资金"), doc.select("table.funding tbody th").eachText());
    assertEquals("110.2", cellText(doc, "$.funding.components[0].executed"));
    assertEquals(
        List.of(
            "一级指标",
            "二级指标",
            "三级指标",
            "年初指标值",
            "年度指标值",
            "实际完成值",
            "分值",
            "扣减分数",
            "得分",
            "建议得分",
            "偏差原因分析及改进措施"),
        doc.select("table.indicators thead th").eachText());
    assertEquals("≥20场", cellText(doc, "$.levels[0].categories[0].indicators[0].initialTarget"));
    assertEquals("6", cellText(doc, "$.levels[0].categories[0].indicators[1].deduction"));
    assertTrue(
        doc.selectFirst("[data-path=$.levels[0].categories[0].indicators[1].weight]")
            .hasClass("num"));

    // 93.34 is 优; the form prints 良, and GRADE_MISMATCH, its one finding, marks it.
    assertEquals(
        List.of("总分", "分值合计", "得分", "填报总分", "等级", "填报等级"), doc.select("table.total th").eachText());
    assertEquals("优", doc.selectFirst("td.grade").text());
    Element printed = doc.selectFirst("table.total [data-path=$.reportedGrade]");
    assertEquals("良", printed.ownText());
    assertTrue(printed.hasClass("mark-error"));
    assertEquals("[错1]", printed.selectFirst(".marker").text());
    Element note = doc.getElementById("form-1-f1");
    assertEquals("GRADE_MISMATCH", note.attr("data-code"));
    assertEquals("$.reportedGrade", note.selectFirst(".where").text());
    assertEquals("填报等级为“良”，按计算总分 93.34 应为“优”。", note.selectFirst(".message").text());
    // The note spans the 总分 row's eleven columns.
    assertEquals("11", doc.selectFirst("table.total tr.notes td").attr("colspan"));
  }

  @Test
  void inEnglishARevision3FormSaysTheSame() {
    Project project = TestForms.revision3();
    HtmlReport english = CHINESE.withLocale(Locale.ENGLISH);
    Document doc =
        Reports.parse(Reports.html(english, List.of(Reports.scored("sichuan.json", project))));

    assertEquals("Funding (yuan)", doc.selectFirst("table.funding thead th").text());
    assertEquals(
        List.of("Total funds", "财政资金", "单位资金", "Other funds"),
        doc.select("table.funding tbody th").eachText());
    assertEquals(
        List.of("Year-start target", "Target", "Actual", "Weight", "Deduction", "Score"),
        doc.select("table.indicators thead th").eachText().subList(3, 9));
    assertEquals("EXCELLENT", doc.selectFirst("td.grade").text());
    assertEquals("Reported grade", doc.select("table.total th").last().text());
    Element printed = doc.selectFirst("table.total [data-path=$.reportedGrade]");
    assertEquals("GOOD", printed.ownText());
    assertEquals("[E1]", printed.selectFirst(".marker").text());
    assertEquals(
        "The form reports the grade 良 (GOOD), but the computed total 93.34 gives 优 (EXCELLENT).",
        doc.selectFirst(".note-error .message").text());
  }
}
