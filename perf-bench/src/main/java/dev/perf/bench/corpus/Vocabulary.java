package dev.perf.bench.corpus;

import java.util.List;

/**
 * Words of real county budget tables (绩效目标表, 自评表): project subjects, activities, things
 * counted, budget units and goal sentences. The generator combines them, so the text has the
 * character mix of published tables (mostly ideographs, IME punctuation, a few ASCII digits).
 */
final class Vocabulary {
  private Vocabulary() {}

  static final List<String> SUBJECTS = List.of(
      "农村饮水安全", "城乡环境卫生", "义务教育薄弱环节改善", "基层医疗卫生服务", "农村公路养护", "森林防火",
      "网络宣传", "社区居家养老服务", "高标准农田建设", "文化惠民演出", "河道综合治理", "困难群众救助",
      "食品安全监管", "退役军人服务保障", "乡村振兴衔接", "学生营养改善", "公共法律服务", "安全生产监管",
      "农业技术推广", "体育健身设施", "防汛抗旱", "市场主体培育", "地质灾害防治", "疫病防控");
  static final List<String> ACTIONS = List.of("建设", "运行维护", "专项", "能力提升", "补助", "购买服务", "改造");
  static final List<String> SUFFIXES = List.of("经费", "资金", "项目经费", "补助资金");

  static final List<String> UNITS_OF_BUDGET = List.of(
      "县教育局本级", "县卫生健康局本级", "县农业农村局本级", "县水务局本级", "县民政局本级", "县文化广电和旅游局本级",
      "县交通运输局本级", "县自然资源和规划局本级", "县市场监督管理局本级", "中共乐亭县委网络安全和信息化委员会办公室本级");

  /** Things counted by 数量指标 rows, each with its unit word. */
  static final List<String[]> COUNTED = List.of(
      new String[] {"组织开展宣传活动次数", "场"}, new String[] {"培训人次", "人次"}, new String[] {"维修水井数量", "眼"},
      new String[] {"改造校舍面积", "平方米"}, new String[] {"养护道路里程", "公里"}, new String[] {"发放补助户数", "户"},
      new String[] {"购置设备数量", "台"}, new String[] {"覆盖行政村数量", "个"}, new String[] {"巡查检查次数", "次"},
      new String[] {"受益学生人数", "人"}, new String[] {"建设站点数量", "处"}, new String[] {"印发宣传资料份数", "份"},
      new String[] {"完成抽检批次", "批"}, new String[] {"新增绿化面积", "亩"});

  static final List<String> RATES = List.of(
      "培训合格率", "验收合格率", "项目完成率", "资料归档率", "设施完好率", "问题整改率", "资金拨付准确率",
      "监测覆盖率", "抽检合格率", "政策知晓率", "信息公开率", "按时办结率");

  static final List<String> DEADLINES = List.of("项目完工时间", "资金拨付时限", "验收完成时间", "设备安装完成时间");

  static final List<String> QUALITATIVE_TIMING = List.of("随机考核工作完成时限", "报送信息时间", "问题整改时效");
  static final List<String> TIMING_WORDS = List.of("及时完成", "及时报送", "按期完成");

  static final List<String> SOCIAL = List.of(
      "群众生活条件", "社会治理水平", "公共服务均等化水平", "群众安全感", "构建清朗网络空间，提高社会治理");
  static final List<String> SUSTAINABLE = List.of("长效管护机制", "设施持续发挥作用", "增强影响力", "服务能力持续提升");
  static final List<String> TREND_WORDS = List.of("不断增强", "有效提升", "持续改善", "明显提高", "长期");
  static final List<String> QUOTED_GOALS = List.of("保持清朗", "保持稳定", "稳步提高", "逐步完善");

  static final List<String> REASONS = List.of(
      "宣传覆盖面不足，下年度扩大合作媒体范围", "个别群众对办理时效不满意", "受汛期影响工期延后",
      "政府采购流程较长，资金支付滞后", "部分乡镇配套资金未及时到位");
  static final List<String> REASON_CATEGORIES = List.of("经费", "制度", "人员", "硬件", "其他");

  static final List<String> GOAL_SENTENCES = List.of(
      "通过项目实施，改善群众生产生活条件，提升公共服务水平。",
      "加强资金监管，确保专款专用，提高财政资金使用效益。",
      "按照年度工作计划，保质保量完成各项建设任务。",
      "建立健全长效管护机制，确保设施正常运行、持续发挥效益。",
      "组织业务培训，提高工作人员业务能力和服务水平。",
      "加强宣传引导，提高政策知晓率和群众满意度。");
}
