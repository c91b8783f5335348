package dev.perf.dsl.build;

import static dev.perf.dsl.grammar.PerfBaseParser.*;

import dev.perf.dsl.DslRule;
import dev.perf.dsl.grammar.PerfBaseLexer;
import dev.perf.dsl.grammar.PerfBaseParserBaseVisitor;
import dev.perf.dsl.syntax.TokenNode;
import dev.perf.dsl.lex.Keyword;
import dev.perf.dsl.lex.TokenSpans;
import dev.perf.model.Budget;
import dev.perf.model.BudgetUnit;
import dev.perf.model.Category;
import dev.perf.model.Department;
import dev.perf.model.Document;
import dev.perf.model.DocumentItem;
import dev.perf.model.Framework;
import dev.perf.model.FundingSource;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.MoneyUnit;
import dev.perf.model.Monitoring;
import dev.perf.model.PlanPoint;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.SpendingPlan;
import dev.perf.model.SubCategory;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.DidYouMean;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.DeviationReason;
import dev.perf.model.monitoring.MonitoringRow;
import dev.perf.model.monitoring.Possibility;
import dev.perf.model.monitoring.ReasonCategory;
import dev.perf.model.quantity.Unit;
import dev.perf.model.source.SourceMap;
import dev.perf.model.source.SourceSpan;
import dev.perf.model.target.Target;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import dev.perf.dsl.grammar.PerfBaseParser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the immutable model from a parse tree, reporting every semantic mistake (a misplaced
 * statement, an impossible date, a comparator on words …) as a diagnostic with its span.
 */
public final class ModelBuilder {
  private final BuildContext bc;
  private final ValueReader values;
  private final Meanings meanings;

  private final ItemVisitor items = new ItemVisitor();
  private final List<DocumentItem> built = new ArrayList<>();

  private ModelBuilder(TokenSpans spans, int expectedTokens) {
    this.bc = new BuildContext(spans, expectedTokens);
    this.values = new ValueReader(bc);
    this.meanings = new Meanings(bc);
  }

  /** The outcome of building: the document, where its nodes came from, and what went wrong. */
  public record Built(Document document, SourceMap sourceMap, List<Diagnostic> diagnostics) {}

  /**
   * Builds the document. {@code tolerant} is set when the tree has syntax errors: then a part that
   * cannot be built is dropped (its error is already reported) rather than failing the whole file.
   */
  public static Built build(DocumentContext tree, int tokens, TokenSpans spans, boolean tolerant) {
    ModelBuilder b = start(spans, tokens);
    for (ItemContext item : tree.item()) {
      try {
        b.add(item);
      } catch (RuntimeException e) {
        if (!tolerant) {
          throw e;
        }
      }
    }
    return b.finish();
  }

  /**
   * A builder that takes the items of a document one at a time, so that a caller parsing item by item
   * can drop each parse tree as soon as it is built (see {@code PerfParser}). {@code expectedTokens}
   * sizes the source map.
   */
  public static ModelBuilder start(TokenSpans spans, int expectedTokens) {
    return new ModelBuilder(spans, expectedTokens);
  }

  /** Builds one item of a syntactically valid document. */
  public void add(ItemContext item) {
    item(item).ifPresent(built::add);
  }

  /** The document of every item added, with its source map and diagnostics. */
  public Built finish() {
    return new Built(new Document(built), bc.sourceMap.build(), List.copyOf(bc.diagnostics));
  }

  private Optional<DocumentItem> item(ItemContext ctx) {
    Optional<DocumentItem> item = ctx.accept(items);
    return item == null ? Optional.empty() : item;
  }

  /** One method per kind of top-level block. */
  private final class ItemVisitor extends PerfBaseParserBaseVisitor<Optional<DocumentItem>> {
    @Override
    public Optional<DocumentItem> visitDepartmentItem(DepartmentItemContext ctx) {
      return department(ctx);
    }

    @Override
    public Optional<DocumentItem> visitProjectItem(ProjectItemContext ctx) {
      return project(ctx);
    }

    @Override
    public Optional<DocumentItem> visitSelfEvaluationItem(SelfEvaluationItemContext ctx) {
      return selfEvaluation(ctx);
    }

    @Override
    public Optional<DocumentItem> visitMonitoringItem(MonitoringItemContext ctx) {
      return monitoring(ctx);
    }
  }

  // ---- items -------------------------------------------------------------------------------

