package org.inbetween.app.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import org.inbetween.app.cli.BusKeyframes;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.WarpGenerator;
import org.inbetween.models.testdata.MaskFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The estimate with a memo, on DAVIS "bus": after a change only the keyframes next to it are
 * predicted again, and the report is the one a fresh estimate gives.
 */
class LeaveOneOutMemoTest {
  @TempDir Path dir;

  @Test
  void onlyTheKeyframesBesideAChangeArePredictedAgain() throws Exception {
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
      assertEquals(fresh(store, frames).keyframes(), redrawn.keyframes());
      assertNotEquals(first.keyframes().get(2), redrawn.keyframes().get(2), "12 was redrawn");

      store.putHumanMask(BusKeyframes.truth(10), BusKeyframes.AUTHOR);
      QualityReport added = estimate(store, frames, memo);
      assertEquals(10, memo.computed(), "the new keyframe 10 and its neighbours 8 and 12");
      assertEquals(
          List.of(4, 8, 10, 12, 16), added.keyframes().stream().map(k -> k.frame()).toList());
      assertEquals(fresh(store, frames).keyframes(), added.keyframes());
    }
  }

  private static QualityReport estimate(
      ProjectStore store, FrameSource frames, LeaveOneOutMemo memo) throws Exception {
    try (QualityEstimate estimate =
        new QualityEstimate(
            store,
            frames,
            new WarpGenerator.Factory(),
            GeneratorSettings.defaults(),
            EstimateRule.PRODUCT,
            memo)) {
      return estimate.run(Progress.NONE);
    }
  }

  private static QualityReport fresh(ProjectStore store, FrameSource frames) throws Exception {
    return estimate(store, frames, new LeaveOneOutMemo());
  }
}
