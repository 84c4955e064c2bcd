package org.inbetween.app.project.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.image.LabelMask;

/**
 * The project the app opens when started without a file: the built-in demo video with its exact
 * ground truth as human keyframes every l-th frame, and "absent" marks where an object is out of
 * view on a keyframe. Everything between the keyframes is left for the tools to fill.
 */
public final class DemoProject {
  /** The demo's objects, in id order (see the demo video's cast). */
  private static final String[] OBJECT_NAMES = {"ellipse", "pentagon", "star"};

  /** Who the demo keyframes are attributed to. */
  public static final String AUTHOR = "demo ground truth";

  private DemoProject() {}

  /** Opens the demo project in {@code dir}, creating it first if it does not exist yet. */
  public static ProjectStore openOrCreate(Path dir) throws IOException {
    if (Files.isRegularFile(dir.resolve("project.json"))) {
      return ProjectStore.open(dir);
    }
    ProjectStore store = ProjectStore.create(dir, NewProject.demo());
    try (DemoVideo demo = new DemoVideo()) {
      for (int id = 1; id <= OBJECT_NAMES.length; id++) {
        store.addObject(id, OBJECT_NAMES[id - 1]);
      }
      int interval = store.project().keyframeInterval();
      for (int frame = 0; frame < DemoVideo.FRAME_COUNT; frame += interval) {
        LabelMask truth = demo.groundTruth(frame);
        store.putHumanMask(truth, AUTHOR);
        for (int id = 1; id <= OBJECT_NAMES.length; id++) {
          if (truth.area(id) == 0) {
            store.markAbsent(frame, id, AUTHOR);
          }
        }
      }
      store.checkpoint();
      return store;
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
