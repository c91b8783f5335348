package dev.perf.dsl.syntax;

import dev.perf.dsl.grammar.PerfBaseLexer;
import dev.perf.dsl.lex.Keyword;
import dev.perf.model.diagnostic.Message;
import org.antlr.v4.runtime.Token;

/** Names of token types in words a clerk understands, never ANTLR's token names. */
final class TokenNames {
  private TokenNames() {}

  static Message of(int type) {
    var k = Keyword.fromTokenType(type);
    if (k.isPresent()) {
      return Message.of("“" + k.get().chinese() + "”", "'" + k.get().chinese() + "' (" + k.get().english() + ")");
    }
    return switch (type) {
      case Token.EOF -> Message.of("文件结尾", "end of file");
      case PerfBaseLexer.COLON -> Message.of("冒号“：”", "a colon ':'");
      case PerfBaseLexer.LBRACE -> Message.of("“{”", "'{'");
      case PerfBaseLexer.RBRACE -> Message.of("“}”", "'}'");
      case PerfBaseLexer.LBRACK -> Message.of("“[”", "'['");
      case PerfBaseLexer.RBRACK -> Message.of("“]”", "']'");
      case PerfBaseLexer.LPAREN -> Message.of("“（”", "'('");
      case PerfBaseLexer.RPAREN -> Message.of("“）”", "')'");
      case PerfBaseLexer.COMMA -> Message.of("逗号", "a comma");
      case PerfBaseLexer.SEMI -> Message.of("分号", "a semicolon");
      case PerfBaseLexer.NUMBER -> Message.of("数字", "a number");
      case PerfBaseLexer.PERCENT -> Message.of("“%”", "'%'");
      case PerfBaseLexer.PERMILLE -> Message.of("“‰”", "'‰'");
      case PerfBaseLexer.STRING -> Message.of("引号中的文字", "quoted text");
      case PerfBaseLexer.BLOCK_STRING -> Message.of("多行文本", "a block of text");
      case PerfBaseLexer.WORD -> Message.of("名称或文字", "a name or word");
      case PerfBaseLexer.DATE, PerfBaseLexer.CN_DATE -> Message.of("日期", "a date");
      case PerfBaseLexer.MONTH_END, PerfBaseLexer.MONTH_DAY -> Message.of("月份（如 3月底）", "a month (such as 3月底)");
      case PerfBaseLexer.GE, PerfBaseLexer.LE, PerfBaseLexer.GT, PerfBaseLexer.LT, PerfBaseLexer.EQ,
          PerfBaseLexer.MISTYPED_OPERATOR -> Message.of("比较符号", "a comparison operator");
      case PerfBaseLexer.TILDE -> Message.of("“～”", "'～'");
      case PerfBaseLexer.MINUS -> Message.of("“-”", "'-'");
      default -> Message.of("符号", "a symbol");
    };
  }

  /** How the offending token is shown: its text in quotes, or "end of file". */
  static Message found(Token t) {
    if (t.getType() == Token.EOF) {
      return Message.of("文件结尾", "the end of the file");
    }
    String text = t.getText();
    if (text.length() > 24) {
      text = text.substring(0, 23) + "…";
    }
    return Message.of("“" + text + "”", "'" + text + "'");
  }
}
