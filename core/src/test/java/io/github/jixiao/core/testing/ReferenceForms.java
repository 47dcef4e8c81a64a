package io.github.jixiao.core.testing;

import static io.github.jixiao.core.model.Category.COST;
import static io.github.jixiao.core.model.Category.QUALITY;
import static io.github.jixiao.core.model.Category.QUANTITY;
import static io.github.jixiao.core.model.Category.SERVICE_RECIPIENT;
import static io.github.jixiao.core.model.Category.SOCIAL;
import static io.github.jixiao.core.model.Category.SUSTAINABILITY;
import static io.github.jixiao.core.model.Category.TIMELINESS;
import static io.github.jixiao.core.model.Level.BENEFIT;
import static io.github.jixiao.core.model.Level.OUTPUT;
import static io.github.jixiao.core.model.Level.SATISFACTION;

import io.github.jixiao.core.model.Category;
import io.github.jixiao.core.model.CategorySection;
import io.github.jixiao.core.model.FundingBreakdown;
import io.github.jixiao.core.model.Indicator;
import io.github.jixiao.core.model.LevelSection;
import io.github.jixiao.core.model.Project;
import java.util.List;

/**
 * Reference forms of {@code shared/reference/2024-self-evaluation-forms.txt}, written in code cell
 * by cell as the forms print them (mistakes included). Placeholder rows ({@code 指标1:无}) are left
 * out, as docs/form-json.md §1.2 allows.
 */
public final class ReferenceForms {
  private static final String DEPARTMENT = "自治区财政厅";
  private static final String BUREAU = "自治区市场监管厅";

  private ReferenceForms() {}

  /**
   * Every form of this class, in the order of the reference text.
   *
   * @return the six forms
   */
  public static List<Project> all() {
    return List.of(
        antitrust(),
        itOperations(),
        intellectualProperty(),
        qualityFoundation(),
        centralTransfer(),
        basicAccountCarryover());
  }

  private static CategorySection category(Category category, Indicator... indicators) {
    return CategorySection.of(category, indicators);
  }

  /** A form of the reference text: 2024, the 市场监管厅 under the 财政厅. */
  private static Project.Builder bureau(String projectName) {
    return Project.builder(projectName)
        .year(2024)
        .competentDepartment(DEPARTMENT)
        .implementingUnit(BUREAU);
  }

  /** A funding table with the execution row's standard weight of 10, and its total row. */
  private static FundingBreakdown.Builder funding(
      String initialBudget, String adjustedBudget, String executed) {
    return FundingBreakdown.builder().weight("10").total(initialBudget, adjustedBudget, executed);
  }

  /** 产出 at its standard weight of 50, as every reference form prints it. */
  private static LevelSection output(CategorySection... categories) {
    return LevelSection.of(OUTPUT, "50", categories);
  }

  /** 效益 at its standard weight of 30. */
  private static LevelSection benefit(CategorySection... categories) {
    return LevelSection.of(BENEFIT, "30", categories);
  }

  /** 满意度 at its standard weight of 10. */
  private static LevelSection satisfaction(CategorySection... categories) {
    return LevelSection.of(SATISFACTION, "10", categories);
  }

