package org.inbetween.app.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.inbetween.app.project.FrameState;
import org.junit.jupiter.api.Test;

/** Where the next keyframe goes, from estimates alone. */
class KeyframeSuggestionsTest {
  @Test
  void withEvenEstimatesTheMiddleOfTheLongestGapComesFirst() {
    QualityReport report = report(50, Set.of(0, 10, 40, 49), f -> 0.8);

    List<KeyframeSuggestion> top = KeyframeSuggestions.rank(report, 1);

    assertEquals(1, top.size());
    assertEquals(25, top.get(0).frame());
    assertEquals("gap 10..40", top.get(0).stretch());
    assertEquals(0.8, top.get(0).meanEstimate(), 1e-9);
  }

  @Test
  void theWorseGapWinsOverALongerGoodOne() {
    QualityReport report = report(61, Set.of(0, 40, 60), f -> f < 40 ? 0.95 : 0.5);

    assertEquals("gap 40..60", KeyframeSuggestions.rank(report, 1).get(0).stretch());
  }

  @Test
  void insideAGapTheSuggestionMovesTowardWhereTheEstimateDrops() {
    QualityReport report = report(41, Set.of(0, 40), f -> f >= 28 && f <= 36 ? 0.2 : 0.95);

    int frame = KeyframeSuggestions.rank(report, 1).get(0).frame();

    assertTrue(frame > 20 && frame <= 36, "frame " + frame);
  }

  @Test
  void severalSuggestionsSpreadOutAsIfTheFirstWereDrawn() {
    QualityReport report = report(61, Set.of(0, 60), f -> 0.7);

    List<Integer> frames =
        KeyframeSuggestions.rank(report, 3).stream().map(KeyframeSuggestion::frame).toList();

    assertTrue(Math.abs(frames.get(0) - 30) <= 1, "the middle first: " + frames);
    List<Integer> rest = frames.subList(1, 3).stream().sorted().toList();
    assertTrue(Math.abs(rest.get(0) - 15) <= 2, "then the middle of each half: " + frames);
    assertTrue(Math.abs(rest.get(1) - 45) <= 2, "then the middle of each half: " + frames);
  }

  @Test
  void framesAfterTheLastKeyframeAndUnlabelledOnesCountFully() {
    List<FrameEstimate> frames = new ArrayList<>();
    for (int f = 0; f < 30; f++) {
      FrameState state =
          f == 0 || f == 10
              ? FrameState.KEYFRAME
              : f < 10 ? FrameState.PSEUDO_LABELLED : FrameState.UNLABELLED;
      frames.add(new FrameEstimate(f, state, 0.9, -1, -1, Double.NaN, Double.NaN));
    }
    QualityReport report =
        new QualityReport("warp", EstimateRule.DEFAULT, List.of(1), List.of(), frames);

    KeyframeSuggestion top = KeyframeSuggestions.rank(report, 1).get(0);

    assertEquals("after keyframe 10", top.stretch());
    assertTrue(top.frame() > 10, "frame " + top.frame());
  }

  @Test
  void nothingToSuggestWhenEveryFrameIsHumanTruth() {
    QualityReport report = report(5, Set.of(0, 1, 2, 3, 4), f -> 1);

    assertTrue(KeyframeSuggestions.rank(report, 3).isEmpty());
  }

  /** Human keyframes at {@code keyframes}, pseudo-labels with {@code estimate} everywhere else. */
  private static QualityReport report(
      int frameCount, Set<Integer> keyframes, IntToDoubleFunction estimate) {
    List<FrameEstimate> frames = new ArrayList<>();
    for (int f = 0; f < frameCount; f++) {
      boolean human = keyframes.contains(f);
      frames.add(
          new FrameEstimate(
              f,
              human ? FrameState.KEYFRAME : FrameState.PSEUDO_LABELLED,
              human ? Double.NaN : estimate.applyAsDouble(f),
              -1,
              -1,
              Double.NaN,
              human ? Double.NaN : estimate.applyAsDouble(f)));
    }
    return new QualityReport("warp", EstimateRule.DEFAULT, List.of(1), List.of(), frames);
  }
}
