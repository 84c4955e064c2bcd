package org.inbetween.app.labeling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.flow.FlowPreset;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.pseudo.CopyGenerator;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.WarpGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PseudoLabelJobTest {
  private static final int INTERVAL = 10;
  private static final int LAST_KEYFRAME = 30;

  @TempDir Path dir;
  private final DemoVideo demo = new DemoVideo();

  @Test
  void fillsEveryFrameButTheKeyframesAndLeavesHumanMasksByteIdentical() throws Exception {
    try (ProjectStore store = KeyframedDemo.create(dir, demo, INTERVAL, LAST_KEYFRAME)) {
      store.checkpoint();
      Map<Path, byte[]> humanFiles = humanMaskFiles();

      run(store, new CopyGenerator.Factory(), Progress.NONE);
      store.checkpoint();

      Project project = store.project();
      for (int frame = 0; frame < DemoVideo.FRAME_COUNT; frame++) {
        FrameState expected =
            frame <= LAST_KEYFRAME && frame % INTERVAL == 0
                ? FrameState.KEYFRAME
                : FrameState.PSEUDO_LABELLED;
        assertEquals(expected, project.frame(frame).state(), "frame " + frame);
      }
      // copy propagates: the frames after the last keyframe are filled from it alone
      Map<String, String> beyond =
          store
              .machineProvenance(MachineLayer.pseudo(), LAST_KEYFRAME + 5)
              .orElseThrow()
              .parameters();
      assertEquals(Integer.toString(LAST_KEYFRAME), beyond.get("keyframes"));
      assertEquals(Integer.toString(DemoVideo.FRAME_COUNT - 1), beyond.get("propagatedTo"));
      assertFalse(store.machineMask(MachineLayer.pseudo(), 10).isPresent());
      Map<Path, byte[]> after = humanMaskFiles();
      assertEquals(humanFiles.keySet(), after.keySet());
      humanFiles.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file + ""));
    }
  }

  @Test
  void warpIsCloserToTheTruthThanCopy() throws Exception {
    double copy = meanJaccard(new CopyGenerator.Factory(), dir.resolve("copy"));
    double warp = meanJaccard(new WarpGenerator.Factory(), dir.resolve("warp"));

    assertTrue(warp > copy, "warp J=" + warp + ", copy J=" + copy);
  }

  @Test
  void framesScoreTheirOwnConfidenceAndMidGapFramesAreLessSure() throws Exception {
    try (ProjectStore store = KeyframedDemo.create(dir, demo, INTERVAL, LAST_KEYFRAME)) {
      run(store, new WarpGenerator.Factory(), Progress.NONE);
      double nextToKeyframes = 0;
      double midGap = 0;
      for (int gapStart = 0; gapStart < LAST_KEYFRAME; gapStart += INTERVAL) {
        nextToKeyframes +=
            confidence(store, gapStart + 1) + confidence(store, gapStart + INTERVAL - 1);
        midGap += 2 * confidence(store, gapStart + INTERVAL / 2);
      }
      assertTrue(
          midGap < nextToKeyframes,
          "mid-gap " + midGap + " should be less sure than next to keyframes " + nextToKeyframes);
    }
  }

  private static double confidence(ProjectStore store, int frame) {
    double value =
        Double.parseDouble(
            store
                .machineProvenance(MachineLayer.pseudo(), frame)
                .orElseThrow()
                .parameters()
                .get("confidence"));
    assertTrue(value >= 0 && value <= 1, "confidence of frame " + frame + ": " + value);
    return value;
  }

  @Test
  void cancellingLeavesOnlyFinishedFrames() throws Exception {
    try (ProjectStore store = KeyframedDemo.create(dir, demo, INTERVAL, LAST_KEYFRAME)) {
      Progress cancelAfterFiveFrames =
          new Progress() {
            private long done;

            @Override
            public void update(long done, long total, String message) {
              this.done = done;
            }

            @Override
            public boolean isCancelled() {
              return done >= 5;
            }
          };

      assertThrows(
          CancellationException.class,
          () -> run(store, new CopyGenerator.Factory(), cancelAfterFiveFrames));

      Project project = store.project();
      assertEquals(5, project.framesIn(FrameState.PSEUDO_LABELLED).size());
      for (int frame : project.framesIn(FrameState.PSEUDO_LABELLED)) {
        assertTrue(frame >= 1 && frame <= 5, "frame " + frame);
        assertTrue(store.machineMask(MachineLayer.pseudo(), frame).isPresent());
        assertTrue(store.machineSoftMask(MachineLayer.pseudo(), frame, 1).isPresent());
      }
      assertFalse(store.machineMask(MachineLayer.pseudo(), 6).isPresent());
    }
  }

  @Test
  void aChangedKeyframeRegeneratesOnlyTheTwoGapsNextToIt() throws Exception {
    try (ProjectStore store = KeyframedDemo.create(dir, demo, INTERVAL, LAST_KEYFRAME);
        PseudoLabelJob job =
            new PseudoLabelJob(
                store, demo, new CopyGenerator.Factory(), GeneratorSettings.defaults())) {
      job.run(Progress.NONE);
      assertEquals(0, job.run(Progress.NONE).frames(), "nothing changed, nothing to redo");
      Map<Integer, Instant> before = provenanceTimes(store);
      store.putHumanMask(demo.groundTruth(20).withoutObject(2), KeyframedDemo.AUTHOR);

      PseudoLabelSummary summary = job.run(Progress.NONE);

      assertEquals(18, summary.frames());
      assertEquals(2, summary.gaps());
      Map<Integer, Instant> after = provenanceTimes(store);
      for (int frame : before.keySet()) {
        boolean nextToTwenty = frame > 10 && frame < 30;
        assertEquals(nextToTwenty, !before.get(frame).equals(after.get(frame)), "frame " + frame);
      }
      assertNotEquals(0, store.machineMask(MachineLayer.pseudo(), 25).orElseThrow().area(1));
    }
  }

  @Test
  void anAcceptedFrameGoesBackToReviewWithTheReasonWhenItsKeyframeIsRedrawn() throws Exception {
    try (ProjectStore store = KeyframedDemo.create(dir, demo, INTERVAL, LAST_KEYFRAME);
        PseudoLabelJob job =
            new PseudoLabelJob(
                store, demo, new CopyGenerator.Factory(), GeneratorSettings.defaults())) {
      job.run(Progress.NONE);
      store.review(5, Decision.accept(), "rev");
      store.review(16, Decision.accept(), "rev");
      LabelMask accepted = store.humanMask(16).orElseThrow();
      store.putHumanMask(demo.groundTruth(20).withoutObject(2), KeyframedDemo.AUTHOR);

      PseudoLabelSummary summary = job.run(Progress.NONE);

      assertEquals(1, summary.reopened());
      assertEquals(FrameState.ACCEPTED, store.project().frame(5).state(), "gap 0-10 unchanged");
      assertEquals(FrameState.PSEUDO_LABELLED, store.project().frame(16).state());
      assertEquals(
          "keyframe 20 was redrawn", store.project().frame(16).lastReview().orElseThrow().reason());
      assertTrue(store.humanMask(16).isEmpty());
      assertNotEquals(accepted, store.machineMask(MachineLayer.pseudo(), 16).orElseThrow());
      assertEquals(
          "10,20",
          store
              .machineProvenance(MachineLayer.pseudo(), 16)
              .orElseThrow()
              .parameters()
              .get("keyframes"),
          "relabelled from both keyframes again, not from the withdrawn acceptance");
    }
  }

  @ParameterizedTest
  @EnumSource(PseudoLabelJob.Scope.class)
  void aRejectedFrameIsKeptUnlessEverythingIsRedone(PseudoLabelJob.Scope scope) throws Exception {
    try (ProjectStore store = KeyframedDemo.create(dir, demo, INTERVAL, LAST_KEYFRAME)) {
      run(store, new CopyGenerator.Factory(), Progress.NONE);
      store.review(3, Decision.reject("wrong object"), "rev");
      Instant rejectedLabel =
          store.machineProvenance(MachineLayer.pseudo(), 3).orElseThrow().time();

      PseudoLabelSummary summary;
      try (PseudoLabelJob job =
          new PseudoLabelJob(
              store, demo, new CopyGenerator.Factory(), GeneratorSettings.defaults(), scope)) {
        summary = job.run(Progress.NONE);
      }

      boolean kept = scope != PseudoLabelJob.Scope.ALL;
      int afterLastKeyframe = DemoVideo.FRAME_COUNT - 1 - LAST_KEYFRAME;
      int expected =
          switch (scope) {
            case CHANGED -> 0;
            case ALL_BUT_REJECTED -> 26 + afterLastKeyframe;
            case ALL -> 27 + afterLastKeyframe;
          };
      assertEquals(expected, summary.frames());
      assertEquals(
          kept ? FrameState.REJECTED : FrameState.PSEUDO_LABELLED,
          store.project().frame(3).state());
      Instant now = store.machineProvenance(MachineLayer.pseudo(), 3).orElseThrow().time();
      assertEquals(kept, now.equals(rejectedLabel));
      assertEquals(1, store.project().frame(3).reviews().size(), "the rejection stays on record");
    }
  }

  @Test
  void aStaleRejectedFrameIsRelabelledAndWaitsForReviewAgain() throws Exception {
    try (ProjectStore store = KeyframedDemo.create(dir, demo, INTERVAL, LAST_KEYFRAME)) {
      run(store, new CopyGenerator.Factory(), Progress.NONE);
      store.review(3, Decision.reject("wrong object"), "rev");
      store.putHumanMask(demo.groundTruth(0).withoutObject(3), KeyframedDemo.AUTHOR);

      PseudoLabelSummary summary = run(store, new CopyGenerator.Factory(), Progress.NONE);

      assertEquals(INTERVAL - 1, summary.frames());
      assertEquals(FrameState.PSEUDO_LABELLED, store.project().frame(3).state());
    }
  }

  /**
   * A project switched to better flow (Pseudo-labels › Optical flow…) redoes on the next run what
   * nobody reviewed yet, and nothing a reviewer accepted.
   */
  @Test
  void labelsMadeWithOtherFlowAreRedoneButAcceptedOnesStay() throws Exception {
    GeneratorSettings medium = GeneratorSettings.defaults().withPreset(FlowPreset.MEDIUM);
    try (ProjectStore store = KeyframedDemo.create(dir, demo, INTERVAL, LAST_KEYFRAME)) {
      run(store, new WarpGenerator.Factory(), Progress.NONE);
      store.review(5, Decision.accept(), "rev");
      LabelMask accepted = store.humanMask(5).orElseThrow();
      assertEquals("ultrafast", preset(store, 15));

      PseudoLabelSummary redone;
      try (PseudoLabelJob job =
          new PseudoLabelJob(store, demo, new WarpGenerator.Factory(), medium)) {
        redone = job.run(Progress.NONE);
        assertEquals(0, job.run(Progress.NONE).frames(), "made with these flows: nothing to redo");
      }

      assertTrue(redone.frames() >= 26, "every gap redone: " + redone.frames());
      assertEquals(0, redone.reopened());
      for (int frame : new int[] {4, 6, 15, 25}) {
        assertEquals("medium", preset(store, frame), "frame " + frame);
      }
      assertEquals(FrameState.ACCEPTED, store.project().frame(5).state());
      assertEquals(accepted, store.humanMask(5).orElseThrow());
    }
  }

  private static String preset(ProjectStore store, int frame) {
    return store
        .machineProvenance(MachineLayer.pseudo(), frame)
        .orElseThrow()
        .parameters()
        .get("preset");
  }

  @Test
  void propagatingFromAFrameFillsToTheNextKeyframeOrTheEnd() throws Exception {
    try (ProjectStore store = KeyframedDemo.create(dir, demo, INTERVAL, LAST_KEYFRAME);
        PseudoLabelJob job =
            new PseudoLabelJob(
                store, demo, new CopyGenerator.Factory(), GeneratorSettings.defaults())) {
      PseudoLabelSummary gap = job.propagateFrom(20).run(Progress.NONE);
      assertEquals(INTERVAL - 1, gap.frames());
      assertEquals(FrameState.PSEUDO_LABELLED, store.project().frame(29).state());
      assertEquals(FrameState.UNLABELLED, store.project().frame(31).state());

      PseudoLabelSummary end = job.propagateFrom(LAST_KEYFRAME).run(Progress.NONE);
      assertEquals(DemoVideo.FRAME_COUNT - 1 - LAST_KEYFRAME, end.frames());
      assertEquals(
          FrameState.PSEUDO_LABELLED, store.project().frame(DemoVideo.FRAME_COUNT - 1).state());
      assertEquals(FrameState.UNLABELLED, store.project().frame(5).state());
      IllegalArgumentException noMask =
          assertThrows(IllegalArgumentException.class, () -> job.propagateFrom(5));
      assertTrue(noMask.getMessage().contains("frame 5"), noMask.getMessage());
    }
  }

  /** Object 2 (the pentagon) is on frames 0 to 30; it is marked absent on 20 and 30. */
  @Test
  void anObjectAbsentOnBothKeyframesIsNotGenerated() throws Exception {
    try (ProjectStore store = KeyframedDemo.create(dir, demo, INTERVAL, LAST_KEYFRAME)) {
      for (int keyframe : new int[] {20, 30}) {
        store.putHumanMask(demo.groundTruth(keyframe).withoutObject(2), KeyframedDemo.AUTHOR);
        store.markAbsent(keyframe, 2, KeyframedDemo.AUTHOR);
      }

      run(store, new CopyGenerator.Factory(), Progress.NONE);

      for (int frame = 21; frame < 30; frame++) {
        assertEquals(0, store.machineMask(MachineLayer.pseudo(), frame).orElseThrow().area(2));
        assertFalse(store.machineSoftMask(MachineLayer.pseudo(), frame, 2).isPresent());
      }
      assertTrue(store.machineSoftMask(MachineLayer.pseudo(), 15, 2).isPresent());
    }
  }

  private PseudoLabelSummary run(ProjectStore store, GeneratorFactory factory, Progress progress)
      throws Exception {
    try (PseudoLabelJob job =
        new PseudoLabelJob(store, demo, factory, GeneratorSettings.defaults())) {
      return job.run(progress);
    }
  }

  /** J averaged over the generated frames and the three objects. */
  private double meanJaccard(GeneratorFactory factory, Path projectDir) throws Exception {
    Files.createDirectories(projectDir);
    try (ProjectStore store = KeyframedDemo.create(projectDir, demo, INTERVAL, LAST_KEYFRAME)) {
      run(store, factory, Progress.NONE);
      double sum = 0;
      int count = 0;
      for (int frame : store.project().framesIn(FrameState.PSEUDO_LABELLED)) {
        LabelMask label = store.machineMask(MachineLayer.pseudo(), frame).orElseThrow();
        for (int id = 1; id <= 3; id++) {
          sum += RegionSimilarity.jaccard(label, demo.groundTruth(frame), id);
          count++;
        }
      }
      return sum / count;
    }
  }

  private Map<Path, byte[]> humanMaskFiles() throws IOException {
    Map<Path, byte[]> files = new HashMap<>();
    try (Stream<Path> paths = Files.walk(dir.resolve("masks/human"))) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private static Map<Integer, Instant> provenanceTimes(ProjectStore store) {
    Map<Integer, Instant> times = new HashMap<>();
    for (int frame : store.project().framesIn(FrameState.PSEUDO_LABELLED)) {
      times.put(frame, store.machineProvenance(MachineLayer.pseudo(), frame).orElseThrow().time());
    }
    return times;
  }
}
