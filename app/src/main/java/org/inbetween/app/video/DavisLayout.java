package org.inbetween.app.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where one sequence of a DAVIS-style dataset keeps its frames and masks: {@code
 * JPEGImages/480p/<sequence>} and {@code Annotations/480p/<sequence>} under the dataset root.
 *
 * <pre>{@code
 * DavisLayout bus = DavisLayout.of(Path.of("DAVIS"), "bus");
 * FrameSource frames = ImageFolderFrameSource.open(bus.frames());
 * }</pre>
 *
 * @param frames the folder of JPEG frames
 * @param annotations the folder of PNG masks; it may be missing for an unlabelled sequence
 */
public record DavisLayout(Path frames, Path annotations) {
  private static final String RESOLUTION = "480p";

  /**
   * The folders of {@code sequence} under {@code root}.
   *
   * @throws IOException if {@code root} is not a DAVIS dataset or has no such sequence; the message
   *     lists the sequences it does have
   */
  public static DavisLayout of(Path root, String sequence) throws IOException {
    Path images = root.resolve("JPEGImages").resolve(RESOLUTION);
    if (!Files.isDirectory(images)) {
      throw new IOException(root + ": not a DAVIS dataset (no JPEGImages/" + RESOLUTION + ")");
    }
    if (sequence.isBlank() || sequence.contains("/") || sequence.contains("\\")) {
      throw new IOException("'" + sequence + "' is not a sequence name");
    }
    Path frames = images.resolve(sequence);
    if (!Files.isDirectory(frames)) {
      throw new IOException(
          root + ": no DAVIS sequence '" + sequence + "' (it has: " + sequencesIn(images) + ")");
    }
    return new DavisLayout(
        frames, root.resolve("Annotations").resolve(RESOLUTION).resolve(sequence));
  }

  /**
   * The layout a frame folder belongs to, when it lies where DAVIS keeps frames ({@code
   * ROOT/JPEGImages/RES/NAME}): its masks are then {@code ROOT/Annotations/RES/NAME}, which may be
   * missing. Looks at the names only; nothing is read.
   */
  public static Optional<DavisLayout> ofFrames(Path frames) {
    Path resolution = frames.getParent();
    Path images = resolution == null ? null : resolution.getParent();
    if (images == null
        || images.getParent() == null
        || !"JPEGImages".equals(String.valueOf(images.getFileName()))) {
      return Optional.empty();
    }
    return Optional.of(
        new DavisLayout(
            frames,
            images
                .resolveSibling("Annotations")
                .resolve(resolution.getFileName().toString())
                .resolve(frames.getFileName().toString())));
  }

  private static String sequencesIn(Path images) throws IOException {
    try (Stream<Path> entries = Files.list(images)) {
      return String.join(
          ", ",
          entries
              .filter(Files::isDirectory)
              .map(p -> p.getFileName().toString())
              .sorted(NaturalOrder.INSTANCE)
              .toList());
    }
  }
}
