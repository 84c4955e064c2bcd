package org.inbetween.app.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.inbetween.models.image.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad video files: a clear IOException naming the file, or the frames that are decodable. */
class VideoFileErrorsTest {
  private static final int FRAMES = 80;

  @TempDir Path dir;

  @Test
  void aTextFileIsNotAVideo() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.mp4"), "shopping list, not a video\n");
    IOException e = assertThrows(IOException.class, () -> VideoFileFrameSource.open(file));
    assertMessage(e, file, "not a video FFmpeg can read");
    assertFalse(e.getMessage().contains("avformat"), "no FFmpeg internals: " + e.getMessage());
    assertTrue(e.getCause().getMessage().contains("avformat_open_input"), "FFmpeg's words kept");
  }

  @Test
  void anEmptyFileIsSaidToBeEmpty() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.mp4"));
    IOException e = assertThrows(IOException.class, () -> VideoFileFrameSource.open(file));
    assertMessage(e, file, "the file is empty");
  }

  @Test
  void aMissingFileIsReported() {
    Path file = dir.resolve("absent.mkv");
    IOException e = assertThrows(IOException.class, () -> VideoFileFrameSource.open(file));
    assertMessage(e, file, "no such video file");
  }

  @Test
  void anAudioOnlyFileHasNoVideoStream() throws Exception {
    Path file = dir.resolve("tone.m4a");
    TestVideos.writeTone(file);
    IOException e = assertThrows(IOException.class, () -> VideoFileFrameSource.open(file));
    assertMessage(e, file, "no video stream");
  }

  @Test
  void anMp4CutInHalfWithItsIndexAtTheEndFailsClearly() throws Exception {
    Path whole = TestVideos.write(dir, TestVideos.h264Mp4(), FRAMES);
    Path cut = cutInHalf(whole, "cut.mp4");
    IOException e = assertThrows(IOException.class, () -> VideoFileFrameSource.open(cut));
    assertMessage(e, cut, "not a video FFmpeg can read");
  }

  /** With the index up front (mp4 faststart) or none needed (mkv), the first half still plays. */
  @ParameterizedTest
  @ValueSource(strings = {"mp4", "mkv"})
  void aFileCutInHalfOpensWithItsDecodableFrames(String extension) throws Exception {
    TestVideos.Format format =
        TestVideos.h264Mp4().in(extension.equals("mkv") ? "matroska" : extension, extension);
    Path whole =
        TestVideos.write(
            dir.resolve("whole." + extension),
            format,
            FRAMES,
            TestVideos.WIDTH,
            TestVideos.HEIGHT,
            Map.of("movflags", "+faststart"));
    Path cut = cutInHalf(whole, "cut." + extension);
    List<RgbImage> sequential = SequentialDecode.allFrames(cut);

    try (VideoFileFrameSource video = VideoFileFrameSource.open(cut)) {
      int count = video.frameCount();
      assertTrue(count > FRAMES / 4 && count < FRAMES, "frames left in the first half: " + count);
      assertEquals(sequential.size(), count, "frames a sequential decode yields");
      assertEquals(1, video.warnings().size(), "a truncation warning: " + video.warnings());
      String warning = video.warnings().get(0);
      assertTrue(warning.startsWith(cut.toString()), warning);
      assertTrue(
          warning.contains("promises " + FRAMES + " frames but only " + count + " can be decoded"),
          warning);
      int previousShown = -1;
      for (int n = 0; n < count; n++) {
        int shown = TestVideos.frameNumberShownIn(sequential.get(n));
        assertTrue(shown > previousShown, "frames of the cut file stay in order at " + n);
        previousShown = shown;
      }
      for (int n = count - 1; n >= 0; n -= 5) {
        assertEquals(sequential.get(n), video.frame(n), "frame " + n + " of the cut file");
      }
    }
  }

  private Path cutInHalf(Path whole, String name) throws IOException {
    byte[] bytes = Files.readAllBytes(whole);
    return Files.write(dir.resolve(name), Arrays.copyOf(bytes, bytes.length / 2));
  }

  private static void assertMessage(IOException e, Path file, String problem) {
    assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
    assertTrue(e.getMessage().contains(problem), "says '" + problem + "': " + e.getMessage());
  }
}
