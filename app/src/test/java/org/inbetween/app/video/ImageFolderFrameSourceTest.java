package org.inbetween.app.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageFolderFrameSourceTest {
  @TempDir Path dir;

  static Stream<Arguments> sharedSequences() {
    return Stream.of(
        Arguments.of("DAVIS/JPEGImages/480p/bus", 80, 854, 480, "00000.jpg", "00079.jpg"),
        Arguments.of("segtrackv2/bmx/frames", 36, 640, 360, "bmx_06668.png", "bmx_06703.png"),
        Arguments.of("partial/judo/frames", 16, 854, 480, "00000.jpg", "00015.jpg"));
  }

  @ParameterizedTest
  @MethodSource("sharedSequences")
  void readsRealSequencesInPlace(
      String folder, int frames, int width, int height, String first, String last)
      throws IOException {
    Path path = SharedData.root().resolve(folder);
    try (ImageFolderFrameSource source = ImageFolderFrameSource.open(path)) {
      assertEquals(frames, source.frameCount());
      assertEquals(width, source.width());
      assertEquals(height, source.height());
      assertEquals(25, source.fps());
      assertEquals(first, source.file(0).getFileName().toString());
      assertEquals(last, source.file(frames - 1).getFileName().toString());
      RgbImage image = source.frame(frames - 1);
      assertEquals(
          RgbImage.fromBufferedImage(ImageIO.read(source.file(frames - 1).toFile())), image);
    }
  }

  @Test
  void ordersFramesNaturallyAndKeepsTheGivenRate() throws IOException {
    for (int n : new int[] {10, 2, 1}) {
      write(dir.resolve("frame" + n + ".png"), 8, 6, n);
    }
    Files.writeString(dir.resolve("notes.txt"), "not a frame");
    try (ImageFolderFrameSource source = ImageFolderFrameSource.open(dir, 12.5)) {
      assertEquals(3, source.frameCount());
      assertEquals(12.5, source.fps());
      assertEquals(List.of(1, 2, 10), List.of(red(source, 0), red(source, 1), red(source, 2)));
    }
  }

  @Test
  void aFrameOfAnotherSizeIsNamedWithBothSizes() throws IOException {
    write(dir.resolve("00000.png"), 8, 6, 0);
    write(dir.resolve("00001.png"), 7, 6, 1);
    IOException e = assertThrows(IOException.class, () -> ImageFolderFrameSource.open(dir));
    assertTrue(e.getMessage().contains("00001.png"), e.getMessage());
    assertTrue(e.getMessage().contains("7x6") && e.getMessage().contains("8x6"), e.getMessage());
  }

  @Test
  void anUnreadableImageIsNamed() throws IOException {
    write(dir.resolve("00000.png"), 8, 6, 0);
    Files.writeString(dir.resolve("00001.jpg"), "not really a jpeg");
    IOException e = assertThrows(IOException.class, () -> ImageFolderFrameSource.open(dir));
    assertTrue(e.getMessage().contains("00001.jpg"), e.getMessage());
    assertTrue(e.getMessage().contains("not a readable"), e.getMessage());
  }

  @Test
  void anEmptyFolderIsAClearError() {
    IOException e = assertThrows(IOException.class, () -> ImageFolderFrameSource.open(dir));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("no JPEG or PNG frames"), e.getMessage());
  }

  private static int red(ImageFolderFrameSource source, int index) throws IOException {
    return source.frame(index).rgb(0, 0) >> 16;
  }

  private static void write(Path file, int width, int height, int red) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, red << 16);
    ImageIO.write(image, "png", file.toFile());
  }
}
