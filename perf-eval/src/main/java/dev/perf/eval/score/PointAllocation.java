package dev.perf.eval.score;

import dev.perf.eval.framework.CategoryNames;
import dev.perf.eval.policy.PointScheme;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.Category;
import dev.perf.model.FirstLevel;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.SubCategory;
import dev.perf.model.diagnostic.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Gives every indicator of a table its points, from the policy and the points written in the file.
 *
 * <p>The table is a tree: pools of the policy → first-level categories → second-level categories →
 * indicators. A node <em>declares</em> points if the file gives them, or if all its children declare
 * points (then it declares their sum). At every level, children that declare points get them (the
 * file overrides the policy); what is left of the parent's points is shared by the other children in
 * proportion to their indicators that carry no points, on top of the points fixed inside them. So
 * with no points in the file, a category's points split equally among its indicators; with some,
 * the rest splits equally among the indicators without.
 *
 * <p>The pools: under {@link PointScheme.ByCategory} one per first-level category of the policy
 * (成本 joins 产出 unless the policy lists it); under {@link PointScheme.Spread} one for the whole
 * table. A category that resolves to no pool keeps only the points written inside it.
 *
 * <p>Where declared points do not add up to their parent's, an issue is recorded (the validator
 * reports it as PERF-E206); allocation still follows the file.
 */
public final class PointAllocation {
  private final List<AllocatedIndicator> indicators;
  private final List<PointsIssue> issues;

  private PointAllocation(List<AllocatedIndicator> indicators, List<PointsIssue> issues) {
    this.indicators = List.copyOf(indicators);
    this.issues = List.copyOf(issues);
  }

  /** Allocates the points of {@code table} under {@code policy}. */
  public static PointAllocation of(IndicatorTable table, ScoringPolicy policy) {
    return new Allocator(table).run(policy.scheme());
  }

  /** Every indicator with its points, in table order. */
  public List<AllocatedIndicator> indicators() {
    return indicators;
  }

  /** Where the file's points do not add up. */
  public List<PointsIssue> issues() {
    return issues;
  }

