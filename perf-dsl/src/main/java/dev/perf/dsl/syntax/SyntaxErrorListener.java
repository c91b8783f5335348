package dev.perf.dsl.syntax;

import dev.perf.dsl.DslRule;
import dev.perf.dsl.grammar.PerfBaseLexer;
import dev.perf.dsl.grammar.PerfBaseParser;
import dev.perf.dsl.lex.Keyword;
import dev.perf.dsl.lex.TokenSpans;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.DidYouMean;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's syntax errors into diagnostics that say what is wrong in the clerk's terms —
 * "missing colon after 培训合格率", "expected a target value such as ≥30 场" — never token names.
 * Stops the parse after {@code maxErrors}.
 */
public final class SyntaxErrorListener extends BaseErrorListener {
  private static final List<String> ITEM_KEYWORDS = List.of("部门", "项目", "自评", "监控", "department", "project",
      "evaluation", "monitoring");

  private final TokenSpans spans;
  private final int maxErrors;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Thrown to stop parsing once too many errors are reported. */
  public static final class TooManyErrors extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyErrors() {
      super(null, null, false, false);
    }
  }

  public SyntaxErrorListener(TokenSpans spans, int maxErrors) {
    this.spans = spans;
    this.maxErrors = maxErrors;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
      RecognitionException e) {
    if (diagnostics.size() >= maxErrors) {
      diagnostics.add(Diagnostic.of(DslRule.TOO_MANY_ERRORS,
          Message.of("错误超过 " + maxErrors + " 个，其余部分未检查", "more than " + maxErrors + " errors; the rest was not checked"),
          spans.of((Token) offendingSymbol)).withHint(Message.of("先改正前面的错误", "fix the errors above first")));
      throw new TooManyErrors();
    }
    Parser parser = (Parser) recognizer;
    Token t = (Token) offendingSymbol;
    IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
    diagnostics.add(describe(parser, t, expected));
  }

  private Diagnostic describe(Parser parser, Token t, IntervalSet expected) {
    SourceSpan at = spans.of(t);
    TokenStream tokens = parser.getInputStream();
    ParserRuleContext ctx = parser.getContext();
    switch (t.getType()) {
      case PerfBaseLexer.UNTERMINATED_STRING:
        return diag(DslRule.UNTERMINATED_STRING, at, "字符串缺少结束引号", "this string has no closing quote",
            "在行尾前补上结束引号（\" 或 ”）；引号不能跨行，多行文字用 \"\"\"", "close it with \" (or ”) on the same line; use \"\"\" for text over several lines");
      case PerfBaseLexer.UNTERMINATED_BLOCK_STRING:
        return diag(DslRule.UNTERMINATED_BLOCK_STRING, SourceSpan.of(at.file(), at.line(), at.column(), 3),
            "多行文本没有结束", "this block of text is never closed", "用 \"\"\" 结束多行文本", "close it with \"\"\"");
      case PerfBaseLexer.ERROR_CHAR:
        return unexpectedCharacter(t, at);
      case PerfBaseLexer.FULLWIDTH_NUMBER:
        return diag(DslRule.FULLWIDTH_DIGITS, at, "“" + t.getText() + "”使用了全角数字", "'" + t.getText() + "' uses full-width digits",
            "改为半角数字 " + halfWidth(t.getText()) + "（输入法切换到英文或半角）", "write " + halfWidth(t.getText()) + " with half-width digits");
      case PerfBaseLexer.MISTYPED_OPERATOR:
        return diag(DslRule.MISTYPED_OPERATOR, at, "“" + t.getText() + "”不是比较符号", "'" + t.getText() + "' is not a comparison operator",
            "比较符号写作 ≥ ≤ > < =（或 >= <=）", "write ≥ ≤ > < = (or >= <=)");
      default:
        break;
    }
    Token prev = previous(tokens, t, 1);
    Token prev2 = previous(tokens, t, 2);
    if (t.getType() == PerfBaseLexer.COLON && prev != null && isName(prev) && prev2 != null
        && prev2.getType() == PerfBaseLexer.COLON) {
      Token name = previous(tokens, t, 3);
      String n = name == null ? "" : name.getText();
      return diag(DslRule.MISSING_VALUE, spans.of(prev2), "“" + n + "”缺少指标值", "'" + n + "' has no value",
          "在冒号后写出值，例如 ≥30 场、≥98%、及时完成", "write a value after the colon, e.g. ≥30 场, ≥98%, 及时完成");
    }
    if ((t.getType() == PerfBaseLexer.LPAREN || t.getType() == PerfBaseLexer.RPAREN) && prev != null
        && prev.getType() == PerfBaseLexer.WORD) {
      return diag(DslRule.NAME_NEEDS_QUOTES, spans.of(prev).to(at), "名称中有括号时需要加引号", "a name with brackets needs quotes",
          "写作 \"" + prev.getText() + t.getText() + "…\"：……", "write it in quotes: \"" + prev.getText() + t.getText() + "…\"：…");
    }
    if (t.getType() == Token.EOF && expected.contains(PerfBaseLexer.RBRACE)) {
      Diagnostic d = diag(DslRule.UNCLOSED_BRACE, at, "文件结束时还有“{”没有对应的“}”", "the file ends before a '{' is closed",
          "在块的末尾补上 }", "add the missing } at the end of the block");
      Optional<Token> open = openBrace(ctx);
      return open.map(o -> d.withRelated(spans.of(o), Message.of("这个 { 没有结束", "this { is not closed"))).orElse(d);
    }
    if (t.getType() == PerfBaseLexer.RBRACE && !expected.contains(PerfBaseLexer.RBRACE)) {
      return diag(DslRule.UNEXPECTED_CLOSING_BRACE, at, "多余的“}”", "unexpected '}'",
          "删除它，或检查前面是否少了 {", "remove it, or check for a missing { above");
    }
    if (expected.contains(PerfBaseLexer.COLON) && prev != null && isName(prev) && !expected.contains(PerfBaseLexer.WORD)) {
      Optional<String> keyword = prev.getType() == PerfBaseLexer.WORD
          ? DidYouMean.closest(prev.getText(), Keyword.allSpellings()) : Optional.empty();
      if (keyword.isPresent()) {
        return diag(DslRule.UNKNOWN_KEYWORD, spans.of(prev), "无法识别“" + prev.getText() + "”", "'" + prev.getText() + "' is not a keyword",
            "是否想写“" + keyword.get() + "”？", "did you mean '" + keyword.get() + "'?");
      }
      return diag(DslRule.MISSING_COLON, spans.of(prev), "“" + Literal.strip(prev.getText()) + "”后缺少冒号",
          "missing colon after '" + Literal.strip(prev.getText()) + "'",
          "写作 " + prev.getText() + "：" + (t.getType() == Token.EOF ? "≥30 场" : t.getText()),
          "write " + prev.getText() + ": " + (t.getType() == Token.EOF ? "≥30 场" : t.getText()));
    }
    if (ctx instanceof PerfBaseParser.DocumentContext || ctx instanceof PerfBaseParser.ItemContext
        && expected.contains(PerfBaseLexer.K_PROJECT)) {
      if (t.getType() == PerfBaseLexer.WORD) {
        Optional<String> kw = DidYouMean.closest(t.getText(), ITEM_KEYWORDS);
        return diag(DslRule.UNKNOWN_KEYWORD, at, "无法识别“" + t.getText() + "”", "'" + t.getText() + "' is not a keyword",
            kw.map(k -> "是否想写“" + k + "”？").orElse("文件由 部门、项目、自评、监控 块组成"),
            kw.map(k -> "did you mean '" + k + "'?").orElse("a file consists of 部门, 项目, 自评 and 监控 blocks"));
      }
    }
    if (expectsValue(ctx, expected)) {
      return diag(DslRule.MISSING_VALUE, at, "此处应为指标值，却是" + TokenNames.found(t).zh(),
          "expected a target value, found " + TokenNames.found(t).en(),
          "指标值例如 ≥30 场、≥98%、≤22 万元、40%～45%、2025-06-30、及时完成",
          "a value is e.g. ≥30 场, ≥98%, ≤22 万元, 40%～45%, 2025-06-30, 及时完成");
    }
    if (expected.size() == 1 && expected.contains(PerfBaseLexer.NUMBER)) {
      return diag(DslRule.SYNTAX, at, "此处应为数字，却是" + TokenNames.found(t).zh(), "expected a number, found " + TokenNames.found(t).en(),
          "用阿拉伯数字书写，例如 50 或 20.00", "write the number in digits, e.g. 50 or 20.00");
    }
    Message what = expectedWords(ctx, expected);
    return diag(DslRule.SYNTAX, at, "此处不应出现" + TokenNames.found(t).zh() + "；应为" + what.zh(),
        "unexpected " + TokenNames.found(t).en() + "; expected " + what.en(), hintZh(ctx), hintEn(ctx));
  }

  private static boolean isName(Token t) {
    return t.getType() == PerfBaseLexer.WORD || t.getType() == PerfBaseLexer.STRING;
  }

  private static boolean expectsValue(ParserRuleContext ctx, IntervalSet expected) {
    if (ctx instanceof PerfBaseParser.ValueContext || ctx instanceof PerfBaseParser.OperandContext
        || ctx instanceof PerfBaseParser.QuantityContext || ctx instanceof PerfBaseParser.SignedNumberContext) {
      return true;
    }
    return expected.contains(PerfBaseLexer.GE) && expected.contains(PerfBaseLexer.NUMBER) && expected.contains(PerfBaseLexer.WORD);
  }

  private Message expectedWords(ParserRuleContext ctx, IntervalSet expected) {
    if (ctx instanceof PerfBaseParser.BlockContext || ctx instanceof PerfBaseParser.StatementContext) {
      return Message.of("语句（如 年度、预算、指标）、指标行“名称：值”或“}”",
          "a statement (such as 年度, 预算, 指标), a row 'name: value', or '}'");
    }
    if (ctx instanceof PerfBaseParser.PlanPointContext || ctx instanceof PerfBaseParser.PlanDateContext) {
      return Message.of("支出计划点（如 3月底 25%）", "a plan point (such as 3月底 25%)");
    }
    if (ctx instanceof PerfBaseParser.AmountContext) {
      return Message.of("金额（如 20.00）", "an amount (such as 20.00)");
    }
    if (ctx instanceof PerfBaseParser.CodeContext) {
      return Message.of("编码（如 \"224001\"）", "a code (such as \"224001\")");
    }
    if (ctx instanceof PerfBaseParser.TextContext || ctx instanceof PerfBaseParser.TextListContext) {
      return Message.of("引号中的文字", "quoted text");
    }
    List<Message> names = new ArrayList<>();
    for (int type : expected.toList()) {
      Message m = TokenNames.of(type);
      if (!names.contains(m)) {
        names.add(m);
      }
    }
    if (names.isEmpty()) {
      return Message.of("其他内容", "something else");
    }
    if (names.size() > 6) {
      names = names.subList(0, 6);
    }
    return Message.of(
        String.join("、", names.stream().map(Message::zh).toList()),
        String.join(", ", names.stream().map(Message::en).toList()));
  }

  private static String hintZh(ParserRuleContext ctx) {
    if (ctx instanceof PerfBaseParser.AmountContext) {
      return "金额只写数字，例如 预算 20.00";
    }
    if (ctx instanceof PerfBaseParser.NameContext || ctx instanceof PerfBaseParser.CodeContext) {
      return "名称和编码放在引号中，例如 项目 \"P001\" \"培训经费\"";
    }
    return "对照语言参考（docs/language.md）检查这一行";
  }

  private static String hintEn(ParserRuleContext ctx) {
    if (ctx instanceof PerfBaseParser.AmountContext) {
      return "an amount is a plain number, e.g. 预算 20.00";
    }
    if (ctx instanceof PerfBaseParser.NameContext || ctx instanceof PerfBaseParser.CodeContext) {
      return "put names and codes in quotes, e.g. 项目 \"P001\" \"培训经费\"";
    }
    return "check this line against the language reference (docs/language.md)";
  }

  private Diagnostic unexpectedCharacter(Token t, SourceSpan at) {
    String c = t.getText();
    String hintZh;
    String hintEn;
    switch (c) {
      case "”", "“" -> {
        hintZh = "引号不配对：中文引号以 “ 开始、以 ” 结束";
        hintEn = "unbalanced quotes: Chinese quotes open with “ and close with ”";
      }
      case "'", "‘", "’" -> {
        hintZh = "文字请用双引号 \"…\" 或 “…”";
        hintEn = "quote text with \"…\" or “…”";
      }
      case "。", "！", "？", "!", "?" -> {
        hintZh = "含标点的文字请放进引号中";
        hintEn = "put text with punctuation in quotes";
      }
      default -> {
        hintZh = "删除该字符，或把这段文字放进引号中";
        hintEn = "remove the character, or put the text in quotes";
      }
    }
    return diag(DslRule.UNEXPECTED_CHARACTER, at, "无法识别的字符“" + c + "”", "unexpected character '" + c + "'", hintZh, hintEn);
  }

  private static String halfWidth(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> b.appendCodePoint(cp >= '０' && cp <= '９' ? cp - '０' + '0' : cp == '．' ? '.' : cp));
    return b.toString();
  }

  private static Token previous(TokenStream tokens, Token t, int n) {
    int i = t.getTokenIndex();
    if (i < 0) {
      return null;
    }
    int found = 0;
    for (int j = i - 1; j >= 0; j--) {
      Token p = tokens.get(j);
      if (p.getChannel() == Token.DEFAULT_CHANNEL && ++found == n) {
        return p;
      }
    }
    return null;
  }

  private static Optional<Token> openBrace(ParserRuleContext ctx) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      var brace = c.getToken(PerfBaseLexer.LBRACE, 0);
      if (brace != null && c.getToken(PerfBaseLexer.RBRACE, 0) == null) {
        return Optional.of(brace.getSymbol());
      }
    }
    return Optional.empty();
  }

  private static Diagnostic diag(DslRule rule, SourceSpan at, String zh, String en, String hintZh, String hintEn) {
    return Diagnostic.of(rule, Message.of(zh, en), at).withHint(Message.of(hintZh, hintEn));
  }

  /** Strips quotes from a name token's text for messages. */
  private static final class Literal {
    static String strip(String s) {
      if (s.length() >= 2 && (s.startsWith("\"") || s.startsWith("“"))) {
        return s.substring(1, s.length() - 1);
      }
      return s;
    }
  }
}
