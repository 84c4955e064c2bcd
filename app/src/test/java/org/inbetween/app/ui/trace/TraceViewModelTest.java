package org.inbetween.app.ui.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.ui.jobs.FxTaskRunner;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trace's three series on a real project ({@link CarShadowProject}: DAVIS car-shadow with
 * keyframes every 10 frames and warp pseudo-labels), computed by the same jobs the panel starts, on
 * the test thread.
 */
class TraceViewModelTest {
  @TempDir Path dir;
  private final List<Throwable> failures = new ArrayList<>();
  private final FxTaskRunner jobs =
      new FxTaskRunner(Runnable::run, Runnable::run, System::nanoTime);
  private EditorSession session;

  @AfterEach
  void close() throws Exception {
    jobs.close();
    if (session != null) {
      session.close();
    }
    assertEquals(List.of(), failures, "no job failed");
  }

  @Test
  void confidenceOnPseudoLabelsLeaveOneOutAtKeyframesAndTrueJAgainstTheDavisAnnotations()
      throws Exception {
    session = CarShadowProject.open(dir.resolve("car-shadow"));
    TraceViewModel trace = new TraceViewModel(session, jobs, failures::add);

    assertEquals(
        SharedData.davisMask(CarShadowProject.SEQUENCE, 0).getParent(),
        trace.groundTruthProperty().get().folder(),
        "found beside the DAVIS source");
    assertTrue(trace.outOfDateProperty().get(), "nothing computed yet");
    List<Integer> pseudoLabelled = session.project().framesIn(FrameState.PSEUDO_LABELLED);
    assertEquals(
        CarShadowProject.FRAMES - CarShadowProject.KEYFRAMES.length, pseudoLabelled.size());
    assertEquals(pseudoLabelled, frames(trace.confidence()), "confidence on pseudo-labels only");
    assertTrue(trace.confidence().stream().allMatch(p -> p.value() >= 0 && p.value() <= 1));

    trace.refresh().get();

    assertFalse(trace.outOfDateProperty().get());
    assertEquals(
        List.of(10, 20), frames(trace.looJ()), "only keyframes with a keyframe on both sides");
    trace.looJ().forEach(p -> assertTrue(p.value() > 0.5, "leave-one-out J " + p));
    Map<Integer, Double> trueJ = values(trace.trueJ());
    assertEquals(CarShadowProject.FRAMES, trueJ.size(), "every frame has a mask and its truth");
    for (int keyframe : CarShadowProject.KEYFRAMES) {
      assertEquals(1.0, trueJ.get(keyframe), 0, "a keyframe is the ground truth itself");
    }
    long good = trueJ.values().stream().filter(j -> j > 0.5).count();
    assertTrue(good >= 0.9 * CarShadowProject.FRAMES, "true J > 0.5 on most frames: " + trueJ);
    assertTrue(
        pseudoLabelled.stream().anyMatch(k -> trueJ.get(k) < 1), "pseudo-labels are not perfect");
  }

  @Test
  void framesWithoutGroundTruthHaveNoTrueJAndHidingTheTraceEmptiesIt() throws Exception {
    session = CarShadowProject.open(dir.resolve("car-shadow"));
    TraceViewModel trace = new TraceViewModel(session, jobs, failures::add);
    Path firstHalf = Files.createDirectories(dir.resolve("gt-first-half"));
    for (int frame = 0; frame < 20; frame++) {
      Path mask = SharedData.davisMask(CarShadowProject.SEQUENCE, frame);
      Files.copy(mask, firstHalf.resolve(mask.getFileName()));
    }

    trace.useGroundTruth(firstHalf).get();

    assertEquals(firstHalf, trace.groundTruthProperty().get().folder());
    assertEquals(range(0, 20), frames(trace.trueJ()), "NaN, so no point, after frame 19");
    trace.trueJShownProperty().set(false);
    assertEquals(List.of(), trace.trueJ());
    trace.trueJShownProperty().set(true);
    assertEquals(range(0, 20), frames(trace.trueJ()), "shown again, computed again");
  }

  @Test
  void aRefreshTakesInANewKeyframeAndTheNextEditMarksTheJTracesOutOfDate() throws Exception {
    session = CarShadowProject.open(dir.resolve("car-shadow"));
    TraceViewModel trace = new TraceViewModel(session, jobs, failures::add);
    CarShadowProject.putTruth(session.store(), 5);
    session.edited();
    assertEquals(FrameState.CORRECTED, session.project().frame(5).state());

    trace.refresh().get();

    assertEquals(1.0, values(trace.trueJ()).get(5), 0, "the new keyframe is the truth");
    assertEquals(List.of(5, 10, 20), frames(trace.looJ()), "5 now lies between 0 and 10");
    assertFalse(trace.outOfDateProperty().get());
    CarShadowProject.putTruth(session.store(), 25);
    session.edited();
    assertTrue(trace.outOfDateProperty().get(), "edited since the refresh");
  }

  @Test
  void aProjectWithoutGroundTruthHasNoTrueJ() throws Exception {
    ProjectStore store = ProjectStore.create(dir.resolve("demo"), NewProject.demo());
    session = new EditorSession(store, new DemoVideo());
    TraceViewModel trace = new TraceViewModel(session, jobs, failures::add);

    trace.refresh().get();

    assertNull(trace.groundTruthProperty().get());
    assertEquals("", trace.groundTruthProblemProperty().get());
    assertEquals(List.of(), trace.trueJ());
    assertEquals(List.of(), trace.looJ(), "no keyframe to leave out");
    assertEquals(List.of(), trace.confidence());
  }

  private static List<Integer> frames(List<TracePoint> points) {
    return points.stream().map(TracePoint::frame).toList();
  }

  private static Map<Integer, Double> values(List<TracePoint> points) {
    return points.stream().collect(Collectors.toMap(TracePoint::frame, TracePoint::value));
  }

  private static List<Integer> range(int from, int to) {
    return IntStream.range(from, to).boxed().toList();
  }
}
