package dev.perf.model.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceMapTest {
  private final Object node = new Object();

  @Test
  void spansComeBackAsPut() {
    SourceMap map = new SourceMap.Builder()
        .put(node, new SourceSpan("a.perf", 3, 5, 4, 2))
        .put(node, "name", "a.perf", 3, 5, 3, 9)
        .put(node, "value", new SourceSpan("a.perf", 3, 11, 3, 15))
        .put(node, "name", "a.perf", 3, 6, 3, 10) // a second put replaces the first
        .put(node, "reason", "a.perf", 4, 1, 4, 2)
        .build();
    assertThat(map.spanOf(node)).contains(new SourceSpan("a.perf", 3, 5, 4, 2));
    assertThat(map.spanOf(node, "name")).contains(new SourceSpan("a.perf", 3, 6, 3, 10));
    assertThat(map.propertySpan(node, "value")).contains(new SourceSpan("a.perf", 3, 11, 3, 15));
    assertThat(map.propertySpan(node, "reason")).contains(new SourceSpan("a.perf", 4, 1, 4, 2));
    assertThat(map.propertySpan(node, "basis")).isEmpty();
    assertThat(map.spanOf(node, "basis")).as("falls back to the node").isEqualTo(map.spanOf(node));
    assertThat(map.spanOf(new Object())).isEmpty();
  }

  @Test
  void aPropertyWithoutTheNodeHasNoNodeSpan() {
    SourceMap map = new SourceMap.Builder().put(node, "year", "a.perf", 1, 1, 1, 5).build();
    assertThat(map.spanOf(node)).isEqualTo(Optional.empty());
    assertThat(map.spanOf(node, "year")).contains(new SourceSpan("a.perf", 1, 1, 1, 5));
  }

  @Test
  void spansInOtherFilesKeepTheirFile() {
    SourceMap map = new SourceMap.Builder()
        .put(node, "name", "a.perf", 1, 1, 1, 3)
        .put(node, "value", "b.perf", 2, 1, 2, 3)
        .put(node, "c.perf", 5, 1, 5, 9)
        .build();
    assertThat(map.propertySpan(node, "name")).contains(new SourceSpan("a.perf", 1, 1, 1, 3));
    assertThat(map.propertySpan(node, "value")).contains(new SourceSpan("b.perf", 2, 1, 2, 3));
    assertThat(map.spanOf(node)).contains(new SourceSpan("c.perf", 5, 1, 5, 9));
  }

  @Test
  void badSpansAreRefusedAndABuiltBuilderIsClosed() {
    SourceMap.Builder b = new SourceMap.Builder();
    assertThatThrownBy(() -> b.put(node, "a.perf", 2, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.put(node, "x", "a.perf", 0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    b.build();
    assertThatThrownBy(() -> b.put(node, "a.perf", 1, 1, 1, 1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aNodePutAgainAfterOthersKeepsItsEarlierSpansAndTheLaterOnesWin() {
    Object other = new Object();
    SourceMap map = new SourceMap.Builder(1)
        .put(node, "a.perf", 1, 1, 1, 9)
        .put(node, "name", "a.perf", 1, 1, 1, 3)
        .put(other, "a.perf", 2, 1, 2, 4)
        .put(node, "value", "a.perf", 1, 5, 1, 9)
        .put(node, "name", "a.perf", 1, 2, 1, 3)
        .put(other, "name", "a.perf", 2, 1, 2, 2)
        .build();
    assertThat(map.spanOf(node)).contains(new SourceSpan("a.perf", 1, 1, 1, 9));
    assertThat(map.propertySpan(node, "name")).contains(new SourceSpan("a.perf", 1, 2, 1, 3));
    assertThat(map.propertySpan(node, "value")).contains(new SourceSpan("a.perf", 1, 5, 1, 9));
    assertThat(map.spanOf(other)).contains(new SourceSpan("a.perf", 2, 1, 2, 4));
    assertThat(map.propertySpan(other, "name")).contains(new SourceSpan("a.perf", 2, 1, 2, 2));
  }

  @Test
  void equalButDistinctNodesHaveTheirOwnSpans() {
    String first = new String("同名");
    String second = new String("同名");
    SourceMap map = new SourceMap.Builder().put(first, "a.perf", 1, 1, 1, 3).put(second, "a.perf", 2, 1, 2, 3).build();
    assertThat(map.spanOf(first)).contains(new SourceSpan("a.perf", 1, 1, 1, 3));
    assertThat(map.spanOf(second)).contains(new SourceSpan("a.perf", 2, 1, 2, 3));
  }
}
