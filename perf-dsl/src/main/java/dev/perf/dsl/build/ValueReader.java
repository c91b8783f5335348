package dev.perf.dsl.build;

import dev.perf.dsl.DslRule;
import dev.perf.dsl.grammar.PerfBaseLexer;
import dev.perf.dsl.grammar.PerfBaseParser;
import dev.perf.dsl.grammar.PerfBaseParserBaseVisitor;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import dev.perf.model.target.Comparator;
import java.math.BigDecimal;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Reads the syntax of a value into a {@link Value}, one method per value form; reports what cannot be read. */
final class ValueReader extends PerfBaseParserBaseVisitor<Value> {
  private final BuildContext bc;

  ValueReader(BuildContext bc) {
    this.bc = bc;
  }

  Value read(PerfBaseParser.ValueContext ctx) {
    Value v = ctx.accept(this);
    return v == null ? new Value.Invalid(ctx) : v;
  }

  @Override
  public Value visitComparisonValue(PerfBaseParser.ComparisonValueContext c) {
    return compared(c, c);
  }

  @Override
  public Value visitIntervalValue(PerfBaseParser.IntervalValueContext c) {
    Unit unit = c.unit() == null ? Unit.NONE : Units.read(c.unit(), bc);
    return range(number(c.low), number(c.high), unit, unit, c);
  }

  @Override
  public Value visitRangeValue(PerfBaseParser.RangeValueContext c) {
    Quantity low = quantity(c.low);
    Quantity high = quantity(c.high);
    // 40～45% gives the unit once, after the upper end.
    Unit lowUnit = low.unit() == Unit.NONE ? high.unit() : low.unit();
    return range(low.value(), high.value(), lowUnit, high.unit(), c);
  }

  @Override
  public Value visitBoundedValue(PerfBaseParser.BoundedValueContext c) {
    return new Value.Compared(bound(c.bound()), new Value.Amount(quantity(c.quantity()), c.quantity()), false,
        c);
  }

  @Override
  public Value visitQuantityValue(PerfBaseParser.QuantityValueContext c) {
    return new Value.Amount(quantity(c.quantity()), c);
  }

  @Override
  public Value visitDateValue(PerfBaseParser.DateValueContext c) {
    return date(c.date(), c);
  }

  @Override
  public Value visitWordValue(PerfBaseParser.WordValueContext c) {
    return wordValue(c, c);
  }

  @Override
  public Value visitStringValue(PerfBaseParser.StringValueContext c) {
    return new Value.Text(Literals.text(c.STRING().getSymbol()), c);
  }

  @Override
  public Value visitQuantityOperand(PerfBaseParser.QuantityOperandContext q) {
    return new Value.Amount(quantity(q.quantity()), q);
  }

  @Override
  public Value visitDateOperand(PerfBaseParser.DateOperandContext d) {
    return date(d.date(), d);
  }

  @Override
  public Value visitTextOperand(PerfBaseParser.TextOperandContext t) {
    return new Value.Text(Literals.text(t.getStart()), t);
  }

  private Value compared(PerfBaseParser.ComparisonValueContext c, ParserRuleContext at) {
    PerfBaseParser.ComparatorContext op = c.comparator();
    boolean mistyped = op.MISTYPED_OPERATOR() != null;
    Comparator comparator = mistyped ? mistyped(op) : switch (op.getStart().getType()) {
      case PerfBaseLexer.GE -> Comparator.AT_LEAST;
      case PerfBaseLexer.GT -> Comparator.MORE_THAN;
      case PerfBaseLexer.LE -> Comparator.AT_MOST;
      case PerfBaseLexer.LT -> Comparator.LESS_THAN;
      default -> null; // '=': an exact value
    };
    Value operand = c.operand() == null ? null : c.operand().accept(this);
    if (operand == null) {
      return new Value.Invalid(at);
    }
    if (comparator == null) {
      return operand; // '=100%' means the same as '100%'
    }
    return new Value.Compared(comparator, operand, mistyped, at);
  }

