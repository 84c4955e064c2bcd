package org.inbetween.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.CurrentThreadTaskRunner;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.ner.BundledNer;
import org.inbetween.models.ner.NerCheckpoint;
import org.inbetween.models.train.Checkpoints;
import org.inbetween.models.train.ComputeDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Train saliency model on this project" on the demo project with human keyframes 0, 5 and 10: the
 * first run continues the bundled default, saves to the project's {@code models/ner} and refreshes
 * {@code model/rcrnet-ner} on every frame with it; a second run continues the project's own model;
 * human masks are never touched and the scratch export never stays.
 */
class ProjectNerTaskTest {
  private static final int FRAMES = DemoVideo.FRAME_COUNT;
  private static final MachineLayer LAYER = MachineLayer.model("rcrnet-ner");

  @TempDir Path dir;

  private ProjectStore demoProject(int... keyframes) throws Exception {
    ProjectStore store = ProjectStore.create(dir.resolve("p"), NewProject.demo());
    store.addObject("ellipse");
    store.addObject("pentagon");
    store.addObject("star");
    DemoVideo demo = new DemoVideo();
    for (int frame : keyframes) {
      store.putHumanMask(demo.groundTruth(frame), "keyframer");
    }
    return store;
  }

  private static ProjectNerTask.Result train(ProjectStore store, long steps) throws Exception {
    return new CurrentThreadTaskRunner()
        .run(new ProjectNerTask(store, new DemoVideo(), steps, ComputeDevice.CPU));
  }

  @Test
  void continuesTheBundledModelThenItsOwnAndRefreshesTheOverlay() throws Exception {
    try (ProjectStore store = demoProject(0, 5, 10)) {
      Path own = store.directory().resolve("models/ner");
      long bundledSteps = NerCheckpoint.read(BundledNer.folder()).steps();

      ProjectNerTask.Result first = train(store, 2);
      assertEquals(own, first.model());
      assertEquals(bundledSteps + 2, first.training().steps());
      assertEquals(bundledSteps + 2, NerCheckpoint.read(own).steps());
      assertEquals(FRAMES, first.prediction().frames());
      String sha256 = Checkpoints.parametersSha256(own);
      for (int frame = 0; frame < FRAMES; frame++) {
        SoftMask map = store.machineSoftMask(LAYER, frame, 1).orElseThrow();
        assertEquals(DemoVideo.WIDTH, map.width());
        assertEquals(own.toString(), store.machineProvenance(LAYER, frame).orElseThrow().model());
        assertEquals(
            sha256, store.machineProvenance(LAYER, frame).orElseThrow().modelVersion(), "" + frame);
      }
      assertFalse(Files.exists(store.directory().resolve(ProjectNerTask.SCRATCH)));
      assertTrue(first.summary().contains(own.toString()), first.summary());

      ProjectNerTask.Result second = train(store, 1);
      assertEquals(bundledSteps + 3, second.training().steps(), "continues the project's model");

      DemoVideo demo = new DemoVideo();
      for (int frame : new int[] {0, 5, 10}) {
        assertEquals(demo.groundTruth(frame), store.humanMask(frame).orElseThrow());
      }
      assertTrue(store.humanMask(1).isEmpty(), "no human mask appears");
    }
  }

  @Test
  void aProjectWithNothingReviewedIsRefusedAndKeepsNoModel() throws Exception {
    try (ProjectStore store = demoProject()) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> train(store, 1));
      assertTrue(
          refused.getMessage().startsWith(store.directory().toString()), refused.getMessage());
      assertTrue(refused.getMessage().contains("no frame to train on"), refused.getMessage());
      assertFalse(Files.exists(store.directory().resolve("models/ner")));
      assertFalse(Files.exists(store.directory().resolve(ProjectNerTask.SCRATCH)));
    }
  }
}
