package dev.perf.dsl;

import dev.perf.dsl.build.ModelBuilder;
import dev.perf.dsl.grammar.PerfBaseParser;
import dev.perf.dsl.lex.FoldingCharStream;
import dev.perf.dsl.lex.KeywordTokenSource;
import dev.perf.dsl.lex.PerfLexer;
import dev.perf.dsl.lex.TokenSpans;
import dev.perf.dsl.syntax.ItemTokenStream;
import dev.perf.dsl.syntax.SyntaxErrorListener;
import dev.perf.model.Document;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.source.SourceMap;
import dev.perf.model.source.SourceSpan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses {@code .perf} text into the model. Never throws on bad input: every problem is a
 * {@link Diagnostic} in the {@link ParseResult}. Thread-safe; every call is independent.
 */
public final class PerfParser {
  /**
   * Each thread's buffer for the folded text of the file it is parsing (64 K chars at a time), so
   * that parsing a folder or a large document allocates no folded copy of it. A parse lends it to one
   * stream at a time: the stream of the fast path is dead before the stream of the error-recovering
   * parse starts.
   */
  private static final ThreadLocal<char[]> SPARE = ThreadLocal.withInitial(() -> new char[1 << 16]);

  private PerfParser() {}

  /** Parses {@code source}, citing {@code fileName} in diagnostics. */
  public static ParseResult parse(String source, String fileName) {
    return parse(source, fileName, ParseOptions.defaults());
  }

  /** Parses {@code source} under the given limits. */
  public static ParseResult parse(String source, String fileName, ParseOptions options) {
    TokenSpans spans = new TokenSpans(fileName);
    if (source.length() > options.maxChars()) {
      return failed(fileName, source, Diagnostic.of(DslRule.INPUT_TOO_LARGE,
          Message.of("文件有 " + source.length() + " 个字符，超过上限 " + options.maxChars(),
              "the file has " + source.length() + " characters, more than the limit of " + options.maxChars()),
          new SourceSpan(fileName, 1, 1, 1, 1)).withHint(Message.of("把表格拆分到多个文件中", "split the tables over several files")));
    }
    // The fast path: valid input is parsed item by item while it is lexed, and nothing of an item is
    // kept once it is built. It bails out at the first syntax error.
    CommentCollector comments = new CommentCollector();
    NestingGuard nesting = new NestingGuard(options.maxDepth(), spans);
    ItemTokenStream stream = new ItemTokenStream(tokenSource(source, fileName), t -> {
      nesting.accept(t);
      comments.accept(t);
    });
    try {
      Optional<ModelBuilder.Built> fast = parseItemByItem(stream, spans, expectedTokens(source));
      if (fast.isPresent()) {
        ModelBuilder.Built built = fast.get();
        return result(fileName, source, built.document(), built.sourceMap(), built.diagnostics(), comments);
      }
    } catch (NestingGuard.TooDeep e) {
      return failed(fileName, source, e.diagnostic());
    } catch (StackOverflowError e) {
      return failed(fileName, source, tooComplex(fileName));
    }

    // The file has a syntax error: lex it again, whole, and parse it with error recovery.
    CommonTokenStream tokens = new SizedTokenStream(tokenSource(source, fileName), expectedTokens(source));
    tokens.fill();
    CommentCollector allComments = new CommentCollector();
    NestingGuard allNesting = new NestingGuard(options.maxDepth(), spans);
    try {
      for (Token t : tokens.getTokens()) {
        allNesting.accept(t);
        allComments.accept(t);
      }
    } catch (NestingGuard.TooDeep e) {
      return failed(fileName, source, e.diagnostic());
    }
    SyntaxErrorListener listener = new SyntaxErrorListener(spans, options.maxErrors());
    PerfBaseParser.DocumentContext tree;
    try {
      tree = parseWithRecovery(new PerfBaseParser(tokens), listener);
    } catch (SyntaxErrorListener.TooManyErrors e) {
      return result(fileName, source, new Document(List.of()), SourceMap.empty(), listener.diagnostics(), allComments);
    } catch (StackOverflowError e) {
      return failed(fileName, source, tooComplex(fileName));
    }
    boolean syntaxErrors = !listener.diagnostics().isEmpty();
    ModelBuilder.Built built = ModelBuilder.build(tree, tokens.size(), spans, syntaxErrors);
    List<Diagnostic> all = new ArrayList<>(listener.diagnostics());
    all.addAll(built.diagnostics());
    return result(fileName, source, built.document(), built.sourceMap(), all, allComments);
  }

  /**
   * The tokens of {@code source}. The folding stream shows the lexer one ASCII placeholder for Chinese
   * name/text characters, so ANTLR's DFA cache (ASCII only) applies; tokens, text and positions are
   * exactly as without it.
   */
  private static TokenSource tokenSource(String source, String fileName) {
    return new KeywordTokenSource(new PerfLexer(FoldingCharStream.of(source, fileName, SPARE.get())));
  }

