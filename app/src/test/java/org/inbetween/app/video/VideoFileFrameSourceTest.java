package org.inbetween.app.video;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.inbetween.models.image.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VideoFileFrameSourceTest {
  private static final int FRAMES = 96;

  @TempDir Path dir;

  static List<TestVideos.Format> formats() {
    return TestVideos.formats();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void randomSeeksReturnExactlyTheFramesOfASequentialDecode(TestVideos.Format format)
      throws Exception {
    Path file = TestVideos.write(dir, format, FRAMES);
    List<RgbImage> reference = SequentialDecode.allFrames(file);
    for (int n = 0; n < reference.size(); n++) {
      assertEquals(n, TestVideos.frameNumberShownIn(reference.get(n)), "sequential frame " + n);
    }
    assertEquals(FRAMES, reference.size(), "frames in a sequential decode");

    try (VideoFileFrameSource video = VideoFileFrameSource.open(file)) {
      assertEquals(FRAMES, video.frameCount());
      assertEquals(TestVideos.WIDTH, video.width());
      assertEquals(TestVideos.HEIGHT, video.height());
      assertEquals(25, video.fps(), 1e-6);
      assertEquals(List.of(), video.warnings(), "a whole file is not called truncated");
      for (int n : seekOrder(new Random(20261124))) {
        assertEquals(reference.get(n), video.frame(n), format + ": frame " + n + " after a seek");
      }
    }
  }

  /** Every frame once in random order (many backward jumps), then first, last, first again. */
  private static List<Integer> seekOrder(Random random) {
    List<Integer> order = new ArrayList<>();
    for (int n = 0; n < FRAMES; n++) {
      order.add(n);
    }
    Collections.shuffle(order, random);
    order.addAll(List.of(FRAMES - 1, 0, FRAMES - 1, FRAMES - 2, 1, 0));
    return order;
  }

  @Test
  void readingOnFromAFrameNeverSeeks() throws Exception {
    Path file = TestVideos.write(dir, TestVideos.h264Mp4(), FRAMES);
    List<RgbImage> reference = SequentialDecode.allFrames(file);
    try (VideoFileFrameSource video = VideoFileFrameSource.open(file)) {
      video.frame(30);
      long seeksAfterJump = video.seekCount();
      for (int n = 31; n < FRAMES; n++) {
        assertEquals(reference.get(n), video.frame(n), "frame " + n);
      }
      assertEquals(seeksAfterJump, video.seekCount(), "seeks while reading on");
    }
  }

  @Test
  void countsFramesWhenTheContainerHeaderIsWrong() throws Exception {
    // An AVI header written by a muxer that stops early is typical; here mp4's edit list and
    // B-frame delay make the container's own estimate differ from the packet count in places.
    Path file = TestVideos.write(dir, TestVideos.mpeg4Mp4(), 61);
    try (VideoFileFrameSource video = VideoFileFrameSource.open(file)) {
      assertEquals(61, video.frameCount());
      assertEquals(60, TestVideos.frameNumberShownIn(video.frame(60)));
    }
  }
}
