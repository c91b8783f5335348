package dev.perf.dsl.print;

import dev.perf.model.diagnostic.Language;
import java.util.Objects;

/**
 * How the printer writes a model.
 *
 * @param keywords the spelling of keywords and grade words: Chinese (canonical) or the English aliases
 * @param indent spaces per nesting level
 * @param maxWidth display columns within which short blocks stay on one line
 */
public record PrintOptions(Language keywords, int indent, int maxWidth) {
  public PrintOptions {
    Objects.requireNonNull(keywords, "keywords");
    if (indent < 1 || maxWidth < 20) {
      throw new IllegalArgumentException("indent must be positive and maxWidth at least 20");
    }
  }

  /** Chinese keywords, two-space indent, 100 columns. */
  public static PrintOptions canonical() {
    return new PrintOptions(Language.ZH, 2, 100);
  }

  /** English keyword aliases, otherwise canonical. */
  public static PrintOptions english() {
    return new PrintOptions(Language.EN, 2, 100);
  }

  public PrintOptions withKeywords(Language language) {
    return new PrintOptions(language, indent, maxWidth);
  }
}
