package org.inbetween.app.editing.navigation;

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
 * A real 40-frame project (l = 5) in every frame state, for navigation and timeline tests:
 *
 * <pre>
 * human keyframes   0, 5, 10 (grid) and 12 (off the grid); 15 onwards unlabelled
 * pseudo-labels     1-4 and 6-9, 11, 13, 20 (slot!), 27
 * reviews           1 accepted, 2 and 7 rejected, 3 corrected
 * object 1 absent   on frame 30 (a KEYFRAME without a mask)
 * </pre>
 */
public final class ReviewedProject {
  public static final int FRAMES = 40;
  public static final int WIDTH = 16;
  public static final int HEIGHT = 12;

  private ReviewedProject() {}

  public static ProjectStore create(Path dir) throws IOException {
    ProjectStore store =
        ProjectStore.create(
            dir,
            NewProject.of(SourceKind.DEMO, null, FRAMES, 25, WIDTH, HEIGHT),
            StoreOptions.defaults().withoutAutosave());
    store.addObject("ball");
    store.addObject("dog");
    for (int frame : new int[] {0, 5, 10, 12}) {
      store.putHumanMask(square(frame), "ana");
    }
    for (int frame : new int[] {1, 2, 3, 4, 6, 7, 8, 9, 11, 13, 20, 27}) {
      store.putMachineMask(
          MachineLayer.pseudo(),
          square(frame),
          Provenance.of("fgplg", "test", "1", Map.of("confidence", "0." + (frame % 10))));
    }
    store.review(1, Decision.accept(), "rev");
    store.review(2, Decision.reject("leaks"), "rev");
    store.review(7, Decision.reject(""), "rev");
    store.review(3, Decision.correct(square(3)), "rev");
    store.markAbsent(30, 1, "ana");
    return store;
  }

  /** Object 1 in the top-left quarter, object 2 in the bottom-right one. */
  public static LabelMask square(int frame) {
    byte[] labels = new byte[WIDTH * HEIGHT];
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        labels[y * WIDTH + x] =
            (byte)
                (x < WIDTH / 2 && y < HEIGHT / 2 ? 1 : x >= WIDTH / 2 && y >= HEIGHT / 2 ? 2 : 0);
      }
    }
    return Masks.fromLabels(frame, WIDTH, HEIGHT, labels);
  }
}