  /** Tables run at about one token per four characters. */
  private static int expectedTokens(String source) {
    return source.length() / 4 + 16;
  }

  /**
   * A token stream whose buffer is sized for the text up front (tables run at about one token per
   * four characters) instead of growing by copies from ANTLR's default of 100.
   */
  private static final class SizedTokenStream extends CommonTokenStream {
    SizedTokenStream(TokenSource source, int expectedTokens) {
      super(source);
      tokens = new ArrayList<>(expectedTokens);
    }
  }

  private static Diagnostic tooComplex(String fileName) {
    return Diagnostic.of(DslRule.NESTING_TOO_DEEP,
        Message.of("文件结构过于复杂，无法分析", "the file is too deeply structured to parse"),
        new SourceSpan(fileName, 1, 1, 1, 1)).withHint(Message.of("减少嵌套层数", "reduce the nesting"));
  }

  /** Reads {@code file} as UTF-8 (a BOM is allowed) and parses it; a non-UTF-8 file is a diagnostic. */
  public static ParseResult parse(Path file) throws IOException {
    return parse(file, ParseOptions.defaults());
  }

  /** Reads and parses {@code file} under the given limits. */
  public static ParseResult parse(Path file, ParseOptions options) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String name = file.toString();
    try {
      // The JDK's own decoding is fastest; it turns malformed bytes into U+FFFD, so only a text that
      // has one is decoded again, strictly, to tell a GBK file from a file that contains U+FFFD.
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') >= 0) {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return parse(text, name, options);
    } catch (CharacterCodingException e) {
      return failed(name, "", Diagnostic.of(DslRule.NOT_UTF8,
          Message.of("文件不是 UTF-8 编码（可能是 GBK）", "the file is not UTF-8 (perhaps GBK)"),
          new SourceSpan(name, 1, 1, 1, 1)).withHint(Message.of("用 UTF-8 编码另存为（记事本：另存为 → 编码 UTF-8）",
              "save it as UTF-8 (e.g. iconv -f GBK -t UTF-8)")));
    }
  }

  /**
   * Parses {@code source} and returns the document, or throws if it has errors.
   *
   * @throws PerfSyntaxException carrying every error with its line and column
   */
  public static Document parseOrThrow(String source, String fileName) throws PerfSyntaxException {
    return parse(source, fileName).documentOrThrow();
  }

  /**
   * The fast path for valid input: SLL prediction with a bail-out strategy, one top-level item at a
   * time, each item's parse tree built into the model and dropped at once — so a large document never
   * holds its whole parse tree. Empty if the input has a syntax error anywhere: then the caller parses
   * again from the start with full LL prediction and error recovery.
   */
  private static Optional<ModelBuilder.Built> parseItemByItem(ItemTokenStream tokens, TokenSpans spans,
      int expectedTokens) {
    PerfBaseParser parser = new PerfBaseParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    ModelBuilder builder = ModelBuilder.start(spans, expectedTokens);
    try {
      while (tokens.LA(1) != Token.EOF) {
        builder.add(parser.item());
      }
      return Optional.of(builder.finish());
    } catch (ParseCancellationException e) {
      return Optional.empty();
    }
  }

  /** Full LL prediction with error recovery, reporting every syntax error to {@code listener}. */
  private static PerfBaseParser.DocumentContext parseWithRecovery(PerfBaseParser parser,
      SyntaxErrorListener listener) {
    parser.removeErrorListeners();
    parser.addErrorListener(listener);
    parser.setErrorHandler(new DefaultErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    return parser.document();
  }

  private static ParseResult failed(String fileName, String source, Diagnostic d) {
    return new ParseResult(fileName, source, new Document(List.of()), SourceMap.empty(), List.of(d), List.of(), Set.of());
  }

  private static ParseResult result(String fileName, String source, Document document, SourceMap sourceMap,
      List<Diagnostic> diagnostics, CommentCollector comments) {
    Set<String> disabled = comments.disabled();
    // A build diagnostic on a line that already has a syntax error is a consequence of it: drop it.
    Set<Integer> syntaxLines = new HashSet<>();
    for (Diagnostic d : diagnostics) {
      if (isSyntax(d)) {
        d.span().ifPresent(s -> syntaxLines.add(s.line()));
      }
    }
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      boolean syntax = isSyntax(d);
      boolean cascade = !syntax && d.span().map(s -> syntaxLines.contains(s.line())).orElse(false);
      if (syntax || !cascade && !disabled.contains(d.ruleId())) {
        kept.add(d);
      }
    }
    kept.sort(Comparator.comparingInt((Diagnostic d) -> d.span().map(SourceSpan::line).orElse(0))
        .thenComparingInt(d -> d.span().map(SourceSpan::column).orElse(0)));
    return new ParseResult(source.isEmpty() && fileName.isEmpty() ? "<input>" : fileName, source, document, sourceMap,
        kept, comments.comments(), disabled);
  }

  private static boolean isSyntax(Diagnostic d) {
    return d.ruleId().startsWith("PERF-E0");
  }
}
