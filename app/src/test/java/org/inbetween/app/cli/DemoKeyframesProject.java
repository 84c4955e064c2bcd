package org.inbetween.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.demo.DemoVideo;

/** A demo project (150 frames, no file behind it) with the demo's true masks on some keyframes. */
final class DemoKeyframesProject {
  private DemoKeyframesProject() {}

  /** Objects 1 (ellipse) and 2 (pentagon) with their true masks on {@code keyframes}; closed. */
  static void create(Path dir, int... keyframes) throws IOException {
    DemoVideo demo = new DemoVideo();
    try (ProjectStore store = ProjectStore.create(dir, NewProject.demo())) {
      store.addObject(1, "ellipse");
      store.addObject(2, "pentagon");
      for (int frame : keyframes) {
        store.putHumanMask(demo.groundTruth(frame), "tester");
      }
    }
  }
}
