package io.github.jixiao.excel.testing;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.FundingUnit;
import io.github.jixiao.core.model.Grade;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.Level;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;

/**
 * The forms of revision 3's regional layouts (shared/spec/excel-forms.md §2.1), laid out by hand as
 * those regions print them, cell by cell from A1 with their merged ranges, line breaks in labels,
 * full-width brackets and two header rows; each beside the {@link Project} it reads as. The figures
 * are made up, and add up: each form's 总分 is its funding score plus its indicators' scores.
 */
public final class RegionalForms {
  private RegionalForms() {}

  /**
   * 云南's 公开14表: amounts in 元 ({@code 项目资金} with a line break before {@code （元）}), a header of two
   * rows with the target split into 指标性质 | 指标值 | 度量单位 under 年度指标值, and the grade right of 总分's 得分
   * ({@code 其他需要说明事项 | 无 | 总分 | 100 | 96.5 | 优}).
   */
  public static PrintedForm yunnan() {
    PrintedForm form = PrintedForm.laidOut();
    form.row("公开14表");
    form.row("2023年度项目支出绩效自评表");
    form.row("单位名称：某县市场监督管理局　　填报日期：2024年3月15日");
    form.row("项目名称", null, "食品安全抽检");
    form.row("主管部门", null, "某县市场监督管理局", null, null, "实施单位", null, "某县食品检验所");
    form.row("项目资金\n（元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
    form.row(null, "年度资金总额", 500000, 480000, 456000, 10, 0.95, 9.5);
    form.row(null, "其中：当年财政拨款", 500000, 480000, 456000, "—", "—", "—");
    form.row(null, "上年结转资金", null, null, null, "—", "—", "—");
    form.row(null, "其他资金", null, null, null, "—", "—", "—");
    form.row("年度总体目标", "预期目标", null, null, null, "实际完成情况");
    form.row(null, "全年抽检食品生产经营企业110家次以上。", null, null, null, "全年抽检112家次。");
    form.row("一级指标", "二级指标", "三级指标", "年度指标值", null, null, "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
    form.row(null, null, null, "指标性质", "指标值", "度量单位");
    form.row("产出指标（50分）", "数量指标", "抽检企业", "≥", 110, "家次", "112家次", 20, 20);
    form.row(null, "质量指标", "抽检合格率", "≥", 95, "%", "97%", 20, 20);
    form.row(null, "时效指标", "完成时限", "定性", "按期完成", null, "按期完成", 10, 10);
    form.row("效益指标（30分）", "社会效益指标", "食品安全知晓率", null, "有效", null, "有效", 20, 18, "宣传覆盖不足");
    form.row(null, "可持续影响指标", "抽检长效机制", "═", 100, "%", "100%", 10, 10);
    form.row("满意度指标（10分）", "服务对象满意度指标", "群众满意度", " ≥ ", null, "%", "92%", 10, 9);
    form.row("其他需要说明事项", null, "无", null, null, null, "总分", 100, 96.5, "优");
    form.merge(
        "A2:J2", "A3:J3", "A4:B4", "C4:J4", "A5:B5", "C5:E5", "F5:G5", "H5:J5", "A6:B6", "H6:J6",
        "A7:A10", "H7:J7", "H8:J8", "H9:J9", "H10:J10", "A11:A12", "B11:E11", "F11:J11", "B12:E12",
        "F12:J12", "A13:A14", "B13:B14", "C13:C14", "D13:F13", "G13:G14", "H13:H14", "I13:I14",
        "J13:J14", "A15:A17", "A18:A19", "A21:B21", "C21:F21");
    form.format("G7", "0.00%");
    return form;
  }

  /**
   * What {@link #yunnan()} reads as: 456,000 of 480,000 元 is 95.00%, 9.5 of 10; the indicators' 20
   * + 20 + 10 + 18 + 10 + 9 = 87; 总分 96.5, 优.
   */
  public static Project yunnanProject() {
    return Project.builder("食品安全抽检")
        .year(2023)
        .competentDepartment("某县市场监督管理局")
        .implementingUnit("某县食品检验所")
        .funding(
            FundingBreakdown.builder()
                .unit(FundingUnit.YUAN)
                .weight("10")
                .total("500000", "480000", "456000")
                .appropriation("500000", "480000", "456000")
                .reportedExecutionRate("95.00")
                .reportedScore("9.5")
                .build())
        .goals("全年抽检食品生产经营企业110家次以上。", "全年抽检112家次。")
        .level(
            Level.OUTPUT,
            "50",
            CategorySection.of(
                Category.QUANTITY, Indicator.of("抽检企业", "≥110家次", "112家次", "20", "20")),
            CategorySection.of(Category.QUALITY, Indicator.of("抽检合格率", "≥95%", "97%", "20", "20")),
            // 定性 names the kind of indicator, not a relation: it adds nothing.
            CategorySection.of(
                Category.TIMELINESS, Indicator.of("完成时限", "按期完成", "按期完成", "10", "10")))
        .level(
            Level.BENEFIT,
            "30",
            CategorySection.of(
                Category.SOCIAL,
                Indicator.of("食品安全知晓率", "有效", "有效", "20", "18").withDeviation("宣传覆盖不足")),
            CategorySection.of(
                Category.SUSTAINABILITY, Indicator.of("抽检长效机制", "═100%", "100%", "10", "10")))
        .level(
            Level.SATISFACTION,
            "10",
            // A blank 指标值 is a blank target, whatever 指标性质 and 度量单位 hold.
            CategorySection.of(
                Category.SERVICE_RECIPIENT, Indicator.of("群众满意度", null, "92%", "10", "9")))
        .reportedTotal("96.5")
        .reportedGrade(Grade.EXCELLENT)
        .build();
  }

  /**
   * The 四川 2023 template: 项目基本情况 with 实施单位（盖章）, 项目类别 and 项目属性; 预算执行情况（10分） with the unit in its
   * label column's heading 年度预算数（万元）, a 权重 column and a 原因 column, the rows 总额, 其中：财政资金, 财政专户管理资金,
   * 单位资金 and 其他资金; 项目年度目标 and 年度目标完成情况; 绩效指标（90分） with the target split on one header row, 完成值, 权重
   * and 未完成原因分析; 合计, then 评价结论 below it.
   */
  public static PrintedForm sichuan() {
    PrintedForm form = PrintedForm.laidOut();
    form.row("2023年度项目支出绩效自评表");
    form.row("报表编号：510000_0013zp");
    form.row("项目基本情况", "项目名称", "社区养老服务补助");
    form.row(null, "主管部门", "某市民政局", null, null, "实施单位（盖章）", null, "某市养老服务中心");
    form.row(null, "项目类别", "一般性项目", null, null, "项目属性", null, "延续性项目");
    form.row("预算执行情况（10分）", "年度预算数（万元）", "年初预算数", "全年预算数", "全年执行数", "权重", "执行率", "得分", "原因");
    form.row(null, "总额", 60, 64, 60.8, 10, 0.95, 9.5);
    form.row(null, "其中：财政资金", 40, 44, 41.8, "—", "—", "—");
    form.row(null, "财政专户管理资金", 5, 5, 4.5, "—", "—", "—");
    form.row(null, "单位资金", 15, 15, 14.5, "—", "—", "—", "按进度拨付");
    form.row(null, "其他资金", null, null, null, "—", "—", "—");
    form.row("年度总体目标", "项目年度目标", null, null, null, "年度目标完成情况");
    form.row(null, "为全市1200名以上困难老人按季度发放养老服务补助。", null, null, null, "为1250名困难老人按季度足额发放补助。");
    form.row(
        "绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析");
    form.row(null, "产出指标（50分）", "数量指标", "补助老人人数", "≥", 1200, "人", "1250人", 20, 20);
    form.row(null, null, "质量指标", "补助发放准确率", "＝", 100, "%", "100%", 20, 20);
    form.row(null, null, "时效指标", "补助发放及时性", "定性", "按季度发放", null, "按季度发放", 10, 10);
    form.row(
        null, "效益指标（30分）", "社会效益指标", "老年人生活质量", "定量", "有所提升", null, "有所提升", 30, 27, "部分区域服务覆盖不足");
    form.row(null, "满意度指标（10分）", "服务对象满意度指标", "老人满意度", "≥", 90, "%", "93%", 10, 10);
    form.row("合计", null, null, null, null, null, null, null, 100, 96.5);
    form.row("评价结论", "项目整体完成较好，补助按时足额发放。");
    form.row("项目负责人：张某");
    form.merge(
        "A1:K1", "A2:K2", "A3:A5", "C3:K3", "C4:E4", "F4:G4", "H4:K4", "C5:E5", "F5:G5", "H5:K5",
        "A6:A11", "I6:K6", "I7:K7", "I8:K8", "I9:K9", "I10:K10", "I11:K11", "A12:A13", "B12:E12",
        "F12:K12", "B13:E13", "F13:K13", "A14:A19", "B15:B17", "A20:H20", "B21:K21");
    form.format("G7", "0.00%");
    return form;
  }

  /**
   * What {@link #sichuan()} reads as: its rows listed, in 万元, 40 + 5 + 15 = 60, 44 + 5 + 15 = 64,
   * 41.8 + 4.5 + 14.5 = 60.8; 60.8 of 64 is 95.00%, 9.5 of the 权重 10; the indicators' 20 + 20 + 10
   * + 27 + 10 = 87; 合计 96.5, and no grade (评价结论 is none).
   */
  public static Project sichuanProject() {
    return Project.builder("社区养老服务补助")
        .year(2023)
        .competentDepartment("某市民政局")
        .implementingUnit("某市养老服务中心")
        .funding(
            FundingBreakdown.builder()
                .unit(FundingUnit.WAN_YUAN)
                .weight("10")
                .total("60", "64", "60.8")
                .component("财政资金", "40", "44", "41.8")
                .component("财政专户管理资金", "5", "5", "4.5")
                .component("单位资金", "15", "15", "14.5")
                .component("其他资金", null, null, null)
                .reportedExecutionRate("95.00")
                .reportedScore("9.5")
                .build())
        .goals("为全市1200名以上困难老人按季度发放养老服务补助。", "为1250名困难老人按季度足额发放补助。")
        .level(
            Level.OUTPUT,
            "50",
            CategorySection.of(
                Category.QUANTITY, Indicator.of("补助老人人数", "≥1200人", "1250人", "20", "20")),
            CategorySection.of(
                Category.QUALITY, Indicator.of("补助发放准确率", "＝100%", "100%", "20", "20")),
            CategorySection.of(
                Category.TIMELINESS, Indicator.of("补助发放及时性", "按季度发放", "按季度发放", "10", "10")))
        .level(
            Level.BENEFIT,
            "30",
            CategorySection.of(
                Category.SOCIAL,
                Indicator.of("老年人生活质量", "有所提升", "有所提升", "30", "27").withDeviation("部分区域服务覆盖不足")))
        .level(
            Level.SATISFACTION,
            "10",
            CategorySection.of(
                Category.SERVICE_RECIPIENT, Indicator.of("老人满意度", "≥90%", "93%", "10", "10")))
        .reportedTotal("96.5")
        .build();
  }

  /**
   * The 湖北 20 + 80 template: 预算执行情况（万元）（20分） over 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率), with no
   * 年初 and no 分值 column; 项目实施单位; 年度绩效目标（80分） with 年初目标值(A) as its only target column and 实际完成值(B);
   * {@code 总分（100分） | … | 100 | 87.5 | 自评等级 | 良}.
   */
  public static PrintedForm hubei() {
    PrintedForm form = PrintedForm.laidOut();
    form.row("湖北省省级项目支出绩效自评表");
    form.row("（2023年度）");
    form.row("项目名称", null, "乡村道路养护");
    form.row("主管部门", null, "某县交通运输局", null, null, "项目实施单位", null, "某县公路事务中心");
    form.row("预算执行情况\n（万元）（20分）", null, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)");
    form.row(null, "年度资金总额", 200, 180, 0.9, 18);
    form.row(null, "其中：当年财政拨款", 200, 180, "—", "—");
    form.row(null, "上年结转资金", null, null, "—", "—");
    form.row(null, "其他资金", null, null, "—", "—");
    form.row("年度总体目标", "预期目标", null, null, null, "实际完成情况");
    form.row(null, "全年养护农村公路120公里以上。", null, null, null, "全年养护农村公路125公里。");
    form.row(
        "年度绩效目标（80分）", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "分值", "得分", "偏差原因分析及改进措施");
    form.row(null, "产出指标（40分）", "数量指标", "养护里程", "≥120公里", "125公里", 20, 20);
    form.row(null, null, "质量指标", "路况优良率", "≥85%", "80%", 20, 15, "部分路段损毁严重");
    form.row(null, "效益指标（30分）", "社会效益指标", "群众出行条件", "明显改善", "明显改善", 30, 30);
    form.row(null, "满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥90%", "88%", 10, 4.5);
    form.row("总分（100分）", null, null, null, null, null, 100, 87.5, "自评等级", "良");
    form.merge(
        "A1:J1", "A2:J2", "A3:B3", "C3:J3", "A4:B4", "C4:E4", "F4:G4", "H4:J4", "A5:B5", "F5:J5",
        "A6:A9", "F6:J6", "F7:J7", "F8:J8", "F9:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11",
        "F11:J11", "A12:A16", "I12:J12", "B13:B14", "I13:J13", "I14:J14", "I15:J15", "I16:J16",
        "A17:F17");
    form.format("E6", "0.00%");
    return form;
  }

  /**
   * What {@link #hubei()} reads as: 180 of 200 万元 is 90.00%, 18 of the header's 20; the indicators'
   * 20 + 15 + 30 + 4.5 = 69.5; 总分 87.5, 良.
   */
  public static Project hubeiProject() {
    return Project.builder("乡村道路养护")
        .year(2023)
        .competentDepartment("某县交通运输局")
        .implementingUnit("某县公路事务中心")
        .funding(
            FundingBreakdown.builder()
                .unit(FundingUnit.WAN_YUAN)
                .weight("20")
                .total(null, "200", "180")
                .appropriation(null, "200", "180")
                .reportedExecutionRate("90.00")
                .reportedScore("18")
                .build())
        .goals("全年养护农村公路120公里以上。", "全年养护农村公路125公里。")
        .level(
            Level.OUTPUT,
            "40",
            CategorySection.of(
                Category.QUANTITY, Indicator.of("养护里程", "≥120公里", "125公里", "20", "20")),
            CategorySection.of(
                Category.QUALITY,
                Indicator.of("路况优良率", "≥85%", "80%", "20", "15").withDeviation("部分路段损毁严重")))
        .level(
            Level.BENEFIT,
            "30",
            CategorySection.of(Category.SOCIAL, Indicator.of("群众出行条件", "明显改善", "明显改善", "30", "30")))
        .level(
            LevelSection.of(
                Level.SATISFACTION,
                "10",
                CategorySection.of(
                    Category.SERVICE_RECIPIENT, Indicator.of("群众满意度", "≥90%", "88%", "10", "4.5"))))
        .reportedTotal("87.5")
        .reportedGrade(Grade.GOOD)
        .build();
  }

  /**
   * A form of revision 3 with all it adds: amounts in 元 in two listed rows (800,000 + 200,000 =
   * 1,000,000 at the start of the year, 1,000,000 + 200,000 = 1,200,000 adjusted, 900,000 + 180,000
   * = 1,080,000 spent: 90%), a year-start target, a deduction of 2 from the weight's 50, and the
   * grade 良 printed.
   */
  public static Project revisionThree() {
    return Project.builder("企业服务")
        .year(2024)
        .funding(
            FundingBreakdown.builder()
                .unit(FundingUnit.YUAN)
                .weight("10")
                .total("1000000", "1200000", "1080000")
                .component("财政资金", "800000", "1000000", "900000")
                .component("单位资金", "200000", "200000", "180000")
                .reportedExecutionRate("90.00")
                .reportedScore("9.00")
                .build())
        .level(
            Level.OUTPUT,
            "50",
            CategorySection.of(
                Category.QUANTITY,
                Indicator.of("服务企业", "≥110家次", "112家次", "50", "48")
                    .withInitialTarget("≥100家次")
                    .withDeduction("2")))
        .reportedTotal("57")
        .reportedGrade(Grade.GOOD)
        .build();
  }
}