  /** 不低于95%, 控制在22万元以内, or a word with a rate such as 部分达成 75%. */
  private Value wordValue(PerfBaseParser.WordValueContext c, ParserRuleContext at) {
    String word = c.WORD().getText();
    Optional<Quantity> number = c.quantity() == null ? Optional.empty() : Optional.of(quantity(c.quantity()));
    Optional<Comparator> phrase = ComparatorWords.of(word);
    if (phrase.isPresent() && number.isPresent()) {
      Comparator comparator = phrase.get();
      if (c.bound() != null && bound(c.bound()).higherIsBetter() != comparator.higherIsBetter()) {
        bc.report(DslRule.MISTYPED_OPERATOR, bc.span(at), "“" + c.getText() + "”前后矛盾", "'" + c.getText() + "' contradicts itself",
            "写作 " + comparator.symbol() + number.get() + "，或去掉“" + c.bound().getText() + "”",
            "write " + comparator.symbol() + number.get() + ", or drop '" + c.bound().getText() + "'");
        return new Value.Invalid(at);
      }
      return new Value.Compared(comparator, new Value.Amount(number.get(), c.quantity()), false, at);
    }
    if (c.bound() != null) {
      bc.report(DslRule.RATE_ON_TEXT, bc.span(c.bound()), "“" + word + "”后不能跟“" + c.bound().getText() + "”",
          "'" + c.bound().getText() + "' cannot follow '" + word + "'", "数值指标写作 ≥90% 或 90%以上",
          "write a number target as ≥90% or 90%以上");
      return new Value.Invalid(at);
    }
    return new Value.Word(word, number, at);
  }

  private static Comparator bound(PerfBaseParser.BoundContext b) {
    return b.K_ABOVE() != null ? Comparator.AT_LEAST : Comparator.AT_MOST;
  }

  private Comparator mistyped(PerfBaseParser.ComparatorContext op) {
    String text = op.getText();
    boolean greater = text.contains(">") || text.contains("＞") || text.contains("》");
    boolean withEquals = op.EQ() != null || text.contains("=") || text.contains("＝");
    String right = greater ? (withEquals ? "≥" : ">") : (withEquals ? "≤" : "<");
    bc.report(DslRule.MISTYPED_OPERATOR, bc.span(op),
        "“" + text + "”不是比较符号", "'" + text + "' is not a comparison operator",
        "请写作“" + right + "”（也可写 " + ascii(right) + " 或 " + fullwidth(right) + "）",
        "write '" + right + "' (or " + ascii(right) + ")");
    if (greater) {
      return withEquals ? Comparator.AT_LEAST : Comparator.MORE_THAN;
    }
    return withEquals ? Comparator.AT_MOST : Comparator.LESS_THAN;
  }

  private static String ascii(String symbol) {
    return switch (symbol) {
      case "≥" -> ">=";
      case "≤" -> "<=";
      default -> symbol;
    };
  }

  private static String fullwidth(String symbol) {
    return switch (symbol) {
      case "≥" -> "＞＝";
      case "≤" -> "＜＝";
      case ">" -> "＞";
      default -> "＜";
    };
  }

  private Value range(BigDecimal low, BigDecimal high, Unit lowUnit, Unit highUnit, ParserRuleContext at) {
    if (!lowUnit.equals(highUnit)) {
      bc.report(DslRule.RANGE_UNITS, bc.span(at), "区间两端的单位不同：" + lowUnit + " 与 " + highUnit,
          "the ends of the range have different units: " + lowUnit + " and " + highUnit,
          "两端使用同一单位，例如 40%～45%", "use one unit for both ends, e.g. 40%～45%");
      return new Value.Invalid(at);
    }
    if (low.compareTo(high) > 0) {
      bc.report(DslRule.RANGE_REVERSED, bc.span(at), "区间下限 " + low.toPlainString() + " 大于上限 " + high.toPlainString(),
          "the range's low end " + low.toPlainString() + " is above its high end " + high.toPlainString(),
          "先写较小的数：" + high.toPlainString() + "～" + low.toPlainString(),
          "write the smaller number first: " + high.toPlainString() + "～" + low.toPlainString());
      return new Value.Invalid(at);
    }
    return new Value.Ranged(low, high, lowUnit, at);
  }

  private Value date(PerfBaseParser.DateContext d, ParserRuleContext at) {
    Token t = d.getStart();
    return Literals.date(t)
        .<Value>map(date -> new Value.DateValue(date, Literals.isDeadlineSuffix(t), at))
        .orElseGet(() -> {
          bc.report(DslRule.INVALID_DATE, bc.span(at), "日期“" + t.getText() + "”不存在", "the date '" + t.getText() + "' does not exist",
              "检查月份和日期，例如 2025-02-28", "check the month and day, e.g. 2025-02-28");
          return new Value.Invalid(at);
        });
  }

  Quantity quantity(PerfBaseParser.QuantityContext q) {
    BigDecimal value = number(q.signedNumber());
    Unit unit = q.unit() == null ? Unit.NONE : Units.read(q.unit(), bc);
    return new Quantity(value, unit);
  }

  static BigDecimal number(PerfBaseParser.SignedNumberContext n) {
    BigDecimal v = Numbers.of(n.NUMBER());
    return n.MINUS() != null ? v.negate() : v;
  }
}
