package dev.perf.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The official indicator framework a table follows: which first- and second-level category names
 * exist. Names match with or without the trailing 指标 ({@code 产出} = {@code 产出指标}).
 */
public enum Framework {
  /** 财预〔2020〕10号: 产出 (数量/质量/时效/成本), 效益 (经济/社会/生态/可持续影响), 满意度. */
  F2020(2020, categories(
      FirstLevel.OUTPUT, List.of("数量指标", "质量指标", "时效指标", "成本指标"),
      FirstLevel.BENEFIT, List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
      FirstLevel.SATISFACTION, List.of("服务对象满意度指标"))),
  /** 财预〔2021〕101号 core guidance: 成本 becomes a first-level category. */
  F2021(2021, categories(
      FirstLevel.COST, List.of("经济成本指标", "社会成本指标", "生态环境成本指标"),
      FirstLevel.OUTPUT, List.of("数量指标", "质量指标", "时效指标"),
      FirstLevel.BENEFIT, List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
      FirstLevel.SATISFACTION, List.of("服务对象满意度指标")));

  /** The framework of a table that names none. */
  public static final Framework DEFAULT = F2020;

  private final int year;
  private final Map<FirstLevel, List<String>> categories;

  Framework(int year, Map<FirstLevel, List<String>> categories) {
    this.year = year;
    this.categories = categories;
  }

  private static Map<FirstLevel, List<String>> categories(Object... pairs) {
    Map<FirstLevel, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> names = (List<String>) pairs[i + 1];
      m.put((FirstLevel) pairs[i], List.copyOf(names));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The year that names the framework in a file ({@code 框架 2021}). */
  public int year() {
    return year;
  }

  /** The first-level categories in official order, each with its second-level names. */
  public Map<FirstLevel, List<String>> categories() {
    return categories;
  }

  /** The framework named by {@code year}. */
  public static Optional<Framework> ofYear(int year) {
    for (Framework f : values()) {
      if (f.year == year) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The first-level category named {@code name} in this framework. */
  public Optional<FirstLevel> firstLevel(String name) {
    String n = withSuffix(name);
    for (FirstLevel f : categories.keySet()) { // a loop, not a stream: validation asks this of every category
      if (f.chineseName().equals(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** True if {@code name} is a second-level category of {@code first} in this framework. */
  public boolean hasSecondLevel(FirstLevel first, String name) {
    return categories.getOrDefault(first, List.of()).contains(withSuffix(name));
  }

  /** {@code name} with the trailing 指标 that official names carry. */
  public static String withSuffix(String name) {
    return name.endsWith("指标") ? name : name + "指标";
  }
}