  /** 市场监管厅2024年中央反垄断专项: the form of spec/examples/antitrust-2024.json. */
  public static Project antitrust() {
    return bureau("市场监管厅2024年中央反垄断专项")
        .goals(
            "目标1: 强化公平竞争倡导; 目标2: 摸排垄断线索并及时调查处理, 反垄断案件查办质效进一步提升; 目标3: 加强反垄断执法能力建设, 提升全区执法人员的业务素质和综合执法能力; 目标4: 强化反垄断执法与公平竞争审查紧密衔接; 目标5: 为经营者和消费者营造良好的竞争环境和消费环境。",
            "2024年, 共摸排甄别垄断问题线索9条, 查办行政垄断案件1起, 开展行政约谈2起, 提醒敦促24起。组织开展公平竞争法律和政策“进机关、进党校、进企业”, 全区发放宣传材料2.2万册, 进党校7次、进机关165家、进企业900余家。专题培训及行政指导42场次, 培训3800人次, 广泛凝聚公平竞争共识, 维护公平竞争市场秩序。")
        .funding(
            funding("109", "100", "14.28")
                .appropriation("109", "100", "14.28")
                .reportedExecutionRate("14.28")
                .reportedScore("1.43")
                .build())
        .level(
            output(
                category(QUANTITY, Indicator.of("全区核查垄断线索", "不少于3条", "9", "12.5", "12.5")),
                category(QUALITY, Indicator.of("线索核查率", "100%", "100%", "12.5", "12.5")),
                category(
                    TIMELINESS, Indicator.of("计划按期完成率", "2024年11月前完成核查", "完成", "12.5", "12.5")),
                category(
                    COST,
                    Indicator.of("反垄断专项执法经费", "100万元", "14.28", "12.5", "1.79")
                        .withDeviation("项目正在推进中"))))
        .level(
            benefit(
                category(
                    SOCIAL,
                    Indicator.of("经营者法律意识", "提升", "经营者法律意识明显增强", "10", "10"),
                    Indicator.of("营造公平竞争的市场秩序", "提升", "市场竞争环境持续向好", "10", "10")),
                category(
                    SUSTAINABILITY,
                    Indicator.of("良好的营商环境及消费环境", "提升", "维护公平竞争市场秩序, 营造良好营商环境", "10", "10"))))
        .level(
            satisfaction(
                category(
                    SERVICE_RECIPIENT,
                    Indicator.of("群众对反垄断工作满意度", "80%以上", "广泛凝聚公平竞争共识", "10", "10"))))
        .reportedTotal("80.72")
        .build();
  }

  /** 自治区市场监管厅质量基础专项: reports 100 where its figures give 99.03. */
  public static Project qualityFoundation() {
    return bureau("自治区市场监管厅质量基础专项")
        .funding(
            funding("211.77", "211.77", "191.28")
                .appropriation("192", "192", "171.51")
                .carryover("19.77", "19.77", "19.77")
                .reportedExecutionRate("90.32")
                .reportedScore("9.03")
                .build())
        .level(
            output(
                category(QUANTITY, Indicator.of("支持我区仪器仪表制造业发展企业数", "2家", "2家", "12.5", "12.5")),
                category(
                    QUALITY, Indicator.of("申请仪器仪表类计量新产品形式评价合格率", "100%", "100%", "12.5", "12.5")),
                category(
                    TIMELINESS,
                    Indicator.of("企业取得计量新产品形式批准证书", "2024年11月底前", "2024年11月底前", "12.5", "12.5")),
                category(
                    COST, Indicator.of("2024年度质量基础工作支出控制数", "192万元", "171.51", "12.5", "12.5"))))
        .level(
            benefit(
                category(SOCIAL, Indicator.of("全区仪器仪表行业竞争力", "提升", "提升", "15", "15")),
                category(SUSTAINABILITY, Indicator.of("全社会质量发展意识", "提高", "提高", "15", "15"))))
        .level(
            satisfaction(
                category(SERVICE_RECIPIENT, Indicator.of("服务满意度", "80%", "80%", "10", "10"))))
        .reportedTotal("100")
        .build();
  }