  private Optional<DocumentItem> department(DepartmentItemContext ctx) {
    Draft d = statements(ctx.block(), ItemKind.DEPARTMENT);
    Optional<String> code = code(ctx.code());
    Optional<String> name = name(ctx.name());
    if (code.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    Department dept = new Department(code.get(), name.get(), d.year, d.moneyUnit, d.overallGoal,
        d.subGoals, d.measures, d.budget, d.indicators);
    record(dept, ctx, d);
    return Optional.of(dept);
  }

  private Optional<DocumentItem> project(ProjectItemContext ctx) {
    Draft d = statements(ctx.block(), ItemKind.PROJECT);
    Optional<String> code = code(ctx.code());
    Optional<String> name = name(ctx.name());
    if (code.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    Project p = new Project(code.get(), name.get(), d.unit, d.year, d.moneyUnit, d.budget, d.purpose, d.plan,
        d.goals, d.indicators);
    record(p, ctx, d);
    return Optional.of(p);
  }

  private Optional<DocumentItem> selfEvaluation(SelfEvaluationItemContext ctx) {
    Draft d = statements(ctx.block(), ItemKind.SELF_EVALUATION);
    Optional<String> code = code(ctx.code());
    if (code.isEmpty()) {
      return Optional.empty();
    }
    SelfEvaluation e = new SelfEvaluation(code.get(), d.initialBudget, d.annualBudget, d.adjustedBudget, d.spent,
        d.spentPoints, d.spentScore, d.spentReason, d.total, d.actualRows);
    record(e, ctx, d);
    return Optional.of(e);
  }

  private Optional<DocumentItem> monitoring(MonitoringItemContext ctx) {
    Draft d = statements(ctx.block(), ItemKind.MONITORING);
    Optional<String> code = code(ctx.code());
    Optional<LocalDate> asOf = ctx.date() == null ? Optional.empty() : Literals.date(ctx.date().getStart());
    if (ctx.date() != null && asOf.isEmpty() && ctx.date().getStart().getTokenIndex() >= 0) {
      bc.report(DslRule.INVALID_DATE, bc.span(ctx.date()), "日期“" + ctx.date().getText() + "”不存在",
          "the date '" + ctx.date().getText() + "' does not exist", "检查月份和日期，例如 2025-07-31",
          "check the month and day, e.g. 2025-07-31");
    }
    if (code.isEmpty() || asOf.isEmpty()) {
      return Optional.empty();
    }
    Monitoring m = new Monitoring(code.get(), asOf.get(), d.spent, d.monitoringRows);
    record(m, ctx, d);
    return Optional.of(m);
  }

  private void record(Object node, ParserRuleContext ctx, Draft d) {
    bc.put(node, ctx);
    d.spans.forEach((property, span) -> bc.sourceMap.put(node, property, span));
  }

  // ---- statements --------------------------------------------------------------------------

  /** Everything a block can state; each item kind takes the fields it has. */
  private static final class Draft {
    final Map<String, SourceSpan> spans = new HashMap<>();
    /** The statement that first gave each keyword, for "given twice" messages. */
    final Map<Keyword, StatementContext> seen = new EnumMap<>(Keyword.class);
    Optional<BudgetUnit> unit = Optional.empty();
    Optional<Year> year = Optional.empty();
    Optional<MoneyUnit> moneyUnit = Optional.empty();
    Optional<String> overallGoal = Optional.empty();
    List<String> subGoals = List.of();
    List<String> measures = List.of();
    Optional<Budget> budget = Optional.empty();
    Optional<String> purpose = Optional.empty();
    Optional<SpendingPlan> plan = Optional.empty();
    List<String> goals = List.of();
    Optional<IndicatorTable> indicators = Optional.empty();
    Optional<BigDecimal> initialBudget = Optional.empty();
    Optional<BigDecimal> annualBudget = Optional.empty();
    Optional<BigDecimal> adjustedBudget = Optional.empty();
    Optional<BigDecimal> spent = Optional.empty();
    Optional<BigDecimal> spentPoints = Optional.empty();
    Optional<BigDecimal> spentScore = Optional.empty();
    Optional<DeviationReason> spentReason = Optional.empty();
    Optional<BigDecimal> total = Optional.empty();
    final List<ActualRow> actualRows = new ArrayList<>();
    final List<MonitoringRow> monitoringRows = new ArrayList<>();
  }

  private Draft statements(BlockContext block, ItemKind kind) {
    Draft d = new Draft();
    if (block == null) {
      return d;
    }
    Token end = closing(block, PerfBaseParser.RBRACE);
    if (end != null) {
      d.spans.put("end", bc.span(end));
    }
    List<StatementContext> statements = block.statement();
    StatementVisitor visitor = null;
    // The money unit first: amounts anywhere in the block are read in it.
    for (StatementContext s : statements) {
      if (s instanceof MoneyUnitStatementContext m && accepts(kind, Keyword.MONEY_UNIT, s, d)) {
        moneyUnit(m, d);
      }
    }
    for (StatementContext s : statements) {
      if (s instanceof MoneyUnitStatementContext) {
        continue;
      }
      if (s instanceof RowStatementContext r) {
        if (!kind.acceptsRows() && r.row().COLON() == null) {
          missingColon(r.row());
          continue;
        }
        if (!kind.acceptsRows()) {
          bc.report(DslRule.MISPLACED_STATEMENT, bc.span(r),
              kind.zh + "中的指标应写在“指标 { … }”里", "indicators of a " + kind.en + " belong inside 'indicators { … }'",
              "把这一行移到 指标 { 一级指标 { 二级指标 { … } } } 中",
              "move this row into 指标 { first-level { second-level { … } } }");
          continue;
        }
        row(r.row(), kind, d);
        continue;
      }
      Keyword k = keywordOf(s);
      if (k == null || !accepts(kind, k, s, d)) {
        continue;
      }
      if (visitor == null) {
        visitor = new StatementVisitor(d);
      }
      s.accept(visitor);
    }
    return d;
  }

  private static Keyword keywordOf(StatementContext s) {
    Token first = s.getStart();
    return Keyword.fromTokenType(first.getType()).orElse(null);
  }

  private boolean accepts(ItemKind kind, Keyword k, StatementContext s, Draft d) {
    if (!kind.accepts(k)) {
      String where = whereAllowed(k);
      bc.report(DslRule.MISPLACED_STATEMENT, bc.span(s.getStart()),
          "“" + k.chinese() + "”不能用在" + kind.zh + "中", "'" + k.chinese() + "' is not allowed in a " + kind.en,
          "“" + k.chinese() + "”用于" + where.split("\\|")[0], "'" + k.chinese() + "' belongs in " + where.split("\\|")[1]);
      return false;
    }
    StatementContext firstStatement = d.seen.putIfAbsent(k, s);
    if (firstStatement != null) {
      SourceSpan first = bc.span(firstStatement);
      bc.add(Diagnostic.of(DslRule.DUPLICATE_STATEMENT, Message.of("“" + k.chinese() + "”重复出现",
              "'" + k.chinese() + "' is given twice"), bc.span(s.getStart()))
          .withHint(Message.of("删除其中一个", "keep only one"))
          .withRelated(first, Message.of("第一次出现在这里", "first given here")));
      return false;
    }
    return true;
  }

  private static String whereAllowed(Keyword k) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (ItemKind kind : ItemKind.values()) {
      if (kind.accepts(k)) {
        zh.add(kind.zh);
        en.add(kind.en);
      }
    }
    return String.join("、", zh) + "|" + String.join(", ", en);
  }

  /**
   * Fills a draft from the statements of a block, one method per statement alternative. The money
   * unit is read before the others (amounts are read in it) and rows are read by the caller.
   */
  private final class StatementVisitor extends PerfBaseParserBaseVisitor<Void> {
    private final Draft d;

    StatementVisitor(Draft d) {
      this.d = d;
    }

    @Override
    public Void visitUnitStatement(UnitStatementContext u) {
      Optional<String> code = code(u.code());
      if (code.isPresent()) {
        d.unit = Optional.of(new BudgetUnit(code.get(), u.name() == null ? Optional.empty() : name(u.name())));
        d.spans.put("unit", bc.span(u));
      }
      return null;
    }

    @Override
    public Void visitYearStatement(YearStatementContext y) {
      BigDecimal v = Numbers.of(y.NUMBER());
      if (!Numbers.present(y.NUMBER())) {
        return null;
      }
      if (v.scale() > 0 || v.compareTo(BigDecimal.valueOf(dev.perf.model.Require.MIN_YEAR)) < 0
          || v.compareTo(BigDecimal.valueOf(dev.perf.model.Require.MAX_YEAR)) > 0) {
        bc.report(DslRule.INVALID_YEAR, bc.span(y.NUMBER().getSymbol()), "年度“" + y.NUMBER().getText() + "”无效",
            "'" + y.NUMBER().getText() + "' is not a valid year", "写四位年份，例如 年度 2025", "write a four-digit year, e.g. 年度 2025");
      } else {
        d.year = Optional.of(Year.of(v.intValueExact()));
        d.spans.put("year", bc.span(y));
      }
      return null;
    }

    @Override
    public Void visitMoneyUnitStatement(MoneyUnitStatementContext m) {
      return null; // read first, by statements()
    }

    @Override
    public Void visitOverallGoalStatement(OverallGoalStatementContext g) {
      d.overallGoal = text(g.text());
      d.spans.put("overallGoal", bc.span(g));
      return null;
    }

    @Override
    public Void visitSubGoalsStatement(SubGoalsStatementContext g) {
      d.subGoals = texts(g.textList(), "subGoals", d);
      d.spans.put("subGoals", bc.span(g));
      return null;
    }

    @Override
    public Void visitMeasuresStatement(MeasuresStatementContext g) {
      d.measures = texts(g.textList(), "measures", d);
      d.spans.put("measures", bc.span(g));
      return null;
    }

    @Override
    public Void visitBudgetStatement(BudgetStatementContext b) {
      d.budget = Optional.of(budget(b, d));
      d.spans.put("budget", bc.span(b));
      return null;
    }

    @Override
    public Void visitPurposeStatement(PurposeStatementContext p) {
      d.purpose = text(p.text());
      d.spans.put("purpose", bc.span(p));
      return null;
    }

    @Override
    public Void visitPlanStatement(PlanStatementContext p) {
      d.plan = Optional.of(plan(p));
      d.spans.put("plan", bc.span(p));
      return null;
    }

    @Override
    public Void visitGoalsStatement(GoalsStatementContext g) {
      d.goals = texts(g.textList(), "goals", d);
      d.spans.put("goals", bc.span(g));
      return null;
    }

    @Override
    public Void visitIndicatorsStatement(IndicatorsStatementContext i) {
      d.indicators = Optional.of(table(i));
      d.spans.put("indicators", bc.span(i));
      return null;
    }

    @Override
    public Void visitBudgetFieldStatement(BudgetFieldStatementContext f) {
      Optional<BigDecimal> amount = Optional.of(amount(f.amount(), d));
      SourceSpan span = bc.span(f);
      switch (f.budgetField().getStart().getType()) {
        case PerfBaseLexer.K_INITIAL_BUDGET -> {
          d.initialBudget = amount;
          d.spans.put("initialBudget", span);
        }
        case PerfBaseLexer.K_ANNUAL_BUDGET -> {
          d.annualBudget = amount;
          d.spans.put("annualBudget", span);
        }
        default -> {
          d.adjustedBudget = amount;
          d.spans.put("adjustedBudget", span);
        }
      }
      return null;
    }

    @Override
    public Void visitSpentStatement(SpentStatementContext sp) {
      d.spent = Optional.of(amount(sp.amount(), d));
      d.spans.put("spent", bc.span(sp));
      RowOptions o = options(sp.rowOption(), isMonitoring(sp) ? ItemKind.MONITORING : ItemKind.SELF_EVALUATION, true);
      d.spentPoints = o.points;
      d.spentScore = o.score;
      d.spentReason = o.reason;
      return null;
    }

    @Override
    public Void visitTotalStatement(TotalStatementContext t) {
      d.total = Optional.of(Numbers.of(t.NUMBER()));
      d.spans.put("total", bc.span(t));
      return null;
    }

    @Override
    public Void visitRowStatement(RowStatementContext r) {
      return null; // rows are read by statements(), which knows the block's kind
    }
  }

  private static boolean isMonitoring(ParserRuleContext s) {
    ParserRuleContext p = s.getParent();
    while (p != null && !(p instanceof ItemContext)) {
      p = p.getParent();
    }
    return p instanceof MonitoringItemContext;
  }

  private void moneyUnit(MoneyUnitStatementContext m, Draft d) {
    if (m.WORD() == null || !Numbers.present(m.WORD())) {
      return;
    }
    String word = m.WORD().getText();
    Optional<MoneyUnit> unit = MoneyUnit.fromSymbol(word);
    if (unit.isEmpty()) {
      List<String> names = java.util.Arrays.stream(MoneyUnit.values()).map(MoneyUnit::symbol).toList();
      String guess = DidYouMean.closest(word, names).orElse("万元");
      bc.report(DslRule.UNKNOWN_MONEY_UNIT, bc.span(m.WORD().getSymbol()), "“" + word + "”不是金额单位",
          "'" + word + "' is not a money unit", "金额单位可以是 元、千元、万元、亿元；是否想写“" + guess + "”？",
          "a money unit is 元, 千元, 万元 or 亿元; did you mean '" + guess + "'?");
      return;
    }
    d.moneyUnit = unit;
    d.spans.put("moneyUnit", bc.span(m));
  }

  private BigDecimal amount(AmountContext a, Draft d) {
    BigDecimal value = Numbers.of(a.NUMBER());
    if (a.unit() != null && Numbers.present(a.NUMBER())) {
      Unit unit = Units.read(a.unit(), bc);
      MoneyUnit table = d.moneyUnit.orElse(MoneyUnit.DEFAULT);
      if (!unit.equals(table.unit())) {
        bc.report(DslRule.AMOUNT_UNIT_MISMATCH, bc.span(a.unit()),
            "金额单位是" + table.symbol() + "，这里写了“" + unit.symbol() + "”",
            "the table's money unit is " + table.symbol() + " but this amount says '" + unit.symbol() + "'",
            "只写数字（按" + table.symbol() + "），或修改“金额单位”",
            "write the number alone (in " + table.symbol() + "), or change 金额单位");
      }
    }
    return value;
  }

  private Budget budget(BudgetStatementContext b, Draft d) {
    BigDecimal total = amount(b.amount(), d);
    List<FundingSource> sources = new ArrayList<>();
    if (b.fundingSources() != null) {
      for (FundingSourceContext f : b.fundingSources().fundingSource()) {
        Optional<String> name = name(f.name());
        if (name.isEmpty()) {
          continue;
        }
        if (f.name().WORD() != null && !FundingSource.KNOWN_NAMES.contains(name.get())) {
          String n = name.get();
          DidYouMean.closest(n, FundingSource.KNOWN_NAMES).ifPresent(g -> bc.report(DslRule.UNKNOWN_FUNDING_SOURCE,
              bc.span(f.name()), "资金来源“" + n + "”可能拼写有误", "the funding source '" + n + "' may be misspelt",
              "是否想写“" + g + "”？其他名称请加引号，例如 \"" + n + "\"",
              "did you mean '" + g + "'? Quote any other name, e.g. \"" + n + "\""));
        }
        FundingSource fs = new FundingSource(name.get(), amount(f.amount(), d));
        sources.add(fs);
        bc.put(fs, f);
      }
    }
    Budget budget = new Budget(total, sources);
    bc.put(budget, b);
    return budget;
  }

  private SpendingPlan plan(PlanStatementContext p) {
    List<PlanPoint> points = new ArrayList<>();
    for (PlanPointContext pc : p.planPoint()) {
      Optional<MonthDay> at = planDate(pc.planDate());
      BigDecimal percent = Numbers.of(pc.NUMBER());
      if (pc.PERCENT() == null && Numbers.present(pc.NUMBER())) {
        bc.report(DslRule.PLAN_PERCENT, bc.span(pc.NUMBER().getSymbol()), "支出进度“" + pc.NUMBER().getText() + "”缺少 %",
            "the spending plan point '" + pc.NUMBER().getText() + "' has no %",
            "写作 " + pc.NUMBER().getText() + "%", "write " + pc.NUMBER().getText() + "%");
      }
      if (at.isPresent()) {
        PlanPoint point = new PlanPoint(at.get(), percent);
        points.add(point);
        bc.put(point, pc);
      }
    }
    SpendingPlan plan = new SpendingPlan(points);
    bc.put(plan, p);
    return plan;
  }

  private Optional<MonthDay> planDate(PlanDateContext ctx) {
    if (ctx == null || ctx.getStart().getTokenIndex() < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(ctx.accept(PLAN_DATES));
    } catch (DateTimeException | NumberFormatException e) {
      bc.report(DslRule.PLAN_DATE, bc.span(ctx), "“" + ctx.getText() + "”不是有效的日期", "'" + ctx.getText() + "' is not a valid date",
          "写作 3月底（1–12 月）、03-31 或 一季度、上半年、年底", "write 3月底 (months 1–12), 03-31, or 一季度, 上半年, 年底");
      return Optional.empty();
    }
  }

  /** The day a spending-plan point stands for; throws DateTimeException for a day that does not exist. */
  private static final PerfBaseParserBaseVisitor<MonthDay> PLAN_DATES = new PerfBaseParserBaseVisitor<>() {
    @Override
    public MonthDay visitMonthEndDate(MonthEndDateContext ctx) {
      String text = ctx.getStart().getText(); // one token: 3月底, 12 月末
      int digits = 0;
      while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
        digits++;
      }
      java.time.Month m = java.time.Month.of(Integer.parseInt(text, 0, digits, 10));
      return MonthDay.of(m, m.maxLength());
    }

    @Override
    public MonthDay visitMonthDayDate(MonthDayDateContext ctx) {
      String text = ctx.getStart().getText(); // one token: dd-dd
      return MonthDay.of(Integer.parseInt(text, 0, 2, 10), Integer.parseInt(text, 3, 5, 10));
    }

    @Override
    public MonthDay visitPeriodEndDate(PeriodEndDateContext ctx) {
      return PeriodWords.end(ctx.getText()).orElseThrow(() -> new DateTimeException(ctx.getText()));
    }
  };

