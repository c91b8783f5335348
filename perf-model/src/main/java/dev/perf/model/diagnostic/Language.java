package dev.perf.model.diagnostic;

import java.util.Locale;

/** The languages diagnostics and reports are written in. */
public enum Language {
  ZH,
  EN;

  /** Chinese for a Chinese locale, else English. */
  public static Language of(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? ZH : EN;
  }
}
