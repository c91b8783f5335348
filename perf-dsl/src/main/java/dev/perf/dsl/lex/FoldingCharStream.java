package dev.perf.dsl.lex;

import dev.perf.dsl.grammar.PerfBaseLexer;
import java.math.BigDecimal;
import java.util.Arrays;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * A char stream that shows the lexer a placeholder ({@code '\u0001'}) in place of every character
 * the lexer cannot tell apart from it, while {@link #getText} returns the original text.
 *
 * <p>Why: ANTLR's lexer caches DFA transitions only for characters 0–127
 * ({@code LexerATNSimulator.MAX_DFA_EDGE}); every other character is simulated from the ATN again,
 * which makes Chinese text several times slower to lex than ASCII. Folding the ideographs of names
 * and texts to one ASCII placeholder lets the cached DFA do the work.
 *
 * <p>Why it is exact: a character is folded only if <em>every</em> labelled transition of the
 * lexer's ATN matches it exactly when it matches {@code '\u0001'} (computed from the ATN below, so it
 * stays right when the grammar changes). The lexer therefore makes the same decisions on the folded
 * stream, token for token. Characters that occur in lexer rules — {@code 年 月 日 号 前 之 以 底 末}, the
 * IME punctuation, full-width digits — distinguish themselves and are never folded. One character is
 * replaced by one character, so indexes, lines and columns are unchanged; token text comes from the
 * original string, so keywords, names and values read as written.
 *
 * <p>Only text in the Basic Multilingual Plane is folded (then a char index is a code-point index, as
 * ANTLR counts); text with surrogate pairs falls back to the stock {@link CharStreams#fromString}.
 */
public final class FoldingCharStream implements CharStream {
  /** The placeholder the grammar's WORD rule accepts in place of a letter. */
  public static final char PLACEHOLDER = '\u0001';

  /** Bit {@code c} is clear if the lexer cannot tell {@code c} from {@link #PLACEHOLDER}. */
  private static final java.util.BitSet KEEP = keepTable();

  /** What pairing kept characters with ASCII twins needs: made when the first kept character is seen. */
  private static final class Twins {
    /** The labels of the lexer ATN's transitions: two characters with the same memberships are alike. */
    static final java.util.List<IntervalSet> LABELS = labels();

    /** Each signature of memberships that some ASCII character has, to its lowest such character. */
    static final java.util.Map<java.util.BitSet, Character> ASCII_SIGNATURES = asciiSignatures();
  }

  /**
   * What the lexer is shown for each character (0: not looked up yet). ASCII as itself; a foldable
   * character as the placeholder; a kept one as an ASCII character the lexer cannot tell it from, if
   * there is one — {@code ：} reads as {@code :}, {@code ％} as {@code %}, {@code ≥} as its
   * control-character twin, {@code 。} as some ASCII punctuation that only strings and comments
   * accept — else as itself. A kept character is paired with its twin when it is first seen.
   */
  private static final char[] SHOWN = shownTable();

  /**
   * Short texts read lately, shared by every stream: the words of a table (units, category names,
   * keywords) and its quoted names repeat across rows and files, so most reads find the string made
   * before instead of copying it again. A slot is overwritten on collision. Strings are immutable
   * (final fields), so sharing them between threads through this unsynchronised array is safe.
   */
  private static final int RECENT_BITS = 12;
  private static final String[] RECENT = new String[1 << RECENT_BITS];
  private static final int MAX_RECENT_LENGTH = 24;

  /** The longest stretch of text folded at a time: a whole file of one project, a part of a big one. */
  private static final int WINDOW = 1 << 16;

  private final String text;
  private final int length;
  private final String sourceName;
  /** What the lexer sees of {@code text[windowStart, windowEnd)}, folded. */
  private final char[] window;
  private int windowStart;
  private int windowEnd;
  private int position;

  private FoldingCharStream(String text, char[] window, String sourceName) {
    this.text = text;
    this.length = text.length();
    this.window = window;
    this.sourceName = sourceName;
  }

  /**
   * A stream over {@code text} for the .perf lexer: folding when the text has no surrogate pairs,
   * otherwise ANTLR's own code-point stream. Either way the lexer produces the same tokens.
   */
  public static CharStream of(String text, String sourceName) {
    return of(text, sourceName, null);
  }

  /**
   * As {@link #of(String, String)}, folding into {@code buffer} when it holds 64 K chars or the whole
   * text (else into a new array of that size). The lexer reads the folded characters many times, so
   * they are worked out once, a window of up to 64 K chars at a time in one sequential pass; a caller
   * that parses many files on one thread can lend the same buffer to each in turn, but must not lend
   * it to another stream while this one is still being lexed.
   */
  public static CharStream of(String text, String sourceName, char[] buffer) {
    int n = text.length();
    int size = Math.min(n, WINDOW);
    if (n > size) {
      for (int i = 0; i < n; i++) {
        if (Character.isSurrogate(text.charAt(i))) {
          return CharStreams.fromString(text, sourceName);
        }
      }
    }
    FoldingCharStream stream = new FoldingCharStream(text, buffer != null && buffer.length >= size ? buffer
        : new char[size], sourceName);
    return stream.fold(0) ? stream : CharStreams.fromString(text, sourceName);
  }

  /** Folds the window's worth of text from {@code start}; false if it meets a surrogate. */
  private boolean fold(int start) {
    int end = Math.min(length, start + window.length);
    text.getChars(start, end, window, 0);
    for (int i = 0, n = end - start; i < n; i++) {
      char c = window[i];
      if (c >= 0x80) {
        if (Character.isSurrogate(c)) {
          return false;
        }
        window[i] = shown(c);
      }
    }
    windowStart = start;
    windowEnd = end;
    return true;
  }

  /** True if the lexer cannot distinguish {@code c} from the placeholder (exposed for tests). */
  public static boolean isFoldable(char c) {
    return !KEEP.get(c);
  }

  @Override
  public int LA(int i) {
    if (i == 0) {
      return 0;
    }
    int offset = i > 0 ? position + i - 1 : position + i;
    if (offset >= windowStart && offset < windowEnd) {
      return window[offset - windowStart];
    }
    if (offset < 0 || offset >= length) {
      return IntStream.EOF;
    }
    // Outside the window (a text over 64 K chars): fold the stretch around it, keeping an eighth of
    // the window behind for the lexer's steps back within a token.
    fold(Math.max(0, Math.min(offset - window.length / 8, length - window.length)));
    return window[offset - windowStart];
  }

  /** What the lexer is shown for {@code c}. */
  private static char shown(char c) {
    if (c < 0x80) {
      return c;
    }
    char s = SHOWN[c];
    if (s == 0) {
      // A benign race: every thread computes the same value for the same character.
      s = lookUpTwin(c);
      SHOWN[c] = s;
    }
    return s;
  }

  @Override
  public void consume() {
    if (position >= length) {
      throw new IllegalStateException("cannot consume EOF");
    }
    position++;
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {
    // nothing is buffered: the whole text is in memory
  }

  @Override
  public int index() {
    return position;
  }

  @Override
  public void seek(int index) {
    position = index;
  }

  @Override
  public int size() {
    return length;
  }

  @Override
  public String getSourceName() {
    return sourceName == null || sourceName.isEmpty() ? IntStream.UNKNOWN_SOURCE_NAME : sourceName;
  }

  /** The original (unfolded) text of the interval, as ANTLR's own streams clip it. */
  @Override
  public String getText(Interval interval) {
    return text(interval.a, interval.b);
  }

  /** The original text from index {@code start} to {@code stop} inclusive, clipped to the stream. */
  public String text(int start, int stop) {
    int from = Math.min(start, length);
    int count = Math.min(stop - start + 1, length - from);
    if (count <= 0) {
      return "";
    }
    if (count > MAX_RECENT_LENGTH) {
      return text.substring(from, from + count);
    }
    // The slot comes from the length and three characters, not a hash of all of them: the one full
    // comparison below is then the only pass over the text.
    int mix = ((count * 31 + text.charAt(from)) * 31 + text.charAt(from + count / 2)) * 31
        + text.charAt(from + count - 1);
    int slot = (mix * 0x9E3779B1) >>> (32 - RECENT_BITS);
    String recent = RECENT[slot];
    if (recent != null && recent.length() == count && sameChars(from, recent, count)) {
      return recent;
    }
    String copy = text.substring(from, from + count);
    RECENT[slot] = copy;
    return copy;
  }

  private boolean sameChars(int from, String other, int count) {
    for (int i = 0; i < count; i++) {
      if (text.charAt(from + i) != other.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The decimal number from index {@code start} to {@code stop} inclusive, read from the characters
   * the lexer saw: digits, signs and the decimal point are ASCII and never folded.
   *
   * @throws NumberFormatException if those characters are not a decimal number
   */
  public BigDecimal decimal(int start, int stop) {
    // NUMBER tokens (digits, at most one point inside) of up to 18 digits: the unscaled value and
    // the scale, exactly what new BigDecimal("12.50") makes (1250, scale 2), without a string.
    long unscaled = 0;
    int scale = -1;
    int digits = 0;
    for (int i = start; i <= stop; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0 && i > start && i < stop) {
        scale = 0;
      } else {
        return new BigDecimal(text.substring(start, stop + 1));
      }
    }
    if (digits == 0 || digits > 18) {
      return new BigDecimal(text.substring(start, stop + 1));
    }
    return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
  }

  @Override
  public String toString() {
    return text;
  }

  /**
   * Builds the table: a BMP character is distinguishable if some labelled transition of the lexer's
   * ATN matches it but not the placeholder, or the other way round. (Plain array marking: cheaper at
   * start-up than {@link IntervalSet} arithmetic on the large Unicode letter sets.)
   */
  private static java.util.BitSet keepTable() {
    // A bit set, not a boolean array: ranges are set a word at a time (this runs at every start-up,
    // before the JIT has compiled anything).
    java.util.BitSet distinguishable = new java.util.BitSet(Character.MAX_VALUE + 1);
    for (IntervalSet label : labels()) {
      // A not-set transition matches the complement of its label; either way a character differs
      // from the placeholder exactly when the label holds one of the two.
      markDifferences(label, label.contains(PLACEHOLDER), distinguishable);
    }
    distinguishable.set(0, 0x80); // ASCII is cached by the DFA anyway
    distinguishable.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
    return distinguishable;
  }

  /**
   * What the lexer is shown for ASCII (itself) and for the characters it cannot tell from the
   * placeholder. A kept character (IME punctuation, the CJK letters of date rules, {@code 。 《 …}) is
   * paired by {@link #shown} with an ASCII character of the same membership in every labelled
   * transition of the lexer's ATN when it is first seen.
   */
  private static char[] shownTable() {
    char[] shown = new char[Character.MAX_VALUE + 1];
    for (char c = 0; c < 0x80; c++) {
      shown[c] = c;
    }
    for (int c = KEEP.nextClearBit(0x80); c <= Character.MAX_VALUE; c = KEEP.nextClearBit(c)) {
      int end = Math.min(Character.MAX_VALUE + 1, KEEP.nextSetBit(c) < 0 ? Character.MAX_VALUE + 1 : KEEP.nextSetBit(c));
      Arrays.fill(shown, c, end, PLACEHOLDER);
      c = end;
    }
    // Kept characters stay 0: each is paired with its twin when first seen (a start-up of `perf check`
    // on one file then pays for the few its text has, not for every literal of the grammar).
    return shown;
  }

  /** The ASCII twin of kept character {@code c}, or {@code c} itself if it has none. */
  private static char lookUpTwin(char c) {
    Character t = Twins.ASCII_SIGNATURES.get(signature(c, Twins.LABELS));
    return t == null ? c : t;
  }

  /** The distinct labels (many transitions share one): fewer membership tests per signature. */
  private static java.util.List<IntervalSet> labels() {
    java.util.Set<IntervalSet> labels = new java.util.LinkedHashSet<>();
    for (ATNState state : PerfBaseLexer._ATN.states) {
      if (state == null) {
        continue;
      }
      for (Transition t : state.getTransitions()) {
        if (!t.isEpsilon() && t.label() != null) {
          labels.add(t.label());
        }
      }
    }
    return java.util.List.copyOf(labels);
  }

  private static java.util.Map<java.util.BitSet, Character> asciiSignatures() {
    java.util.Map<java.util.BitSet, Character> ascii = new java.util.HashMap<>();
    for (char c = 0x7F; c >= 2; c--) {
      ascii.put(signature(c, Twins.LABELS), c); // lower characters win: they are the canonical twins
    }
    return ascii;
  }

  private static java.util.BitSet signature(char c, java.util.List<IntervalSet> labels) {
    java.util.BitSet bits = new java.util.BitSet(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).contains(c)) {
        bits.set(i);
      }
    }
    return bits;
  }

  /** Marks the BMP characters whose membership in {@code label} differs from the placeholder's. */
  private static void markDifferences(IntervalSet label, boolean placeholderIn, java.util.BitSet marks) {
    int next = 0; // first character not yet visited
    for (Interval range : label.getIntervals()) {
      if (range.b < 0) {
        continue; // EOF is never a character of the text
      }
      int a = Math.max(0, Math.min(range.a, Character.MAX_VALUE + 1));
      int b = Math.min(range.b, Character.MAX_VALUE);
      if (placeholderIn && next < a) {
        marks.set(next, a); // outside the label, the placeholder inside
      } else if (!placeholderIn && a <= b) {
        marks.set(a, b + 1); // inside the label, the placeholder outside
      }
      next = Math.max(next, b + 1);
    }
    if (placeholderIn && next <= Character.MAX_VALUE) {
      marks.set(next, Character.MAX_VALUE + 1);
    }
  }
}