  // ---- indicator tables --------------------------------------------------------------------

  private IndicatorTable table(IndicatorsStatementContext ctx) {
    TableOptionVisitor options = new TableOptionVisitor();
    ctx.tableOption().forEach(o -> o.accept(options));
    Optional<Framework> framework = options.framework;
    Optional<String> basis = options.basis;
    List<Category> categories = new ArrayList<>();
    for (CategoryContext c : ctx.category()) {
      firstLevel(c).ifPresent(categories::add);
    }
    IndicatorTable table = new IndicatorTable(framework, basis, categories);
    bc.put(table, ctx);
    Token end = closing(ctx, PerfBaseParser.RBRACE);
    if (end != null) {
      bc.put(table, "end", end);
    }
    return table;
  }

  /** The options between 指标 and its brace: 依据 and 框架. */
  private final class TableOptionVisitor extends PerfBaseParserBaseVisitor<Void> {
    Optional<Framework> framework = Optional.empty();
    Optional<String> basis = Optional.empty();

    @Override
    public Void visitTableBasisOption(TableBasisOptionContext b) {
      basis = text(b.text());
      return null;
    }

    @Override
    public Void visitFrameworkOption(FrameworkOptionContext f) {
      if (!Numbers.present(f.NUMBER())) {
        return null;
      }
      String year = f.NUMBER().getText();
      framework = year.matches("\\d{4}") ? Framework.ofYear(Integer.parseInt(year)) : Optional.empty();
      if (framework.isEmpty()) {
        bc.report(DslRule.UNKNOWN_FRAMEWORK, bc.span(f.NUMBER().getSymbol()), "没有“" + year + "”指标框架",
            "there is no indicator framework '" + year + "'",
            "写 框架 2020（财预〔2020〕10号）或 框架 2021（财预〔2021〕101号）",
            "write 框架 2020 (财预〔2020〕10号) or 框架 2021 (财预〔2021〕101号)");
      }
      return null;
    }
  }

