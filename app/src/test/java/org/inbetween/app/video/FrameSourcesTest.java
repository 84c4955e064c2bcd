package org.inbetween.app.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameSourcesTest {
  @TempDir Path dir;

  @Test
  void aFolderOpensAsImages() throws IOException {
    try (FrameSource source = FrameSources.open(SharedData.root().resolve("partial/judo/frames"))) {
      assertInstanceOf(ImageFolderFrameSource.class, source);
      assertEquals(16, source.frameCount());
    }
  }

  @Test
  void aVideoOpensByExtensionAndARenamedOneByProbing() throws Exception {
    Path video = TestVideos.write(dir, TestVideos.h264Mp4(), 10);
    Path renamed = Files.copy(video, dir.resolve("clip.data"));
    for (Path path : List.of(video, renamed)) {
      try (FrameSource source = FrameSources.open(path)) {
        assertInstanceOf(VideoFileFrameSource.class, source);
        assertEquals(10, source.frameCount());
      }
    }
  }

  @Test
  void anythingElseIsAClearError() throws IOException {
    Path text = Files.writeString(dir.resolve("readme.txt"), "hello");
    IOException e = assertThrows(IOException.class, () -> FrameSources.open(text));
    assertTrue(e.getMessage().startsWith(text + ": neither an image folder nor a video"));

    Path image = SharedData.root().resolve("partial/judo/frames/00000.jpg");
    e = assertThrows(IOException.class, () -> FrameSources.open(image));
    assertTrue(e.getMessage().contains("open the folder"), e.getMessage());

    Path missing = dir.resolve("gone.mp4");
    e = assertThrows(IOException.class, () -> FrameSources.open(missing));
    assertTrue(e.getMessage().contains("no such"), e.getMessage());
  }
}
