package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;

/**
 * The well-formed inputs the malformed-input corpus damages one way each: a folder of 8 generated
 * frames, a mask folder for two of them, the project imported from both (with edits after its last
 * save, only in the journal), and that project exported as DAVIS and as COCO (every frame).
 */
final class CorpusFixtures {
  static final int WIDTH = 32;
  static final int HEIGHT = 24;
  static final int FRAMES = 8;

  final Path frames;
  final Path masks;
  final Path project;
  final Path davis;
  final Path coco;

  private CorpusFixtures(Path root) {
    frames = root.resolve("frames");
    masks = root.resolve("masks");
    project = root.resolve("project");
    davis = root.resolve("davis");
    coco = root.resolve("coco");
  }

  static CorpusFixtures build(Path root) throws IOException {
    CorpusFixtures f = new CorpusFixtures(root);
    Files.createDirectories(f.frames);
    for (int i = 0; i < FRAMES; i++) {
      BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
      image.setRGB(i, i, 0xffffff);
      ImageIO.write(image, "png", f.frames.resolve(String.format("%05d.png", i)).toFile());
    }
    Files.createDirectories(f.masks);
    writeMask(rect(0, 1), f.masks.resolve("00000.png"));
    writeMask(rect(5, 2), f.masks.resolve("00005.png"));
    run(
        "import",
        f.frames.toString(),
        "--masks",
        f.masks.toString(),
        "--project",
        f.project.toString());
    run(
        "export",
        "--project",
        f.project.toString(),
        "--format",
        "davis",
        "--out",
        f.davis.toString());
    run(
        "export",
        "--project",
        f.project.toString(),
        "--format",
        "coco",
        "--frames",
        "all",
        "--out",
        f.coco.toString());
    return f;
  }

  /** A palette mask with a 6x6 square of {@code id}, for {@code frame}. */
  static LabelMask rect(int frame, int id) {
    boolean[] region = new boolean[WIDTH * HEIGHT];
    for (int y = 2; y < 8; y++) {
      for (int x = 3; x < 9; x++) {
        region[y * WIDTH + x] = true;
      }
    }
    return Masks.fromBinary(frame, WIDTH, HEIGHT, region, id);
  }

  static void writeMask(LabelMask mask, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Masks.writePng(mask, out);
    }
  }

  private static void run(String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(ExitCodes.OK, run.exitCode(), String.join(" ", args) + ": " + run.err());
  }

  /** Copies a folder tree (a project, a dataset) so that one case can damage its own copy. */
  static Path copy(Path from, Path to) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(from)) {
      paths = walk.toList();
    }
    for (Path p : paths) {
      Path target = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(target);
      } else {
        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return to;
  }
}
