package org.inbetween.app.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.inbetween.models.image.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Videos with a display matrix open upright, as players show them. */
class RotatedVideoTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({"0, top-left", "90, top-right", "180, bottom-right", "270, bottom-left"})
  void framesAreTurnedAsTheDisplayMatrixAsks(int clockwise, String corner) throws Exception {
    Path video = PhoneVideos.write(tmp, clockwise);
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
      grabber.start();
      assertEquals(
          clockwise,
          Math.floorMod(Math.round(-grabber.getDisplayRotation()), 360),
          "the test video carries the display matrix a phone writes");
      assertEquals(PhoneVideos.WIDTH, grabber.getImageWidth(), "stored landscape");
    }

    try (FrameSource source = FrameSources.open(video)) {
      boolean quarter = clockwise % 180 != 0;
      assertEquals(quarter ? PhoneVideos.HEIGHT : PhoneVideos.WIDTH, source.width());
      assertEquals(quarter ? PhoneVideos.WIDTH : PhoneVideos.HEIGHT, source.height());
      assertEquals(clockwise, source.rotation());
      for (int f : new int[] {2, 0, 1}) {
        RgbImage frame = source.frame(f);
        assertEquals(source.width(), frame.width());
        assertEquals(source.height(), frame.height());
        assertEquals(corner, PhoneVideos.markedCorner(frame), "frame " + f);
      }
      assertEquals(clockwise != 0, !source.warnings().isEmpty(), source.warnings().toString());
      source.warnings().forEach(w -> assertTrue(w.contains(clockwise + " degrees clockwise"), w));
    }
  }

  /** A project made before rotation was applied keeps its frames as they were decoded. */
  @Test
  void aRecordedRotationOverridesTheDisplayMatrix() throws IOException {
    Path video = PhoneVideos.write(tmp, 90);
    try (FrameSource unturned = FrameSources.open(video, 0);
        FrameSource upsideDown = FrameSources.open(video, 270)) {
      assertEquals(PhoneVideos.WIDTH, unturned.width());
      assertEquals("top-left", PhoneVideos.markedCorner(unturned.frame(1)));
      assertTrue(unturned.warnings().isEmpty());
      assertEquals("bottom-left", PhoneVideos.markedCorner(upsideDown.frame(1)));
    }
  }

  @Test
  void anImageFolderCannotBeTurned() {
    assertThrows(IOException.class, () -> FrameSources.open(tmp, 90));
    assertThrows(IllegalArgumentException.class, () -> FrameSources.open(tmp, 45));
  }
}
