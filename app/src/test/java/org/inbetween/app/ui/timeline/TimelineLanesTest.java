package org.inbetween.app.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;
import org.inbetween.app.editing.navigation.KeyframeSlots;
import org.inbetween.app.editing.navigation.ReviewedProject;
import org.inbetween.app.labeling.StaleFrames;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lanes are read from the project snapshot and the provenance, never from mask files. */
class TimelineLanesTest {
  @TempDir Path dir;

  @Test
  void lanesFollowStatesMarksAndProvenance() throws Exception {
    try (ProjectStore store = ReviewedProject.create(dir.resolve("p"))) {
      Project project = store.project();
      double[] confidence =
          ConfidenceValues.fromProvenance(store, project, ConfidenceValues.DEFAULT_PARAMETER);
      TimelineLanes lanes =
          TimelineLanes.of(project, KeyframeSlots.of(project), confidence, StaleFrames.of(store));

      for (int f = 0; f < project.frameCount(); f++) {
        assertEquals(project.frame(f).state(), lanes.state(f), "frame " + f);
      }
      assertEquals(TimelineLanes.TICK_LABELLED, lanes.ticks[10]);
      assertEquals(TimelineLanes.TICK_LABELLED, lanes.ticks[12], "off-grid keyframe");
      assertEquals(TimelineLanes.TICK_UNLABELLED, lanes.ticks[20]);
      assertEquals(TimelineLanes.TICK_NONE, lanes.ticks[21]);

      byte[] ball = lanes.presence[0];
      assertEquals(TimelineLanes.HUMAN, ball[0]);
      assertEquals(TimelineLanes.HUMAN, ball[1], "accepted: copied into the human layer");
      assertEquals(TimelineLanes.MACHINE, ball[2], "rejected pseudo-label");
      assertEquals(TimelineLanes.MACHINE, ball[4]);
      assertEquals(TimelineLanes.ABSENT, ball[30]);
      assertEquals(TimelineLanes.NOTHING, lanes.presence[1][30], "only the ball is absent");
      assertEquals(TimelineLanes.NOTHING, ball[31]);

      assertEquals(0.4, confidence[4], 1e-9);
      assertEquals(0.7, confidence[27], 1e-9);
      assertEquals(Double.NaN, confidence[0]);
      assertEquals(FrameState.values().length, TimelinePalette.STATE_RANK.length);
    }
  }

  @Test
  void noConfidenceAnywhereMeansNoTrace() throws Exception {
    try (ProjectStore store = ReviewedProject.create(dir.resolve("p"))) {
      assertNull(ConfidenceValues.fromProvenance(store, store.project(), "ranking"));
      assertNull(ConfidenceValues.sample(f -> Double.NaN, 10));
      assertArrayEquals(
          new double[] {0, 0.5, 1, Double.NaN},
          ConfidenceValues.sample(f -> new double[] {-3, 0.5, 7, Double.NaN}[f], 4));
    }
  }

  @Test
  void framesMadeFromARedrawnKeyframeAreMarkedStale() throws Exception {
    try (ProjectStore store = ReviewedProject.create(dir.resolve("p"))) {
      store.putMachineMask(
          MachineLayer.pseudo(),
          ReviewedProject.square(6),
          Provenance.of("warp", "", "", Map.of("keyframes", "5,10")));
      Project unchanged = store.project();
      assertEquals(
          0,
          TimelineLanes.of(unchanged, KeyframeSlots.of(unchanged), null, StaleFrames.of(store))
              .stale[6]);

      store.putHumanMask(ReviewedProject.square(10), "ana");
      Project project = store.project();
      TimelineLanes lanes =
          TimelineLanes.of(project, KeyframeSlots.of(project), null, StaleFrames.of(store));

      assertEquals(1, lanes.stale[6], "made from keyframes 5 and 10; 10 was redrawn");
      assertEquals(0, lanes.stale[4], "its provenance names no keyframes");
    }
  }
}
