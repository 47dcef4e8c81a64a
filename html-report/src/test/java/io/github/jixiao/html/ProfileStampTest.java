package io.github.jixiao.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import io.github.jixiao.core.profile.Presets;
import io.github.jixiao.core.profile.ProfileSetting;
import io.github.jixiao.core.profile.RuleProfile;
import io.github.jixiao.core.scoring.ProjectScorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The rule profile a form was scored under, stamped on it in the report (rule-profiles §2.1), and
 * the uncapped sum beside a total a cap holds down (§2.8).
 */
class ProfileStampTest {
  private static final HtmlReport CHINESE = HtmlReport.create();
  private static final HtmlReport ENGLISH = HtmlReport.create().withLocale(Locale.ENGLISH);

  /** A profile of an integrator's own: 广西's rules with grades 80/70/60, revision 2. */
  private static final RuleProfile PREFECTURE =
      RuleProfile.basedOn(Presets.GUANGXI)
          .id("EXAMPLE_PREFECTURE_2025")
          .revision(2)
          .title("某州 2025: 广西 rules, grades 80/70/60")
          .set(ProfileSetting.GRADES_EXCELLENT, BigDecimal.valueOf(80))
          .set(ProfileSetting.GRADES_GOOD, BigDecimal.valueOf(70))
          .build();

  /**
   * 79.99 of 100 spent: ρ = 79.99, F = r2(10 × 0.7999) = 8.00; the indicators score 50 + 30 + 10 =
   * 90 of their 90, so the scores add up to 98.00. Under YITIHUA_2022 ρ < 80 caps the total at 89
   * (rule-profiles §2.8's row 79.99); the form reports 89.
   */
  static Project spentBelowEighty() {
    return Project.builder("执行率七成九的项目")
        .year(2024)
        .funding(
            FundingBreakdown.builder()
                .weight("10")
                .total("100", "100", "79.99")
                .reportedExecutionRate("79.99")
                .reportedScore("8")
                .build())
        .level(
            LevelSection.of(
                Level.OUTPUT,
                "50",
                CategorySection.of(
                    Category.QUANTITY, Indicator.of("培训场次", "≥10场", "10场", "50", "50"))))
        .level(
            Level.BENEFIT,
            "30",
            CategorySection.of(Category.SOCIAL, Indicator.of("覆盖人数", "≥100人", "100人", "30", "30")))
        .level(TestForms.satisfied("80%"))
        .reportedTotal("89")
        .build();
  }

  private static ReportedForm under(RuleProfile profile, Project project) {
    return ReportedForm.of("x.json", project, profile.scorer().score(project));
  }

  private static Document report(HtmlReport report, ReportedForm... forms) {
    return Reports.parse(Reports.html(report, List.of(forms)));
  }

  @Test
  void aFormScoredByTheDefaultScorerIsStampedWithTheNationalMethodAndItsTitle() {
    Project form = HtmlReportTest.cleanForm();
    ReportedForm scored = ReportedForm.of(form, ProjectScorer.DEFAULT.score(form));
    assertEquals(
        "评分规则 NATIONAL_2020 第1版（财预〔2020〕10号 national method (default)）",
        report(CHINESE, scored).selectFirst(".form-head .profile").text());
    assertEquals(
        "Profile NATIONAL_2020 r1 (财预〔2020〕10号 national method (default))",
        report(ENGLISH, scored).selectFirst(".form-head .profile").text());
  }

  @Test
  void aPresetIsStampedWithItsIdRevisionAndTitle() {
    Document doc = report(CHINESE, under(Presets.HUBEI_2020, HtmlReportTest.cleanForm()));
    assertEquals(
        "评分规则 HUBEI_2020 第1版（湖北 2020: funding 20, indicators 80, pre-2020 qualitative bands）",
        doc.selectFirst(".form-head .profile").text());
  }