  /**
   * 自治区市场监管厅信息化运维专项: 效益 holds two indicators of 10 (20, not 30) and 满意度 two of 10 (20, not 10), as
   * the extracted table places them.
   */
  public static Project itOperations() {
    return bureau("自治区市场监管厅信息化运维专项")
        .funding(
            funding("1142.66", "1142.66", "999.76")
                .appropriation("1120", "1120", "977.1")
                .carryover("22.66", "22.66", "22.66")
                .reportedExecutionRate("87.49")
                .reportedScore("8.75")
                .build())
        .level(
            output(
                category(
                    QUANTITY,
                    Indicator.of("软件维护数量", "15项", "15项", "10", "10"),
                    Indicator.of("网络及硬件维护数量", "3项", "3项", "10", "10")),
                category(QUALITY, Indicator.of("系统正常运行率", "100%", "100%", "10", "10")),
                category(TIMELINESS, Indicator.of("系统运行维护一般故障响应时间", "60分钟以内", "≤40分钟", "10", "10")),
                category(
                    COST, Indicator.of("各项信息系统运维、租用、测评、整改等成本控制数", "1120万元", "977.1", "10", "10"))))
        .level(
            benefit(
                category(
                    SOCIAL,
                    Indicator.of("市场主体数据", "安全稳定", "安全稳定", "10", "10"),
                    Indicator.of("行政审批系统", "运行正常", "运行正常", "10", "10"))))
        .level(
            satisfaction(
                category(
                    SERVICE_RECIPIENT,
                    Indicator.of("系统正常使用年限", "大于一年", "大于一年", "10", "10"),
                    Indicator.of("使用人员满意度", "80%", "90%", "10", "10"))))
        .reportedTotal("98.75")
        .build();
  }

  /**
   * 自治区市场监管厅知识产权保护运用促进专项: its 全年执行数 column does not add up (1359.88 against 1097.28 + 262.55). The
   * garbled layout prints 时效 and 成本 under 效益; the weights (8 × 6.25 = 50) put them under 产出.
   */
  public static Project intellectualProperty() {
    return bureau("自治区市场监管厅知识产权保护运用促进专项")
        .funding(
            funding("1462.55", "1462.55", "1359.88")
                .appropriation("1200", "1200", "1097.28")
                .carryover("262.55", "262.55", "262.55")
                .reportedExecutionRate("92.98")
                .reportedScore("9.30")
                .build())
        .level(
            output(
                category(
                    QUANTITY,
                    Indicator.of("各类知识产权示范、优势、试点企业数量", "≥15家", "0家", "6.25", "0")
                        .withDeviation("24年国家局没有开展优势示范企业申报,故数量为零。下一步将根据国家局工作部署,开展相应的企业培育和申报推荐"),
                    Indicator.of("全区万人口高价值发明专利拥有量", "≥2.5件", "3.57件", "6.25", "6.25"),
                    Indicator.of("知识产权金融服务政策惠及企业数量", "≥30家", "73家", "6.25", "6.25"),
                    Indicator.of("国外发明专利授权数量和注册商标数量", "≥10件", "31件", "6.25", "6.25")),
                category(
                    QUALITY,
                    Indicator.of("电子申请率", "≥95%", "99.80%", "6.25", "6.25"),
                    Indicator.of(
                        "2024年度全区知识产权保护及知识产权运用", "2024年12月底之前", "2024年12月底之前", "6.25", "6.25")),
                category(
                    TIMELINESS,
                    Indicator.of(
                        "服务窗口专利代办业务时间",
                        "不超过国家知识产权局规定时间",
                        "专利业务办理时间均按照不同业务规定审限完成,零超期限零投诉",
                        "6.25",
                        "6.25")),
                category(
                    COST, Indicator.of("2024年知识产权工作经费支出控制数", "1200万元", "1097.28", "6.25", "6.25"))))
        .level(
            benefit(
                category(
                    SOCIAL,
                    Indicator.of("社会公众知识产权保护意识", "逐步增强", "逐步增强", "10", "10"),
                    Indicator.of("知识产权推动高质量发展效果", "逐步增强", "逐步增强", "10", "10")),
                category(SUSTAINABILITY, Indicator.of("高价值发明专利", "稳步增长", "稳步增长", "10", "10"))))
        .level(
            satisfaction(
                category(SERVICE_RECIPIENT, Indicator.of("知识产权服务满意度", "80%", "80%", "10", "10"))))
        .reportedTotal("93.05")
        .build();
  }

