package org.inbetween.app.exchange.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inbetween.app.files.Folders;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;

/**
 * Export speed in frames per second for an 854x480 DAVIS sequence with two objects (the DAVIS
 * object plus a painted block as object 2), to DAVIS format: once at the source size (frames are
 * copied JPEG files, masks encoded as palette PNGs) and once resized to 360 rows (frames decoded,
 * scaled and re-encoded). Run: {@code tools/bench org.inbetween.app.exchange.export.ExportBenchmark
 * [SEQUENCE] [REPEATS]}.
 */
public final class ExportBenchmark {
  private ExportBenchmark() {}

  public static void main(String[] args) throws IOException {
    String sequence = args.length > 0 ? args[0] : "bus";
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path work = Files.createTempDirectory("export-bench-");
    try {
      Path project = twoObjectProject(sequence, work.resolve(sequence));
      for (ExportOptions options :
          List.of(ExportOptions.defaults(), ExportOptions.defaults().withHeight(360))) {
        for (int r = 0; r < repeats; r++) {
          Path out = work.resolve("out-" + options.height() + "-" + r);
          long start = System.nanoTime();
          ExportSummary summary = ExportFixtures.export(project, "davis", out, options);
          double seconds = (System.nanoTime() - start) / 1e9;
          System.out.printf(
              "%s height=%s run %d: %d frames in %.2f s = %.1f frames/s%n",
              sequence,
              options.height() == 0 ? "480 (copy)" : options.height() + " (re-encode)",
              r + 1,
              summary.frames(),
              seconds,
              summary.frames() / seconds);
          Folders.deleteRecursively(out);
        }
      }
    } finally {
      Folders.deleteRecursively(work);
    }
  }

  /** The imported sequence with a 200x120 block in the top-left corner painted as object 2. */
  private static Path twoObjectProject(String sequence, Path dir) throws IOException {
    ExportFixtures.importDavis(sequence, dir);
    try (ProjectStore store = ProjectStore.open(dir)) {
      store.addObject(2, "block");
      int width = store.project().width();
      for (int f = 0; f < store.project().frameCount(); f++) {
        LabelMask mask = store.humanMask(f).orElseThrow();
        boolean[] block = new boolean[width * store.project().height()];
        for (int y = 0; y < 120; y++) {
          for (int x = 0; x < 200; x++) {
            block[y * width + x] = true;
          }
        }
        store.putHumanMask(mask.withPainted(block, 2), "bench");
      }
      store.checkpoint();
    }
    return dir;
  }
}
