package dev.perf.dsl;

import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Rule;
import dev.perf.model.diagnostic.Severity;

/**
 * Every diagnostic the parser and model builder report. IDs are stable: E0xx are syntax errors,
 * E1xx/W1xx are errors and warnings found while building the model. docs/language.md lists them.
 */
public enum DslRule implements Rule {
  SYNTAX("PERF-E001", Severity.ERROR, "语法错误", "syntax error"),
  UNTERMINATED_STRING("PERF-E002", Severity.ERROR, "字符串缺少结束引号", "unterminated string"),
  UNTERMINATED_BLOCK_STRING("PERF-E003", Severity.ERROR, "多行文本缺少结束的 \"\"\"", "unterminated block string"),
  UNEXPECTED_CHARACTER("PERF-E004", Severity.ERROR, "无法识别的字符", "unexpected character"),
  MISSING_COLON("PERF-E005", Severity.ERROR, "指标名称后缺少冒号", "missing colon after an indicator name"),
  UNCLOSED_BRACE("PERF-E006", Severity.ERROR, "缺少右花括号 }", "unclosed brace"),
  UNEXPECTED_CLOSING_BRACE("PERF-E007", Severity.ERROR, "多余的右花括号 }", "unexpected closing brace"),
  TOO_MANY_ERRORS("PERF-E008", Severity.ERROR, "错误过多，停止分析", "too many errors"),
  INPUT_TOO_LARGE("PERF-E009", Severity.ERROR, "文件过大", "input too large"),
  NESTING_TOO_DEEP("PERF-E010", Severity.ERROR, "嵌套过深", "nesting too deep"),
  FULLWIDTH_DIGITS("PERF-E011", Severity.ERROR, "使用了全角数字", "full-width digits"),
  MISTYPED_OPERATOR("PERF-E012", Severity.ERROR, "比较符号写法有误", "mistyped comparison operator"),
  UNKNOWN_KEYWORD("PERF-E013", Severity.ERROR, "无法识别的关键字", "unknown keyword"),
  MISSING_VALUE("PERF-E014", Severity.ERROR, "缺少指标值", "missing target value"),
  NAME_NEEDS_QUOTES("PERF-E015", Severity.ERROR, "含标点的名称需要加引号", "a name with punctuation needs quotes"),
  NOT_UTF8("PERF-E016", Severity.ERROR, "文件不是 UTF-8 编码", "file is not UTF-8"),
  INVALID_DATE("PERF-E101", Severity.ERROR, "日期无效", "invalid date"),
  UNKNOWN_MONEY_UNIT("PERF-E102", Severity.ERROR, "无法识别的金额单位", "unknown money unit"),
  AMOUNT_UNIT_MISMATCH("PERF-E103", Severity.ERROR, "金额单位与表格不一致", "amount unit differs from the table's"),
  MISPLACED_STATEMENT("PERF-E104", Severity.ERROR, "此处不能使用该语句", "statement not allowed here"),
  DUPLICATE_STATEMENT("PERF-E105", Severity.ERROR, "语句重复", "duplicate statement"),
  INVALID_YEAR("PERF-E106", Severity.ERROR, "年度无效", "invalid year"),
  UNKNOWN_FRAMEWORK("PERF-E107", Severity.ERROR, "无法识别的指标框架", "unknown indicator framework"),
  RANGE_REVERSED("PERF-E108", Severity.ERROR, "区间下限大于上限", "range low above high"),
  RANGE_UNITS("PERF-E109", Severity.ERROR, "区间两端单位不一致", "range ends in different units"),
  COMPARATOR_ON_TEXT("PERF-E110", Severity.ERROR, "比较符号不能用于文字指标值", "comparison operator on a qualitative value"),
  DATE_COMPARATOR("PERF-E111", Severity.ERROR, "日期指标值只能用 ≤ 表示截止时间", "a date target takes only ≤"),
  PLAN_PERCENT("PERF-E112", Severity.ERROR, "支出进度缺少 %", "spending plan point without %"),
  PLAN_DATE("PERF-E113", Severity.ERROR, "支出计划日期无效", "invalid spending plan date"),
  CATEGORY_LEVEL("PERF-E114", Severity.ERROR, "指标层级有误", "indicator at the wrong level"),
  UNKNOWN_GRADE("PERF-E116", Severity.ERROR, "无法识别的完成情况", "unknown grade"),
  UNKNOWN_POSSIBILITY("PERF-E117", Severity.ERROR, "无法识别的完成可能性", "unknown possibility"),
  MISPLACED_OPTION("PERF-E118", Severity.ERROR, "此处不能使用该项", "option not allowed here"),
  DUPLICATE_OPTION("PERF-E119", Severity.ERROR, "选项重复", "duplicate option"),
  UNKNOWN_REASON_CATEGORY("PERF-E121", Severity.ERROR, "无法识别的偏差原因类别", "unknown deviation reason category"),
  RATE_ON_TEXT("PERF-E122", Severity.ERROR, "文字后不能跟数值", "a number after a qualitative word"),
  EMPTY_TEXT("PERF-E125", Severity.ERROR, "文本为空", "empty text"),
  ACTUAL_OPERATOR("PERF-E126", Severity.ERROR, "实际完成值不能带比较符号或区间", "an actual takes no operator or range"),
  UNKNOWN_UNIT("PERF-W101", Severity.WARNING, "单位可能拼写有误", "unit may be misspelt"),
  UNKNOWN_FUNDING_SOURCE("PERF-W102", Severity.WARNING, "资金来源名称可能拼写有误", "funding source may be misspelt"),
  EMPTY_CATEGORY("PERF-W103", Severity.WARNING, "指标类别为空", "empty category");

  private final String id;
  private final Severity severity;
  private final Message title;

  DslRule(String id, Severity severity, String zh, String en) {
    this.id = id;
    this.severity = severity;
    this.title = Message.of(zh, en);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public Message title() {
    return title;
  }
}