  /**
   * 市场监管厅基本户结转资金项目: the total row is 300 / 54.14 / 54.14, but the only component cell is 上年结转资金
   * 年初预算数 300, so the 全年预算数 and 全年执行数 components are blank.
   */
  public static Project basicAccountCarryover() {
    return bureau("市场监管厅基本户结转资金项目")
        .funding(
            funding("300", "54.14", "54.14")
                .carryover("300", null, null)
                .reportedExecutionRate("100.00")
                .reportedScore("10.00")
                .build())
        .level(
            output(
                category(QUANTITY, Indicator.of("其他应付款", "≥1笔", "24笔", "12.5", "12.5")),
                category(QUALITY, Indicator.of("各项费用支出合规性", "合规", "合规", "12.5", "12.5")),
                category(TIMELINESS, Indicator.of("各项费用支出及时性", "及时", "及时", "12.5", "12.5")),
                category(COST, Indicator.of("市场监管厅基本户结转", "300万元", "54.14万元", "12.5", "12.5"))))
        .level(
            benefit(
                category(SOCIAL, Indicator.of("为全区市场监督管理提供优质高效的市场监管服务", "提高", "提高", "15", "15")),
                category(SUSTAINABILITY, Indicator.of("提高执法水平", "提高", "提高", "15", "15"))))
        .level(
            satisfaction(
                category(SERVICE_RECIPIENT, Indicator.of("群众满意度", "80%", "80%", "10", "10"))))
        .reportedTotal("100")
        .build();
  }

  /** 自治区市场监管厅中央一般性转移支付资金项目: its second cost indicator scores 5.25 of 6.25 with no reason given. */
  public static Project centralTransfer() {
    return bureau("自治区市场监管厅中央一般性转移支付资金项目")
        .funding(
            funding("675", "675", "431.15")
                .appropriation("675", "675", "431.15")
                .reportedExecutionRate("63.87")
                .reportedScore("6.39")
                .build())
        .level(
            output(
                category(
                    QUANTITY,
                    Indicator.of("2024年全区市场监管所标准化规范化数量", "126个所", "126个所", "6.25", "6.25"),
                    Indicator.of("融合通信互联网端应用等系统375万元", "1套", "1套", "6.25", "6.25")),
                category(QUALITY, Indicator.of("软件合格率", "100%", "100%", "12.5", "12.5")),
                category(
                    TIMELINESS,
                    Indicator.of("2024年度全区市场监管所标准化规范化工作完成时限", "2024年底前", "2025年", "12.5", "10")
                        .withDeviation(
                            "个别市场监管所因办公场地不符合标准化规范化建设要求、办公场所重新选址装修改造等原因,尚未建设完成,"
                                + "未完成绩效目标任务要求。下一步将严格按照总局部署和《建设实施方案》要求,"
                                + "扎实推进市场监管所标准化规范化建设工作,力争取得更大成效")),
                category(
                    COST,
                    Indicator.of(
                        "2024年市场监管所标准化规范化建设成本(中央一般性转移支付部分)", "300万元", "300", "6.25", "6.25"),
                    Indicator.of("融合通信互联网端应用等系统成本不高于375万元", "375万元", "131.17", "6.25", "5.25"))))
        .level(
            benefit(
                category(SOCIAL, Indicator.of("市场监管突发情况上报", "及时", "及时", "15", "15")),
                category(SUSTAINABILITY, Indicator.of("市场监管突发情况处置的调度指挥", "提高", "提高", "15", "15"))))
        .level(
            satisfaction(
                category(
                    SERVICE_RECIPIENT,
                    Indicator.of("基层市场监管所执法人员满意度", "80%", "86%", "5", "5"),
                    Indicator.of("指挥调度通联顺畅度", "80%", "90%", "5", "5"))))
        .reportedTotal("92.89")
        .build();
  }
}
