package org.inbetween.app.labeling.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.CancellationException;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.video.FrameSource;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's contract with a test double for the model: layer, objects, cancel. */
class PredictJobTest {
  @TempDir Path dir;

  /** A "model" that says 0.9 on the left half of every frame, for every object it is given. */
  private static final class LeftHalf implements PredictionModel {
    @Override
    public String name() {
      return "lefthalf";
    }

    @Override
    public FramePredictor open(Optional<Path> folder) {
      return new FramePredictor() {
        @Override
        public Map<Integer, SoftMask> predict(int frame, Frames frames, SortedSet<Integer> ids)
            throws IOException {
          int w = frames.frame(frame).width();
          int h = frames.frame(frame).height();
          float[] p = new float[w * h];
          for (int i = 0; i < p.length; i++) {
            p[i] = i % w < w / 2 ? 0.9f : 0.1f;
          }
          return Map.of(ids.first(), Masks.softFromProbabilities(frame, w, h, p));
        }

        @Override
        public Map<String, String> parameters() {
          return Map.of("model", "test", "modelSha256", "abc");
        }

        @Override
        public void close() {}
      };
    }
  }

  private ProjectStore demoProject() throws IOException {
    ProjectStore store =
        ProjectStore.create(
            dir, NewProject.of(SourceKind.DEMO, null, 6, 25, DemoVideo.WIDTH, DemoVideo.HEIGHT));
    store.addObject(2, "ellipse");
    return store;
  }

  @Test
  void fillsEveryFrameOfTheModelLayerUnderTheFirstObject() throws Exception {
    PredictionModels models = PredictionModels.standard().with(new LeftHalf());
    try (ProjectStore store = demoProject();
        FrameSource source = new DemoVideo();
        PredictJob job = new PredictJob(store, source, models, ModelChoice.parse("lefthalf"))) {
      PredictSummary summary = job.run(Progress.NONE);
      assertEquals(6, summary.frames());
      assertEquals("model/lefthalf", summary.layer());
      MachineLayer layer = MachineLayer.model("lefthalf");
      for (int f = 0; f < 6; f++) {
        SoftMask map = store.machineSoftMask(layer, f, 2).orElseThrow();
        assertEquals(0.9f, map.probability(0, 0), 1f / 255);
        assertEquals(2, store.machineMask(layer, f).orElseThrow().label(0, 0));
        assertEquals(0, store.machineMask(layer, f).orElseThrow().label(map.width() - 1, 0));
      }
      assertEquals("abc", store.machineProvenance(layer, 0).orElseThrow().modelVersion());
    }
  }

  @Test
  void cancelStopsBetweenFramesKeepingFinishedOnesWhole() throws Exception {
    PredictionModels models = PredictionModels.standard().with(new LeftHalf());
    Progress cancelAfterTwo =
        new Progress() {
          private long done;

          @Override
          public void update(long done, long total, String message) {
            this.done = done;
          }

          @Override
          public boolean isCancelled() {
            return done >= 2;
          }
        };
    try (ProjectStore store = demoProject();
        FrameSource source = new DemoVideo();
        PredictJob job = new PredictJob(store, source, models, ModelChoice.parse("lefthalf"))) {
      assertThrows(CancellationException.class, () -> job.run(cancelAfterTwo));
      MachineLayer layer = MachineLayer.model("lefthalf");
      for (int f = 0; f < 6; f++) {
        boolean finished = f < 2;
        assertEquals(finished, store.machineMask(layer, f).isPresent(), "label on " + f);
        assertEquals(finished, store.machineSoftMask(layer, f, 2).isPresent(), "map on " + f);
      }
    }
  }

  @Test
  void refusesAProjectWithoutObjects() throws Exception {
    try (ProjectStore store =
            ProjectStore.create(
                dir,
                NewProject.of(SourceKind.DEMO, null, 6, 25, DemoVideo.WIDTH, DemoVideo.HEIGHT));
        FrameSource source = new DemoVideo()) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new PredictJob(
                      store,
                      source,
                      PredictionModels.standard().with(new LeftHalf()),
                      ModelChoice.parse("lefthalf")));
      assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
      assertTrue(store.machineLayers().isEmpty());
    }
  }

  @Test
  void parsesNameAndOptionalFolder() {
    assertEquals(ModelChoice.bundled("u2netp"), ModelChoice.parse("u2netp"));
    assertEquals(
        new ModelChoice("u2netp", Optional.of(Path.of("w/x"))), ModelChoice.parse("u2netp=w/x"));
    assertThrows(IllegalArgumentException.class, () -> ModelChoice.parse("u2netp="));
    assertThrows(IllegalArgumentException.class, () -> ModelChoice.parse("=w"));
  }

  @Test
  void registryNamesTheKnownModelsWhenAskedForAnother() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PredictionModels.standard().get("kmn"));
    assertTrue(e.getMessage().contains("[ner, u2netp]"), e.getMessage());
  }
}
