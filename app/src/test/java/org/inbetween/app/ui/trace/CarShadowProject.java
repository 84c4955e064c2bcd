package org.inbetween.app.ui.trace;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.labeling.PseudoLabelJob;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.image.Masks;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.WarpGenerator;
import org.inbetween.models.testdata.SharedData;

/**
 * The DAVIS "car-shadow" sequence (40 frames), read in place, as a project made like a DAVIS import
 * with keyframes every 10 frames: the ground truth of frames 0, 10, 20 and 30 as human masks, warp
 * pseudo-labels on every other frame. Its source lies in {@code JPEGImages/480p}, so the trace
 * finds the ground truth beside it.
 */
final class CarShadowProject {
  static final String SEQUENCE = "car-shadow";
  static final int FRAMES = 40;
  static final int[] KEYFRAMES = {0, 10, 20, 30};

  private CarShadowProject() {}

  static EditorSession open(Path dir) throws Exception {
    Path frames = SharedData.davis().resolve("JPEGImages/480p/" + SEQUENCE);
    ProjectStore store =
        ProjectStore.create(
            dir,
            NewProject.of(SourceKind.IMAGE_FOLDER, frames, FRAMES, 25, 854, 480)
                .withKeyframeInterval(10));
    store.addObject(1, "car");
    for (int frame : KEYFRAMES) {
      putTruth(store, frame);
    }
    FrameSource source = ProjectFrames.open(store.project(), dir);
    try (PseudoLabelJob job =
        new PseudoLabelJob(
            store, source, new WarpGenerator.Factory(), GeneratorSettings.defaults())) {
      job.run(Progress.NONE);
    }
    return new EditorSession(store, source);
  }

  /** Draws the ground truth of {@code frame} as a human mask, as an annotator would. */
  static void putTruth(ProjectStore store, int frame) throws IOException {
    store.putHumanMask(Masks.fromPng(SharedData.davisMask(SEQUENCE, frame), frame), "tester");
  }
}
