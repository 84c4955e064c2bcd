package org.inbetween.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HoldOutTest {
  private static List<TrainingExample> examples(int count) {
    List<TrainingExample> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(new TrainingExample(new float[3], new float[1], new float[] {i}, 1, 1));
    }
    return list;
  }

  @Test
  void holdsOutTheRoundedFractionAndKeepsEveryExampleOnce() {
    HoldOut split = HoldOut.split(examples(10), 0.2, 4, 1);
    assertEquals(2, split.validation().size());
    assertEquals(8, split.train().size());
    Set<Float> seen = new HashSet<>();
    split.train().forEach(e -> seen.add(e.target()[0]));
    split.validation().forEach(e -> seen.add(e.target()[0]));
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
    List<TrainingExample> examples = examples(20);
    assertEquals(
        HoldOut.split(examples, 0.1, 2, 7).validation().get(0).target()[0],
        HoldOut.split(examples, 0.1, 2, 7).validation().get(0).target()[0]);
  }
}
