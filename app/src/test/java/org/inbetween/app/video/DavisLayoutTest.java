package org.inbetween.app.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DavisLayoutTest {
  @Test
  void findsTheFramesAndMasksOfASequence() throws IOException {
    DavisLayout bus = DavisLayout.of(SharedData.davis(), "bus");
    assertEquals(SharedData.davis().resolve("JPEGImages/480p/bus"), bus.frames());
    assertEquals(SharedData.davisMask("bus", 0).getParent(), bus.annotations());
    try (ImageFolderFrameSource frames = ImageFolderFrameSource.open(bus.frames())) {
      assertEquals(80, frames.frameCount());
      assertTrue(Files.isRegularFile(bus.annotations().resolve("00079.png")));
    }
  }

  @Test
  void aMissingSequenceListsTheOnesThere() {
    IOException e =
        assertThrows(IOException.class, () -> DavisLayout.of(SharedData.davis(), "no-such-seq"));
    assertTrue(e.getMessage().contains("no DAVIS sequence 'no-such-seq'"), e.getMessage());
    assertTrue(e.getMessage().contains("blackswan, bmx-trees, boat, bus"), e.getMessage());
  }

  @Test
  void aFolderThatIsNotDavisIsSaidSo(@TempDir Path dir) {
    IOException e = assertThrows(IOException.class, () -> DavisLayout.of(dir, "bus"));
    assertTrue(e.getMessage().contains("not a DAVIS dataset"), e.getMessage());
  }

  @Test
  void aFrameFolderInTheDavisLayoutHasItsAnnotationsBesideIt() {
    Path frames = Path.of("/data/DAVIS/JPEGImages/480p/bus");
    assertEquals(
        Optional.of(new DavisLayout(frames, Path.of("/data/DAVIS/Annotations/480p/bus"))),
        DavisLayout.ofFrames(frames));
    assertEquals(Optional.empty(), DavisLayout.ofFrames(Path.of("/videos/frames/bus")));
    assertEquals(Optional.empty(), DavisLayout.ofFrames(Path.of("bus")));
  }
}
