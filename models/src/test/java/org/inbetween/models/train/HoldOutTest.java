package org.inbetween.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HoldOutTest {
  private static List<Integer> examples(int count) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(i);
    }
    return list;
  }

  @Test
  void holdsOutTheRoundedFractionAndKeepsEveryExampleOnce() {
    HoldOut<Integer> split = HoldOut.split(examples(10), 0.2, 4, 1);
    assertEquals(2, split.validation().size());
    assertEquals(8, split.train().size());
    Set<Integer> seen = new HashSet<>();
    split.train().forEach(e -> seen.add(e));
    split.validation().forEach(e -> seen.add(e));
    assertEquals(10, seen.size(), "every example once, in one part or the other");
  }

  @Test
  void atLeastOneWhenAskedAndNoneBelowTheMinimumOrAtZero() {
    assertEquals(1, HoldOut.split(examples(4), 0.01, 4, 1).validation().size());
    assertTrue(HoldOut.split(examples(3), 0.5, 4, 1).validation().isEmpty());
    assertTrue(HoldOut.split(examples(10), 0, 2, 1).validation().isEmpty());
    assertEquals(10, HoldOut.split(examples(10), 0, 2, 1).train().size());
  }

  @Test
  void theSameSeedGivesTheSameSplit() {
    List<Integer> examples = examples(20);
    assertEquals(
        HoldOut.split(examples, 0.1, 2, 7).validation().get(0),
        HoldOut.split(examples, 0.1, 2, 7).validation().get(0));
  }
}
