package dev.perf.dsl;

import dev.perf.dsl.grammar.PerfBaseLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/**
 * Collects the comments of a file from its tokens, shown in order, and the rule ids that
 * {@code # perf: disable …} comments switch off.
 */
final class CommentCollector {
  private static final Pattern DISABLE = Pattern.compile("#\\s*perf:\\s*disable\\s+(.+)");

  private final List<Comment> comments = new ArrayList<>();
  private final Set<String> disabled = new HashSet<>();
  private int previousEndLine;

  /** Takes the next token of the file, on any channel. */
  void accept(Token t) {
    if (t.getChannel() == PerfBaseLexer.COMMENTS) {
      // Whitespace is skipped by the lexer: a comment is on its own line when the token before it
      // ends on an earlier line.
      boolean ownLine = previousEndLine < t.getLine();
      comments.add(new Comment(t.getLine(), t.getCharPositionInLine() + 1, t.getText().stripTrailing(), ownLine));
      Matcher m = DISABLE.matcher(t.getText().strip());
      if (m.matches()) {
        for (String id : m.group(1).split("[\\s,，]+")) {
          if (!id.isBlank()) {
            disabled.add(id.strip());
          }
        }
      }
    }
    previousEndLine = endLine(t);
  }

  List<Comment> comments() {
    return comments;
  }

  Set<String> disabled() {
    return disabled;
  }

  /** The line a token ends on: only block strings span lines. */
  private static int endLine(Token t) {
    if (t.getType() != PerfBaseLexer.BLOCK_STRING && t.getType() != PerfBaseLexer.UNTERMINATED_BLOCK_STRING) {
      return t.getLine();
    }
    String text = t.getText();
    int lines = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      lines++;
    }
    return t.getLine() + lines;
  }
}
