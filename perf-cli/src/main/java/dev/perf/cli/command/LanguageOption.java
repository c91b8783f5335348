package dev.perf.cli.command;

import dev.perf.cli.Texts;
import dev.perf.model.diagnostic.Language;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --lang zh|en} option every verb has; without it the language follows the locale. */
public final class LanguageOption {
  @Option(names = "--lang", paramLabel = "zh|en", converter = LanguageConverter.class,
      description = {"消息语言 zh|en（默认随系统区域设置） / language of messages (default: from the locale)"})
  Language language;

  /** The language given on the command line, if any. */
  public Optional<Language> explicit() {
    return Optional.ofNullable(language);
  }

  /** The language given, or the locale's. */
  public Language language() {
    return language != null ? language : Language.of(Locale.getDefault());
  }

  /** Message texts in the chosen language. */
  public Texts texts() {
    return new Texts(language());
  }

  /** Accepts zh and en (any case) and the enum names. */
  public static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("zh") || v.equals("cn") || v.equals("中文")) {
        return Language.ZH;
      }
      if (v.equals("en") || v.equals("english")) {
        return Language.EN;
      }
      throw new picocli.CommandLine.TypeConversionException("expected zh or en / 应为 zh 或 en: " + value);
    }
  }
}
