package org.inbetween.app.labeling;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.demo.DemoVideo;

/** A demo project whose keyframes carry the demo's exact ground truth. */
final class KeyframedDemo {
  static final String AUTHOR = "tester";

  private KeyframedDemo() {}

  /** Objects 1..3, human masks on frames 0, l, 2l, ... up to {@code last}. */
  static ProjectStore create(Path dir, DemoVideo demo, int interval, int last) throws IOException {
    ProjectStore store =
        ProjectStore.create(
            dir,
            NewProject.of(
                SourceKind.DEMO,
                null,
                DemoVideo.FRAME_COUNT,
                DemoVideo.FPS,
                DemoVideo.WIDTH,
                DemoVideo.HEIGHT));
    for (int id = 1; id <= 3; id++) {
      store.addObject(id, "object " + id);
    }
    for (int frame = 0; frame <= last; frame += interval) {
      store.putHumanMask(demo.groundTruth(frame), AUTHOR);
    }
    return store;
  }
}
