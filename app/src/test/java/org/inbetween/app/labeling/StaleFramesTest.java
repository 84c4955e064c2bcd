package org.inbetween.app.labeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.pseudo.CopyGenerator;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which machine-made frames a change to the keyframes makes stale, and the reason given. */
class StaleFramesTest {
  private static final int LAST_KEYFRAME = 30;

  @TempDir Path dir;
  private final DemoVideo demo = new DemoVideo();

  @Test
  void nothingIsStaleRightAfterARun() throws Exception {
    try (ProjectStore store = labelled(PseudoLabelJob.Scope.CHANGED)) {
      assertTrue(StaleFrames.of(store).isEmpty());
    }
  }

  @Test
  void aRemovedKeyframeMakesBothGapsNextToItStale() throws Exception {
    try (ProjectStore store = labelled(PseudoLabelJob.Scope.CHANGED)) {
      store.clearHumanMask(20, KeyframedDemo.AUTHOR);

      StaleFrames stale = StaleFrames.of(store);

      assertEquals(expected(11, 29, 20, "keyframe 20 was removed"), stale.reasons());
    }
  }

  @Test
  void aKeyframeDrawnInsideAGapMakesThatGapStaleButLeavesItsAcceptedFramesAlone() throws Exception {
    try (ProjectStore store = labelled(PseudoLabelJob.Scope.CHANGED)) {
      store.review(12, Decision.accept(), "rev");
      store.putHumanMask(demo.groundTruth(15), KeyframedDemo.AUTHOR);

      StaleFrames stale = StaleFrames.of(store);

      Map<Integer, String> expected = expected(11, 19, 15, "keyframe 15 was added");
      expected.remove(12);
      assertEquals(expected, stale.reasons());
    }
  }

  @Test
  void aKeyframeBeyondAnOpenEndMakesEveryFrameFilledFromOneSideStale() throws Exception {
    try (ProjectStore store = labelled(PseudoLabelJob.Scope.CHANGED)) {
      store.putHumanMask(demo.groundTruth(100), KeyframedDemo.AUTHOR);

      StaleFrames stale = StaleFrames.of(store);

      assertEquals(
          expected(LAST_KEYFRAME + 1, DemoVideo.FRAME_COUNT - 1, 100, "keyframe 100 was added"),
          stale.reasons());
    }
  }

  @Test
  void staleAcceptedFramesMakeTheFramesFilledFromThemStaleToo() throws Exception {
    try (ProjectStore store = labelled(PseudoLabelJob.Scope.CHANGED)) {
      store.review(25, Decision.accept(), "rev");
      try (PseudoLabelJob job = job(store, PseudoLabelJob.Scope.ALL)) {
        job.run(Progress.NONE); // frames 21-24 and 26-29 now come from accepted frame 25
      }
      store.putHumanMask(demo.groundTruth(30).withoutObject(1), KeyframedDemo.AUTHOR);

      StaleFrames stale = StaleFrames.of(store);

      assertEquals("keyframe 30 was redrawn", stale.reason(25).orElseThrow());
      assertEquals("keyframe 30 was redrawn", stale.reason(27).orElseThrow());
      assertEquals("accepted frame 25 it came from is stale", stale.reason(22).orElseThrow());
      assertFalse(stale.contains(19));
      assertTrue(stale.contains(LAST_KEYFRAME + 1), "the open end comes from keyframe 30");
    }
  }

  /** The demo with keyframes every 10 frames up to 30, pseudo-labelled with copy. */
  private ProjectStore labelled(PseudoLabelJob.Scope scope) throws Exception {
    ProjectStore store = KeyframedDemo.create(dir, demo, 10, LAST_KEYFRAME);
    try (PseudoLabelJob job = job(store, scope)) {
      job.run(Progress.NONE);
    }
    return store;
  }

  private PseudoLabelJob job(ProjectStore store, PseudoLabelJob.Scope scope) {
    return new PseudoLabelJob(
        store, demo, new CopyGenerator.Factory(), GeneratorSettings.defaults(), scope);
  }

  /** Frames first..last but {@code except}, each with {@code reason}. */
  private static Map<Integer, String> expected(int first, int last, int except, String reason) {
    return IntStream.rangeClosed(first, last)
        .filter(f -> f != except)
        .boxed()
        .collect(Collectors.toMap(f -> f, f -> reason, (a, b) -> a, java.util.TreeMap::new));
  }
}