  /** The sum of all indicators' points. */
  public BigDecimal total() {
    return indicators.stream().map(AllocatedIndicator::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A node of the points tree. */
  private static final class Node {
    final Object model;
    final String label;
    final Optional<BigDecimal> explicit;
    final List<Node> children;
    final Category category;
    final SubCategory sub;

    Node(Object model, String label, Optional<BigDecimal> explicit, List<Node> children, Category category, SubCategory sub) {
      this.model = model;
      this.label = label;
      this.explicit = explicit;
      this.children = children;
      this.category = category;
      this.sub = sub;
    }

    boolean isLeaf() {
      return model instanceof Indicator;
    }

    Optional<BigDecimal> declared() {
      if (explicit.isPresent() || isLeaf() || children.isEmpty()) {
        return explicit;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (Node c : children) {
        Optional<BigDecimal> d = c.declared();
        if (d.isEmpty()) {
          return Optional.empty();
        }
        sum = sum.add(d.get());
      }
      return Optional.of(sum);
    }

    /** Points fixed inside an undeclared node. */
    BigDecimal fixed() {
      BigDecimal sum = BigDecimal.ZERO;
      for (Node c : children) {
        sum = sum.add(c.declared().orElseGet(c::fixed));
      }
      return sum;
    }

    /** Indicators without points below an undeclared node. */
    int free() {
      if (declared().isPresent()) {
        return 0;
      }
      if (isLeaf()) {
        return 1;
      }
      return children.stream().mapToInt(Node::free).sum();
    }
  }

  private static final class Allocator {
    private final IndicatorTable table;
    private final Map<Node, BigDecimal> leafPoints = new java.util.IdentityHashMap<>();
    private final List<PointsIssue> issues = new ArrayList<>();

    Allocator(IndicatorTable table) {
      this.table = table;
    }

    PointAllocation run(PointScheme scheme) {
      List<Node> categories = table.categories().stream().map(Allocator::node).toList();
      if (scheme instanceof PointScheme.ByCategory byCategory) {
        Map<FirstLevel, List<Node>> pools = new EnumMap<>(FirstLevel.class);
        List<Node> unpooled = new ArrayList<>();
        for (Node c : categories) {
          Optional<FirstLevel> pool = CategoryNames.resolveFirstLevel(c.category).map(byCategory::poolOf)
              .filter(byCategory.points()::containsKey);
          pool.ifPresentOrElse(p -> pools.computeIfAbsent(p, k -> new ArrayList<>()).add(c), () -> unpooled.add(c));
        }
        pools.forEach((level, members) -> {
          BigDecimal points = byCategory.points().get(level);
          String names = members.stream().map(n -> n.label).collect(Collectors.joining("、"));
          distribute(points, members, new Label(
              names + "（评分规则 " + Arithmetic.text(points) + " 分）",
              names + " (policy: " + Arithmetic.text(points) + " points)"), members.get(0).model, true);
        });
        for (Node c : unpooled) {
          BigDecimal own = c.declared().orElseGet(c::fixed);
          distribute(own, c.children, Label.of(c), c.model, c.explicit.isPresent());
        }
      } else if (scheme instanceof PointScheme.Spread spread) {
        distribute(spread.total(), categories, new Label(
            "绩效指标（评分规则 " + Arithmetic.text(spread.total()) + " 分）",
            "the indicators (policy: " + Arithmetic.text(spread.total()) + " points)"), table, true);
      }
      List<AllocatedIndicator> out = new ArrayList<>();
      for (Node c : categories) {
        Optional<FirstLevel> level = CategoryNames.resolveFirstLevel(c.category);
        for (Node s : c.children) {
          for (Node i : s.children) {
            out.add(new AllocatedIndicator(c.category, s.sub, (Indicator) i.model, level,
                leafPoints.getOrDefault(i, BigDecimal.ZERO)));
          }
        }
      }
      return new PointAllocation(out, issues);
    }

    private static void freeLeaves(Node n, List<String> out) {
      if (n.declared().isPresent()) {
        return;
      }
      if (n.isLeaf()) {
        out.add("「" + n.label + "」");
      } else {
        n.children.forEach(c -> freeLeaves(c, out));
      }
    }

    private static Node node(Category c) {
      List<Node> subs = c.subCategories().stream().map(s -> new Node(s, s.name(), s.points(),
          s.indicators().stream().map(i -> new Node(i, i.name(), i.points(), List.of(), c, s)).toList(), c, s)).toList();
      return new Node(c, c.name(), c.points(), subs, c, null);
    }

    /** Gives {@code points} to {@code children}; records issues if {@code report}. */
    private void distribute(BigDecimal points, List<Node> children, Label parent, Object issueNode, boolean report) {
      BigDecimal declaredSum = BigDecimal.ZERO;
      BigDecimal fixedSum = BigDecimal.ZERO;
      int freeSum = 0;
      List<Node> undeclared = new ArrayList<>();
      for (Node c : children) {
        Optional<BigDecimal> d = c.declared();
        if (d.isPresent()) {
          declaredSum = declaredSum.add(d.get());
        } else {
          undeclared.add(c);
          fixedSum = fixedSum.add(c.fixed());
          freeSum += c.free();
        }
      }
      BigDecimal rest = points.subtract(declaredSum).subtract(fixedSum);
      boolean reported = false;
      if (undeclared.isEmpty()) {
        if (report && !children.isEmpty() && declaredSum.compareTo(points) != 0) {
          issues.add(new PointsIssue(issueNode, Message.of(
              parent.zh + "下各项分值合计为 " + Arithmetic.text(declaredSum) + "，应为 " + Arithmetic.text(points),
              "the points under " + parent.en + " add up to " + Arithmetic.text(declaredSum) + ", expected "
                  + Arithmetic.text(points))));
        }
      } else if (rest.signum() < 0) {
        if (report) {
          BigDecimal given = declaredSum.add(fixedSum);
          issues.add(new PointsIssue(issueNode, Message.of(
              parent.zh + "下已给出的分值合计 " + Arithmetic.text(given) + "，超过 " + Arithmetic.text(points),
              "the points given under " + parent.en + " add up to " + Arithmetic.text(given) + ", more than "
                  + Arithmetic.text(points))));
          reported = true;
        }
        rest = BigDecimal.ZERO;
      } else if (rest.signum() == 0 && freeSum > 0 && report) {
        List<String> free = new ArrayList<>();
        undeclared.forEach(n -> freeLeaves(n, free));
        String names = String.join("、", free);
        issues.add(new PointsIssue(issueNode, Message.of(
            parent.zh + "的分值已分完，" + names + " 没有分值",
            "the points of " + parent.en + " are used up: nothing left for " + names)));
        reported = true;
      }
      // "exceeds" and "used up" would repeat at every level below: report them once, here
      boolean below = report && !reported;
      for (Node c : children) {
        BigDecimal share = c.declared().orElseGet(() -> c.fixed());
        if (c.declared().isEmpty() && freeSum > 0) {
          share = share.add(Arithmetic.divide(rest.multiply(BigDecimal.valueOf(c.free())), BigDecimal.valueOf(freeSum)));
        }
        if (c.isLeaf()) {
          leafPoints.put(c, share);
        } else {
          distribute(share, c.children, Label.of(c), c.model, below || (!reported && c.explicit.isPresent()));
        }
      }
    }
  }

  private record Label(String zh, String en) {
    static Label of(Node n) {
      String points = n.explicit.map(p -> "（分值 " + Arithmetic.text(p) + "）").orElse("");
      String pointsEn = n.explicit.map(p -> " (" + Arithmetic.text(p) + " points)").orElse("");
      return new Label("「" + n.label + "」" + points, "「" + n.label + "」" + pointsEn);
    }
  }
}
