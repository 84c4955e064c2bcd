package org.inbetween.app.project.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.SourceKind;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;

/** Small generated projects and masks for the store tests. */
final class TestProjects {
  static final int WIDTH = 32;
  static final int HEIGHT = 24;
  static final int FRAMES = 40;

  private TestProjects() {}

  static NewProject demoSpec() {
    return NewProject.of(SourceKind.DEMO, null, FRAMES, 25, WIDTH, HEIGHT);
  }

  static ProjectStore createDemo(Path dir) throws IOException {
    return ProjectStore.create(dir, demoSpec(), StoreOptions.defaults().withoutAutosave());
  }

  static ProjectStore reopen(Path dir) throws IOException {
    return ProjectStore.open(dir, StoreOptions.defaults().withoutAutosave());
  }

  /** A mask with a {@code w}x{@code h} rectangle of {@code objectId} at (x, y). */
  static LabelMask rect(int frame, int objectId, int x, int y, int w, int h) {
    boolean[] region = new boolean[WIDTH * HEIGHT];
    for (int row = y; row < Math.min(HEIGHT, y + h); row++) {
      for (int col = x; col < Math.min(WIDTH, x + w); col++) {
        region[row * WIDTH + col] = true;
      }
    }
    return Masks.fromBinary(frame, WIDTH, HEIGHT, region, objectId);
  }

  static Provenance provenance(String method) {
    return Provenance.of(method, method + ".pt", "1.0", Map.of("l", "5"));
  }

  /**
   * Copies the project folder as it is on disk right now, without closing the store: what a crash
   * at this instant would leave behind (the lock file excepted, which the OS would release).
   */
  static Path crashCopy(Path dir, Path target) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.toList();
    }
    for (Path source : files) {
      Path copy = target.resolve(dir.relativize(source).toString());
      if (Files.isDirectory(source)) {
        Files.createDirectories(copy);
      } else if (!source.getFileName().toString().equals(ProjectLock.FILE_NAME)) {
        Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return target;
  }
}
