package dev.perf.model.diagnostic;

import java.util.Objects;

/** A text in Chinese and English. */
public record Message(String zh, String en) {
  public Message {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  public static Message of(String zh, String en) {
    return new Message(zh, en);
  }

  public String in(Language language) {
    return language == Language.ZH ? zh : en;
  }
}