  @Test
  void aProfileOfOnesOwnIsStampedWithItsTitleOnlyWhereTheReportIsToldIt() {
    ReportedForm form = under(PREFECTURE, HtmlReportTest.cleanForm());
    assertEquals(
        "评分规则 EXAMPLE_PREFECTURE_2025 第2版",
        report(CHINESE, form).selectFirst(".form-head .profile").text());
    assertEquals(
        "评分规则 EXAMPLE_PREFECTURE_2025 第2版（某州 2025: 广西 rules, grades 80/70/60）",
        report(CHINESE.withProfile(PREFECTURE), form).selectFirst(".form-head .profile").text());
    // The language is kept when the profile is given, and the profile when the language is.
    assertEquals(
        "Profile EXAMPLE_PREFECTURE_2025 r2 (某州 2025: 广西 rules, grades 80/70/60)",
        report(CHINESE.withProfile(PREFECTURE).withLocale(Locale.ENGLISH), form)
            .selectFirst(".form-head .profile")
            .text());
    assertEquals(Locale.ENGLISH, ENGLISH.withProfile(PREFECTURE).locale());
  }

  @Test
  void aFormScoredUnderAnotherProfileThanTheOneTheReportIsToldKeepsItsOwnStamp() {
    Document doc =
        report(CHINESE.withProfile(PREFECTURE), under(Presets.JIANGXI, HtmlReportTest.cleanForm()));
    assertEquals(
        "评分规则 JIANGXI 第1版（江西: stepped funding score）",
        doc.selectFirst(".form-head .profile").text());
  }

  @Test
  void aPresetsIdAtAnotherRevisionIsNoPresetAndHasNoTitle() {
    RuleProfile revised =
        RuleProfile.basedOn(Presets.NATIONAL_2020)
            .id("JIANGXI")
            .revision(2)
            .title("江西, revised")
            .build();
    Document doc = report(CHINESE, under(revised, HtmlReportTest.cleanForm()));
    assertEquals("评分规则 JIANGXI 第2版", doc.selectFirst(".form-head .profile").text());
  }

  @Test
  void whereACapBitesTheUncappedSumStandsBesideTheCappedTotal() {
    Document doc = report(CHINESE, under(Presets.YITIHUA_2022, spentBelowEighty()));
    // 89, and the 98.00 the scores add up to, without trailing zeros as every computed figure.
    assertEquals("89", doc.selectFirst(".computed-total").ownText());
    assertEquals("封顶前合计 98", doc.selectFirst(".computed-total .uncapped").text());
    assertEquals(
        "uncapped sum 98",
        report(ENGLISH, under(Presets.YITIHUA_2022, spentBelowEighty()))
            .selectFirst(".computed-total .uncapped")
            .text());
  }

  @Test
  void whereNoCapBitesTheTotalStandsAlone() {
    // The same form under the national method: 98, no cap, no uncapped sum.
    Document doc = report(CHINESE, under(Presets.NATIONAL_2020, spentBelowEighty()));
    assertEquals("98", doc.selectFirst(".computed-total").text());
    assertNull(doc.selectFirst(".uncapped"));
  }

  @Test
  void aBatchsSummaryNamesEachProfileItsFormsWereScoredUnderOnceInTheOrderFirstMet() {
    Project form = HtmlReportTest.cleanForm();
    Document doc =
        report(
            CHINESE,
            under(Presets.SHANXI, form),
            under(Presets.NATIONAL_2020, form),
            under(Presets.SHANXI, form));
    Elements lines = doc.select("#summary .profile");
    assertEquals(
        List.of(
            "评分规则 SHANXI 第1版（山西: the default cost row, dropped targets）",
            "评分规则 NATIONAL_2020 第1版（财预〔2020〕10号 national method (default)）"),
        lines.eachText());
    // Each form's section still carries its own.
    assertEquals(3, doc.select(".form-head .profile").size());
  }

  @Test
  void theBoundedBatchStampsItsSummaryAndItsWorstForms() {
    HtmlBatch batch = CHINESE.withProfile(PREFECTURE).batch(1);
    batch.add(under(PREFECTURE, spentBelowEighty()));
    batch.add(under(PREFECTURE, spentBelowEighty()));
    Document doc = Reports.parse(Reports.html(batch));
    String stamp = "评分规则 EXAMPLE_PREFECTURE_2025 第2版（某州 2025: 广西 rules, grades 80/70/60）";
    assertEquals(List.of(stamp), doc.select("#summary .profile").eachText());
    assertEquals(List.of(stamp), doc.select(".form-head .profile").eachText());
  }

  @Test
  void noProfileIsRefused() {
    assertThrows(NullPointerException.class, () -> CHINESE.withProfile(null));
  }
}
