package org.inbetween.app.ui.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.project.store.StoreOptions;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;

/**
 * A real project as long as a feature film's worth of frames, with work spread over it: human
 * keyframes, pseudo-labels with a confidence, accepted and rejected ones, absent marks. Masks are
 * tiny so that the cost is the number of frames, which is what the timeline must cope with.
 */
final class LongProject {
  static final int FRAMES = 20_000;
  private static final int WIDTH = 8;
  private static final int HEIGHT = 6;

  private LongProject() {}

  /**
   * @param every a human keyframe every {@code every} frames, pseudo-labels on the 4 frames after
   *     it; larger is faster to build (every edit is a forced journal write)
   */
  static ProjectStore create(Path dir, int every) throws IOException {
    ProjectStore store =
        ProjectStore.create(
            dir,
            NewProject.of(SourceKind.DEMO, null, FRAMES, 25, WIDTH, HEIGHT),
            StoreOptions.defaults().withoutAutosave());
    store.addObject("car");
    store.addObject("rider");
    for (int k = 0; k < FRAMES; k += every) {
      store.putHumanMask(mask(k), "ana");
      for (int f = k + 1; f < Math.min(FRAMES, k + 5); f++) {
        double confidence = 0.5 + 0.45 * Math.sin(f / 700.0);
        store.putMachineMask(
            MachineLayer.pseudo(),
            mask(f),
            Provenance.of("fgplg", "t", "1", Map.of("confidence", Double.toString(confidence))));
      }
      if (k % (every * 7) == 0 && k + 1 < FRAMES) {
        store.review(k + 1, Decision.reject("drift"), "rev");
      } else if (k % (every * 3) == 0 && k + 1 < FRAMES) {
        store.review(k + 1, Decision.accept(), "rev");
      }
      if (k % (every * 11) == 0) {
        store.markAbsent(k, 2, "ana");
      }
    }
    return store;
  }

  private static LabelMask mask(int frame) {
    byte[] labels = new byte[WIDTH * HEIGHT];
    labels[0] = 1;
    return Masks.fromLabels(frame, WIDTH, HEIGHT, labels);
  }
}
