package dev.perf.eval.framework;

import dev.perf.model.Category;
import dev.perf.model.FirstLevel;
import dev.perf.model.Framework;
import dev.perf.model.SubCategory;
import dev.perf.model.diagnostic.DidYouMean;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves category names written in a table against the official frameworks. Names match with or
 * without the trailing 指标 ({@code 产出} = {@code 产出指标}).
 */
public final class CategoryNames {
  private static final List<FirstLevel> FIRST_LEVELS = List.of(FirstLevel.values());
  private static final List<String> FIRST_LEVEL_NAMES =
      Arrays.stream(FirstLevel.values()).map(FirstLevel::chineseName).toList();

  private CategoryNames() {}

  /** The first-level category {@code name} stands for in any framework, matching exactly. */
  public static Optional<FirstLevel> firstLevel(String name) {
    String n = Framework.withSuffix(name.strip());
    for (FirstLevel f : FIRST_LEVELS) { // a loop, not a stream: validation and scoring ask this of every category
      if (f.chineseName().equals(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The first-level category {@code name} most likely means: an exact match, else the closest
   * official name within the did-you-mean distance. Used for scoring, so that a typo does not drop
   * a category's points.
   */
  public static Optional<FirstLevel> resolveFirstLevel(String name) {
    return firstLevel(name).or(() -> DidYouMean.closest(Framework.withSuffix(name.strip()), FIRST_LEVEL_NAMES)
        .flatMap(CategoryNames::firstLevel));
  }

  /** The first-level category of {@code category}, resolved as in {@link #resolveFirstLevel(String)}. */
  public static Optional<FirstLevel> resolveFirstLevel(Category category) {
    return resolveFirstLevel(category.name());
  }

  /** True if {@code name} is a first-level category of {@code framework}. */
  public static boolean isFirstLevelOf(Framework framework, String name) {
    return framework.firstLevel(name.strip()).isPresent();
  }

  /** The closest first-level name of {@code framework} to a name it does not know. */
  public static Optional<String> suggestFirstLevel(Framework framework, String name) {
    List<String> names = framework.categories().keySet().stream().map(FirstLevel::chineseName).toList();
    return DidYouMean.closest(Framework.withSuffix(name.strip()), names);
  }

  /** The closest second-level name under {@code first} in {@code framework}. */
  public static Optional<String> suggestSecondLevel(Framework framework, FirstLevel first, String name) {
    return DidYouMean.closest(Framework.withSuffix(name.strip()), framework.categories().getOrDefault(first, List.of()));
  }

  /** The first-level category of {@code framework} that has {@code name} as a second-level name. */
  public static Optional<FirstLevel> ownerOfSecondLevel(Framework framework, String name) {
    String n = Framework.withSuffix(name.strip());
    for (Map.Entry<FirstLevel, List<String>> e : framework.categories().entrySet()) {
      if (e.getValue().contains(n)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * True if indicators under {@code category} / {@code sub} are cost indicators: the first level is
   * 成本指标 (2021), or the second level is 成本指标 or one of the 2021 cost kinds (经济成本指标 …).
   */
  public static boolean isCost(Category category, SubCategory sub) {
    if (firstLevel(category.name()).filter(f -> f == FirstLevel.COST).isPresent()) {
      return true;
    }
    String n = Framework.withSuffix(sub.name().strip());
    return n.equals("成本指标") || Framework.F2021.categories().get(FirstLevel.COST).contains(n);
  }
}