  private Optional<Category> firstLevel(CategoryContext c) {
    Optional<String> name = name(c.name());
    for (RowContext r : c.row()) {
      bc.report(DslRule.CATEGORY_LEVEL, bc.span(r), "指标直接写在一级指标“" + name.orElse("") + "”下",
          "an indicator stands directly under the first-level category '" + name.orElse("") + "'",
          "把它放进二级指标中，例如 数量指标 { … }", "put it inside a second-level category, e.g. 数量指标 { … }");
    }
    List<SubCategory> subs = new ArrayList<>();
    for (CategoryContext sc : c.category()) {
      secondLevel(sc).ifPresent(subs::add);
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Category category = new Category(name.get(), points(c), subs);
    bc.put(category, c);
    endOf(category, c);
    return Optional.of(category);
  }

  private Optional<SubCategory> secondLevel(CategoryContext c) {
    Optional<String> name = name(c.name());
    for (CategoryContext deeper : c.category()) {
      bc.report(DslRule.CATEGORY_LEVEL, bc.span(deeper.getStart()), "指标表只有三级，“" + deeper.name().getText() + "”多了一层",
          "an indicator table has three levels; '" + deeper.name().getText() + "' adds a fourth",
          "把其中的指标直接写在二级指标“" + name.orElse("") + "”中",
          "write its indicators directly in the second-level category '" + name.orElse("") + "'");
    }
    // One pass over the children: a category holds many rows.
    List<Indicator> indicators = new ArrayList<>(c.getChildCount());
    boolean empty = true;
    for (int i = 0; i < c.getChildCount(); i++) {
      if (c.getChild(i) instanceof RowContext r) {
        Optional<Indicator> indicator = indicator(r);
        if (indicator.isPresent()) {
          indicators.add(indicator.get());
        }
        empty = false;
      } else if (c.getChild(i) instanceof CategoryContext) {
        empty = false;
      }
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (empty) {
      bc.report(DslRule.EMPTY_CATEGORY, bc.span(c.getStart()), "二级指标“" + name.get() + "”中没有指标",
          "the category '" + name.get() + "' has no indicators", "写出至少一个指标，或删去这个类别",
          "add an indicator or remove the category");
    }
    SubCategory sub = new SubCategory(name.get(), points(c), indicators);
    bc.put(sub, c);
    endOf(sub, c);
    return Optional.of(sub);
  }

  private void endOf(Object node, CategoryContext c) {
    Token end = closing(c, PerfBaseParser.RBRACE);
    if (end != null) {
      bc.put(node, "end", end);
    }
  }

  /**
   * The first token of {@code type} among the children of {@code ctx}, as {@code ctx.RBRACE()} would
   * find it. A rule parsed without an error ends with its closing token: then the last child is it,
   * and a category of many rows is not scanned from the start.
   */
  private static Token closing(ParserRuleContext ctx, int type) {
    int n = ctx.getChildCount();
    if (ctx.exception == null && n > 0 && ctx.getChild(n - 1) instanceof TokenNode last
        && last.getType() == type) {
      return last.getSymbol();
    }
    TerminalNode first = ctx.getToken(type, 0);
    return first == null ? null : first.getSymbol();
  }

  private Optional<BigDecimal> points(CategoryContext c) {
    // 分值 comes right after the name: name 分值 N { … }
    if (c.getChildCount() < 2 || !(c.getChild(1) instanceof TokenNode t)
        || t.getSymbol().getType() != PerfBaseParser.K_POINTS) {
      return c.K_POINTS() == null ? Optional.empty() : Optional.of(Numbers.of(c.NUMBER()));
    }
    return Optional.of(Numbers.of(c.NUMBER()));
  }

  private Optional<Indicator> indicator(RowContext r) {
    missingColon(r);
    NameContext nameCtx = r.name();
    ValueContext valueCtx = r.value();
    Optional<String> name = name(nameCtx);
    Optional<Target> target = valueCtx == null ? Optional.empty() : meanings.target(values.read(valueCtx));
    RowOptions o = options(r.rowOption(), null, false);
    if (name.isEmpty() || target.isEmpty()) {
      return Optional.empty();
    }
    Indicator indicator = new Indicator(name.get(), target.get(), o.description, o.basis, o.points);
    bc.put(indicator, r);
    bc.put(indicator, "target", valueCtx);
    bc.put(indicator, "name", nameCtx);
    putOptionSpans(indicator, o);
    return Optional.of(indicator);
  }

  // ---- rows of actuals ---------------------------------------------------------------------

  private void row(RowContext r, ItemKind kind, Draft d) {
    missingColon(r);
    NameContext nameCtx = r.name();
    ValueContext valueCtx = r.value();
    Optional<String> name = name(nameCtx);
    Optional<Actual> actual = valueCtx == null ? Optional.empty() : meanings.actual(values.read(valueCtx));
    RowOptions o = options(r.rowOption(), kind, false);
    if (name.isEmpty() || actual.isEmpty()) {
      return;
    }
    Object row;
    if (kind == ItemKind.SELF_EVALUATION) {
      ActualRow a = new ActualRow(name.get(), actual.get(), o.points, o.score, o.reason);
      d.actualRows.add(a);
      row = a;
    } else {
      MonitoringRow m = new MonitoringRow(name.get(), actual.get(), o.projected, o.possibility, o.reason);
      d.monitoringRows.add(m);
      row = m;
    }
    bc.put(row, r);
    bc.put(row, "value", valueCtx);
    bc.put(row, "name", nameCtx);
    putOptionSpans(row, o);
  }

  private void putOptionSpans(Object node, RowOptions o) {
    if (!o.spans.isEmpty()) {
      for (Map.Entry<String, SourceSpan> e : o.spans.entrySet()) {
        bc.sourceMap.put(node, e.getKey(), e.getValue());
      }
    }
  }

  /** The options that follow a row's value; {@code kind} is null for an indicator table row. */
  private static final RowOptions NO_OPTIONS = new RowOptions(); // only read

  private static final class RowOptions {
    Optional<String> description = Optional.empty();
    Optional<String> basis = Optional.empty();
    Optional<BigDecimal> points = Optional.empty();
    Optional<BigDecimal> score = Optional.empty();
    Optional<DeviationReason> reason = Optional.empty();
    Optional<Actual> projected = Optional.empty();
    Optional<Possibility> possibility = Optional.empty();
    /** Where each option was written; most rows have none, so the map is made on first use. */
    Map<String, SourceSpan> spans = Map.of();

    void span(String option, SourceSpan where) {
      if (spans.isEmpty()) {
        spans = new HashMap<>(4);
      }
      spans.put(option, where);
    }
  }

  private RowOptions options(List<RowOptionContext> list, ItemKind kind, boolean executionRow) {
    if (list.isEmpty()) {
      return NO_OPTIONS;
    }
    RowOptions o = new RowOptions();
    Map<Integer, SourceSpan> seen = new HashMap<>(4);
    for (RowOptionContext oc : list) {
      Token kw = oc.getStart();
      Keyword k = Keyword.fromTokenType(kw.getType()).orElseThrow();
      if (!optionAllowed(k, kind, executionRow)) {
        String where = kind == null ? "指标表的行" : kind.zh + (executionRow ? "的执行数" : "的行");
        String whereEn = kind == null ? "a row of an indicator table" : (executionRow ? "the spending line of a " : "a row of a ") + kind.en;
        bc.report(DslRule.MISPLACED_OPTION, bc.span(kw), "“" + k.chinese() + "”不能用于" + where,
            "'" + k.chinese() + "' cannot be used in " + whereEn, allowedOptionsZh(kind, executionRow),
            allowedOptionsEn(kind, executionRow));
        continue;
      }
      SourceSpan first = seen.putIfAbsent(kw.getType(), bc.span(kw));
      if (first != null) {
        bc.add(Diagnostic.of(DslRule.DUPLICATE_OPTION, Message.of("“" + k.chinese() + "”重复出现", "'" + k.chinese() + "' is given twice"),
            bc.span(kw)).withHint(Message.of("删除其中一个", "keep only one")).withRelated(first, Message.of("第一次出现在这里", "first given here")));
        continue;
      }
      oc.accept(new OptionVisitor(o));
    }
    return o;
  }

  /** Reads one row option into {@code o}; one method per option. */
  private final class OptionVisitor extends PerfBaseParserBaseVisitor<Void> {
    private final RowOptions o;

    OptionVisitor(RowOptions o) {
      this.o = o;
    }

    @Override
    public Void visitDescriptionOption(DescriptionOptionContext c) {
      o.description = text(c.text());
      o.span("description", bc.span(c));
      return null;
    }

    @Override
    public Void visitBasisOption(BasisOptionContext c) {
      o.basis = text(c.text());
      o.span("basis", bc.span(c));
      return null;
    }

    @Override
    public Void visitPointsOption(PointsOptionContext c) {
      o.points = Optional.of(Numbers.of(c.NUMBER()));
      o.span("points", bc.span(c));
      return null;
    }

    @Override
    public Void visitScoreOption(ScoreOptionContext c) {
      o.score = Optional.of(Numbers.of(c.NUMBER()));
      o.span("score", bc.span(c));
      return null;
    }

    @Override
    public Void visitReasonOption(ReasonOptionContext c) {
      o.reason = reason(c);
      o.span("reason", bc.span(c));
      return null;
    }

    @Override
    public Void visitProjectedOption(ProjectedOptionContext c) {
      o.projected = c.value() == null ? Optional.empty() : meanings.actual(values.read(c.value()));
      o.span("projected", bc.span(c));
      return null;
    }

    @Override
    public Void visitPossibilityOption(PossibilityOptionContext c) {
      o.possibility = possibility(c);
      o.span("possibility", bc.span(c));
      return null;
    }
  }

  private static boolean optionAllowed(Keyword k, ItemKind kind, boolean executionRow) {
    if (kind == null) {
      return k == Keyword.DESCRIPTION || k == Keyword.BASIS || k == Keyword.POINTS;
    }
    if (kind == ItemKind.SELF_EVALUATION) {
      return k == Keyword.POINTS || k == Keyword.SCORE || k == Keyword.REASON;
    }
    return !executionRow && (k == Keyword.PROJECTED || k == Keyword.POSSIBILITY || k == Keyword.REASON);
  }

  private static String allowedOptionsZh(ItemKind kind, boolean executionRow) {
    if (kind == null) {
      return "指标表的行可以写 描述、依据、分值";
    }
    if (kind == ItemKind.SELF_EVALUATION) {
      return "自评的行可以写 分值、得分、偏差原因";
    }
    return executionRow ? "监控的执行数后不跟其他项" : "监控的行可以写 预计、可能性、偏差原因";
  }

  private static String allowedOptionsEn(ItemKind kind, boolean executionRow) {
    if (kind == null) {
      return "a table row takes 描述 (description), 依据 (basis), 分值 (points)";
    }
    if (kind == ItemKind.SELF_EVALUATION) {
      return "a self-evaluation row takes 分值 (points), 得分 (score), 偏差原因 (reason)";
    }
    return executionRow ? "the spending line of a monitoring record takes no options"
        : "a monitoring row takes 预计 (projected), 可能性 (possibility), 偏差原因 (reason)";
  }

  private Optional<DeviationReason> reason(ReasonOptionContext c) {
    List<TextContext> parts = c.text();
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    TextContext first = parts.get(0);
    Optional<ReasonCategory> category = first.WORD() != null ? ReasonCategory.fromWord(first.getText()) : Optional.empty();
    if (parts.size() == 2) {
      if (category.isEmpty()) {
        List<String> names = java.util.Arrays.stream(ReasonCategory.values()).map(ReasonCategory::chinese).toList();
        String guess = DidYouMean.closest(first.getText(), names).map(g -> "是否想写“" + g + "”？").orElse("");
        bc.report(DslRule.UNKNOWN_REASON_CATEGORY, bc.span(first), "“" + first.getText() + "”不是偏差原因类别",
            "'" + first.getText() + "' is not a deviation reason category",
            guess + "类别可以是 经费、制度、人员、硬件、其他，后跟说明文字",
            "a category is 经费, 制度, 人员, 硬件 or 其他 (funding/policy/staff/hardware/other), followed by the explanation");
        return Optional.empty();
      }
      return text(parts.get(1)).map(t -> new DeviationReason(category, Optional.of(t)));
    }
    if (category.isPresent()) {
      return Optional.of(new DeviationReason(category, Optional.empty()));
    }
    return text(first).map(DeviationReason::of);
  }

  private Optional<Possibility> possibility(PossibilityOptionContext c) {
    if (!Numbers.present(c.WORD())) {
      return Optional.empty();
    }
    String word = c.WORD().getText();
    Optional<Possibility> p = Possibility.fromWord(word);
    if (p.isEmpty()) {
      List<String> all = new ArrayList<>();
      for (Possibility x : Possibility.values()) {
        all.addAll(x.spellings());
      }
      String guess = DidYouMean.closest(word, all).map(g -> "是否想写“" + g + "”？").orElse("");
      bc.report(DslRule.UNKNOWN_POSSIBILITY, bc.span(c.WORD().getSymbol()), "“" + word + "”不是完成可能性",
          "'" + word + "' is not a possibility of completion", guess + "写 确定能、有可能 或 完全不可能",
          "write 确定能, 有可能 or 完全不可能 (certain/possible/impossible)");
    }
    return p;
  }

  // ---- names and texts ---------------------------------------------------------------------

  private Optional<String> code(CodeContext c) {
    if (c == null || c.getStart().getTokenIndex() < 0) {
      return Optional.empty();
    }
    return nonBlank(Literals.text(c.getStart()), c, "编码", "code");
  }

  private Optional<String> name(NameContext c) {
    if (c == null || c.getStart().getTokenIndex() < 0) {
      return Optional.empty();
    }
    if (c.LPAREN() != null) {
      String whole = c.getStart().getInputStream().getText(
          org.antlr.v4.runtime.misc.Interval.of(c.getStart().getStartIndex(), c.getStop().getStopIndex()));
      bc.report(DslRule.NAME_NEEDS_QUOTES, bc.span(c), "名称“" + whole + "”含括号，需要加引号",
          "the name '" + whole + "' contains brackets and needs quotes",
          "写作 \"" + whole + "\"", "write \"" + whole + "\"");
      return Optional.of(whole);
    }
    return nonBlank(Literals.text(c.getStart()), c, "名称", "name");
  }

  /** Reports a row written without its colon: a misspelt keyword, a stray option, or a forgotten colon. */
  private void missingColon(RowContext r) {
    if (r.COLON() != null || r.name() == null || r.value() == null) {
      return;
    }
    String name = r.name().getText();
    SourceSpan at = bc.span(r.name());
    Optional<String> keyword = r.name().WORD() != null && r.name().LPAREN() == null
        ? DidYouMean.closest(name, Keyword.allSpellings()) : Optional.empty();
    org.antlr.v4.runtime.Token before = previousToken(r);
    boolean sameLineAsRow = before != null && before.getLine() == r.getStart().getLine()
        && before.getType() != PerfBaseLexer.LBRACE && before.getType() != PerfBaseLexer.COMMA
        && before.getType() != PerfBaseLexer.SEMI;
    if (keyword.isPresent()) {
      bc.report(DslRule.UNKNOWN_KEYWORD, at, "无法识别“" + name + "”", "'" + name + "' is not a keyword",
          "是否想写“" + keyword.get() + "”？", "did you mean '" + keyword.get() + "'?");
    } else if (sameLineAsRow) {
      bc.report(DslRule.UNKNOWN_KEYWORD, at, "“" + name + "”不是指标行的选项", "'" + name + "' is not an option of a row",
          "选项有 描述、依据、分值（自评：分值、得分、偏差原因；监控：预计、可能性、偏差原因）；若是新的一行，请换行并在名称后加冒号",
          "options are 描述, 依据, 分值 (self-evaluation: 分值, 得分, 偏差原因; monitoring: 预计, 可能性, 偏差原因); "
              + "for a new row, start a line and put a colon after the name");
    } else {
      bc.report(DslRule.MISSING_COLON, at, "“" + Literals.text(r.name().getStart()) + "”后缺少冒号",
          "missing colon after '" + Literals.text(r.name().getStart()) + "'",
          "写作 " + name + "：" + r.value().getText(), "write " + name + ": " + r.value().getText());
    }
  }

  /**
   * The last real token before {@code ctx}, or null at the start of the item. Every token the parser
   * consumed is a leaf of the tree (error recovery's too), so the leaf before the rule is the token
   * before it; the token stream of the item-by-item parse no longer holds it.
   */
  private static org.antlr.v4.runtime.Token previousToken(ParserRuleContext ctx) {
    for (ParseTree node = ctx; node.getParent() instanceof ParserRuleContext parent; node = parent) {
      int i = parent.getChildCount() - 1;
      while (i >= 0 && parent.getChild(i) != node) {
        i--;
      }
      for (i--; i >= 0; i--) {
        org.antlr.v4.runtime.Token last = lastToken(parent.getChild(i));
        if (last != null) {
          return last;
        }
      }
    }
    return null;
  }

  private static org.antlr.v4.runtime.Token lastToken(ParseTree node) {
    if (node instanceof TerminalNode leaf) {
      return leaf.getSymbol().getTokenIndex() >= 0 ? leaf.getSymbol() : null;
    }
    for (int i = node.getChildCount() - 1; i >= 0; i--) {
      org.antlr.v4.runtime.Token last = lastToken(node.getChild(i));
      if (last != null) {
        return last;
      }
    }
    return null;
  }

  /** False when the first character shows the text is not blank (a cheap test before isBlank). */
  private static boolean mayBeBlank(String s) {
    if (s.isEmpty()) {
      return true;
    }
    // Java's whitespace (what isBlank tests) is at most U+0020 or within U+1680–U+3000.
    char c = s.charAt(0);
    return c <= ' ' || (c >= '\u1680' && c <= '\u3000' && Character.isWhitespace(c));
  }

  private Optional<String> nonBlank(String s, ParserRuleContext c, String zh, String en) {
    if (mayBeBlank(s) && s.isBlank()) {
      bc.report(DslRule.EMPTY_TEXT, bc.span(c), zh + "为空", "the " + en + " is empty", "在引号中写出" + zh,
          "write the " + en + " between the quotes");
      return Optional.empty();
    }
    return Optional.of(s);
  }

  private Optional<String> text(TextContext t) {
    if (t == null || t.getStart().getTokenIndex() < 0) {
      return Optional.empty();
    }
    return Optional.of(Literals.text(t.getStart()));
  }

  private List<String> texts(TextListContext list, String property, Draft d) {
    List<String> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (TextContext t : list.text()) {
      Optional<String> s = text(t);
      if (s.isPresent()) {
        d.spans.put(property + "[" + out.size() + "]", bc.span(t));
        out.add(s.get());
      }
    }
    return out;
  }
}
