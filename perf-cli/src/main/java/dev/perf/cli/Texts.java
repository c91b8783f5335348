package dev.perf.cli;

import dev.perf.model.diagnostic.Language;

/** Picks the Chinese or English text of a message for the language chosen with {@code --lang}. */
public final class Texts {
  private final Language language;

  public Texts(Language language) {
    this.language = language;
  }

  /** The language messages are written in. */
  public Language language() {
    return language;
  }

  /** {@code zh} in Chinese, {@code en} in English. */
  public String t(String zh, String en) {
    return language == Language.ZH ? zh : en;
  }

  /** True when messages are in Chinese. */
  public boolean zh() {
    return language == Language.ZH;
  }
}
