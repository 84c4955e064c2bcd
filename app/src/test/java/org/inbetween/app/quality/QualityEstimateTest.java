package org.inbetween.app.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.inbetween.app.cli.BusKeyframes;
import org.inbetween.app.labeling.PseudoLabelJob;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.review.ReviewScore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.WarpGenerator;
import org.inbetween.models.testdata.MaskFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leave-one-out estimate on the DAVIS "bus" sequence, a few frames of it. */
class QualityEstimateTest {
  @TempDir Path dir;

  @Test
  void theMiddleKeyframeIsPredictedFromItsNeighboursAndItsGapsInheritTheScore() throws Exception {
    try (ProjectStore store = BusKeyframes.create(dir, 0, 4, 8);
        FrameSource frames = ProjectFrames.open(store.project(), dir)) {
      try (PseudoLabelJob job =
          new PseudoLabelJob(
              store, frames, new WarpGenerator.Factory(), GeneratorSettings.defaults())) {
        job.run(Progress.NONE);
      }

      QualityReport report = estimate(store, frames, Progress.NONE);

      assertEquals(1, report.keyframes().size(), "only keyframe 4 has keyframes on both sides");
      KeyframeEstimate left = report.keyframes().get(0);
      assertEquals(List.of(4, 0, 8), List.of(left.frame(), left.before(), left.after()));
      assertEquals(List.of(1), left.objects().stream().map(ObjectScore::objectId).toList());
      assertTrue(left.j() > 0.8 && left.j() < 1, "bus carried over 4 frames: J " + left.j());
      assertTrue(left.f() > 0.5 && left.f() <= 1, "F " + left.f());
      assertEquals("warp", report.method());
      for (int k : List.of(1, 2, 3, 5, 6, 7)) {
        FrameEstimate frame = report.frames().get(k);
        double recorded =
            ReviewScore.of(store.machineProvenance(MachineLayer.pseudo(), k).orElseThrow())
                .getAsDouble();
        assertEquals(FrameState.PSEUDO_LABELLED, frame.state());
        assertEquals(recorded, frame.confidence(), 0, "frame " + k);
        assertEquals(left.j(), frame.looJ(), 1e-12, "both gaps touch keyframe 4 only");
        assertEquals(recorded * left.j(), frame.estimate(), 1e-12, "product rule");
      }
      for (int k : List.of(0, 4, 8, 9, 79)) {
        assertFalse(report.frames().get(k).inGap(), "frame " + k);
        assertTrue(Double.isNaN(report.frames().get(k).estimate()), "frame " + k);
      }
      assertEquals(80, report.frames().size());
    }
  }

  @Test
  void aMisplacedKeyframeScoresWorstWhileADistantOneStaysHigh() throws Exception {
    try (ProjectStore store = BusKeyframes.create(dir, 0, 4, 8, 12, 16, 20)) {
      store.putHumanMask(
          MaskFolders.shiftedRight(BusKeyframes.truth(12), 250), BusKeyframes.AUTHOR);
      try (FrameSource frames = ProjectFrames.open(store.project(), dir)) {
        QualityReport report = estimate(store, frames, Progress.NONE);

        assertEquals(
            List.of(4, 8, 12, 16), report.keyframes().stream().map(k -> k.frame()).toList());
        KeyframeEstimate worst = report.worst().orElseThrow();
        assertEquals(12, worst.frame());
        assertTrue(worst.j() < 0.5, "the shifted mask matches no prediction: " + worst.j());
        assertTrue(report.keyframes().get(0).j() > 0.8, "keyframe 4's neighbours are right");
        assertTrue(Double.isNaN(report.frames().get(2).confidence()), "no pseudo-label yet");
        assertEquals(
            report.frames().get(2).looJ(),
            report.frames().get(2).estimate(),
            0,
            "without confidence the estimate is the leave-one-out J");
      }
    }
  }

  @Test
  void cancellingStopsBeforeAnyKeyframeIsPredicted() throws Exception {
    Progress cancelled =
        new Progress() {
          @Override
          public void update(long done, long total, String message) {}

          @Override
          public boolean isCancelled() {
            return true;
          }
        };
    try (ProjectStore store = BusKeyframes.create(dir, 0, 4, 8);
        FrameSource frames = ProjectFrames.open(store.project(), dir)) {
      assertThrows(CancellationException.class, () -> estimate(store, frames, cancelled));
    }
  }

  @Test
  void withAMemoOnlyTheKeyframesBesideAChangeArePredictedAgain() throws Exception {
    try (ProjectStore store = BusKeyframes.create(dir, 0, 4, 8, 12, 16, 20);
        FrameSource frames = ProjectFrames.open(store.project(), dir)) {
      LeaveOneOutMemo memo = new LeaveOneOutMemo();

      QualityReport first = estimate(store, frames, memo);
      assertEquals(4, memo.computed(), "keyframes 4, 8, 12 and 16 have neighbours on both sides");

      QualityReport again = estimate(store, frames, memo);
      assertEquals(4, memo.computed(), "nothing changed, nothing is predicted");
      assertEquals(first.keyframes(), again.keyframes());

      store.putHumanMask(
          MaskFolders.shiftedRight(BusKeyframes.truth(12), 250), BusKeyframes.AUTHOR);
      QualityReport redrawn = estimate(store, frames, memo);
      assertEquals(7, memo.computed(), "keyframe 12 and its neighbours 8 and 16");
      assertEquals(estimate(store, frames, Progress.NONE).keyframes(), redrawn.keyframes());
      assertNotEquals(first.keyframes().get(2), redrawn.keyframes().get(2), "12 was redrawn");

      store.putHumanMask(BusKeyframes.truth(10), BusKeyframes.AUTHOR);
      QualityReport added = estimate(store, frames, memo);
      assertEquals(10, memo.computed(), "the new keyframe 10 and its neighbours 8 and 12");
      assertEquals(
          List.of(4, 8, 10, 12, 16), added.keyframes().stream().map(k -> k.frame()).toList());
      assertEquals(estimate(store, frames, Progress.NONE).keyframes(), added.keyframes());
    }
  }

  /** An estimate without a memo: every keyframe predicted afresh. */
  private static QualityReport estimate(ProjectStore store, FrameSource frames, Progress progress)
      throws Exception {
    return estimate(store, frames, progress, new LeaveOneOutMemo());
  }

  private static QualityReport estimate(
      ProjectStore store, FrameSource frames, LeaveOneOutMemo memo) throws Exception {
    return estimate(store, frames, Progress.NONE, memo);
  }

  private static QualityReport estimate(
      ProjectStore store, FrameSource frames, Progress progress, LeaveOneOutMemo memo)
      throws Exception {
    try (QualityEstimate estimate =
        new QualityEstimate(
            store,
            frames,
            new WarpGenerator.Factory(),
            GeneratorSettings.defaults(),
            EstimateRule.PRODUCT,
            memo)) {
      return estimate.run(progress);
    }
  }
}
