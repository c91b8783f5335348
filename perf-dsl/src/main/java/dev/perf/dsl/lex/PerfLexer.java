package dev.perf.dsl.lex;

import dev.perf.dsl.grammar.PerfBaseLexer;
import dev.perf.dsl.syntax.TokenNodeFactory;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.LexerATNSimulator;

/**
 * The .perf lexer as the parser runs it: the generated {@link PerfBaseLexer} with no error listener,
 * {@link TokenNodeFactory} tokens, and whitespace between tokens stepped over before each token.
 *
 * <p>Why step over whitespace here: the grammar's {@code WS} rule ends in a {@code skip} action, and
 * ANTLR runs a lexer action through its action executor every time — a run of whitespace before
 * nearly every token. At a token boundary a whitespace character can only start a {@code WS} token
 * (no other rule begins with one), so consuming the same characters here gives the same tokens at
 * the same positions; the interpreter's {@code consume} keeps lines and columns.
 *
 * <p>Words — most tokens of a table once the folding stream has turned ideographs into its
 * placeholder — are read here too when every character is ASCII or a placeholder: at a token
 * boundary such a character starts only {@code WORD} (keywords are words), so the longest
 * {@code WORD} is the token, and its end follows from the rule ({@code ASCII_RUN} takes digits after
 * a letter; {@code /} joins two segments). A word that meets any other character is left to the
 * generated lexer from its first character, since only the grammar's Unicode classes say whether
 * that character continues it.
 */
public final class PerfLexer extends PerfBaseLexer {
  public PerfLexer(CharStream input) {
    super(input);
    removeErrorListeners();
    setTokenFactory(TokenNodeFactory.INSTANCE);
  }

  @Override
  public Token nextToken() {
    CharStream in = _input;
    for (int c = in.LA(1); isWhitespace(c); c = in.LA(1)) {
      getInterpreter().consume(in);
    }
    int length = wordLength(in);
    return length > 0 ? word(in, length) : super.nextToken();
  }

  /** Emits the {@code WORD} of {@code length} characters at the cursor, as the generated lexer would. */
  private Token word(CharStream in, int length) {
    LexerATNSimulator interpreter = getInterpreter();
    _token = null;
    _channel = Token.DEFAULT_CHANNEL;
    _tokenStartCharIndex = in.index();
    _tokenStartCharPositionInLine = interpreter.getCharPositionInLine();
    _tokenStartLine = interpreter.getLine();
    _text = null;
    _type = WORD;
    // a word has no line break: the column moves on by its length
    in.seek(_tokenStartCharIndex + length);
    interpreter.setCharPositionInLine(_tokenStartCharPositionInLine + length);
    return emit();
  }

  /**
   * The length of the {@code WORD} at the cursor if it is made of ASCII letters, digits, {@code _},
   * {@code /} and placeholders only; 0 if no word starts here or a character outside those decides
   * where it ends (the generated lexer then reads it).
   */
  static int wordLength(CharStream in) {
    int c = in.LA(1);
    // inside an ASCII_RUN a digit continues the word; after a placeholder it does not
    boolean asciiRun;
    if (isAsciiRunStart(c)) {
      asciiRun = true;
    } else if (isPlaceholder(c)) {
      asciiRun = false;
    } else {
      return 0;
    }
    for (int i = 2;; i++) {
      c = in.LA(i);
      if (isAsciiRunStart(c)) {
        asciiRun = true;
      } else if (isPlaceholder(c)) {
        asciiRun = false;
      } else if (c >= '0' && c <= '9') {
        if (!asciiRun) {
          return i - 1;
        }
      } else if (c == '/') {
        int next = in.LA(i + 1);
        if (isAsciiRunStart(next)) {
          asciiRun = true;
        } else if (isPlaceholder(next)) {
          asciiRun = false;
        } else {
          return next >= 0x80 ? 0 : i - 1;
        }
        i++;
      } else {
        return c >= 0x80 ? 0 : i - 1;
      }
    }
  }

  /** {@code [A-Za-z_]}: what starts the grammar's {@code ASCII_RUN}. */
  private static boolean isAsciiRunStart(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  /** The folding stream's placeholder and the control-character twins, all in the word's character sets. */
  private static boolean isPlaceholder(int c) {
    return c == '\u0001' || c >= '\u000E' && c <= '\u0016';
  }

  /** The characters of the grammar's {@code WS} rule. */
  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
  }
}
