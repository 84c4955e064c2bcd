package org.inbetween.app.project.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.demo.DemoVideo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoProjectTest {
  @TempDir Path tmp;

  @Test
  void demoHasExactKeyframesEveryLAndAbsentMarksWhereObjectsAreOutOfView() throws IOException {
    Path dir = tmp.resolve("demo");
    try (ProjectStore store = DemoProject.openOrCreate(dir);
        DemoVideo demo = new DemoVideo()) {
      Project p = store.project();
      assertEquals(
          DemoVideo.FRAME_COUNT / p.keyframeInterval(), p.framesIn(FrameState.KEYFRAME).size());
      assertEquals(demo.groundTruth(50), store.humanMask(50).orElseThrow());
      assertTrue(store.humanMask(51).isEmpty(), "frames between keyframes are left to the tools");
      assertTrue(p.frame(50).isAbsent(3), "the star enters at frame 52");
      assertFalse(p.frame(55).isAbsent(3));
      assertTrue(p.frame(100).isAbsent(2), "the pentagon has left after frame 97");
    }
    try (ProjectStore again = DemoProject.openOrCreate(dir)) {
      assertEquals(3, again.project().objects().size(), "reopened, not made twice");
    }
  }
}
