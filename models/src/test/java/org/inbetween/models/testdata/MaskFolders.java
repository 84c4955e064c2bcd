package org.inbetween.models.testdata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;

/** Builds folders of mask PNGs in a test's temporary directory, from real DAVIS masks. */
public final class MaskFolders {
  private MaskFolders() {}

  /** Writes {@code mask} as a palette PNG at {@code file}, creating its folder. */
  public static void write(Path file, LabelMask mask) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      Masks.writePng(mask, out);
    }
  }

  /**
   * Writes the first {@code frames} ground-truth masks of a DAVIS sequence, changed by {@code
   * change}, to {@code root/<sequence>/<same file name>}, and returns the file names.
   */
  public static List<String> writeSequence(
      String sequence, int frames, Path root, UnaryOperator<LabelMask> change) throws IOException {
    Path source = SharedData.davis().resolve("Annotations/480p").resolve(sequence);
    List<Path> files;
    try (Stream<Path> listing = Files.list(source)) {
      files = listing.sorted().limit(frames).toList();
    }
    for (int frame = 0; frame < files.size(); frame++) {
      LabelMask mask = Masks.fromPng(files.get(frame), frame);
      write(root.resolve(sequence).resolve(files.get(frame).getFileName()), change.apply(mask));
    }
    return files.stream().map(file -> file.getFileName().toString()).toList();
  }

  /** {@code mask} moved {@code dx} pixels to the right; pixels moved in from the left are empty. */
  public static LabelMask shiftedRight(LabelMask mask, int dx) {
    byte[] labels = mask.labels();
    byte[] shifted = new byte[labels.length];
    int width = mask.width();
    for (int y = 0; y < mask.height(); y++) {
      System.arraycopy(labels, y * width, shifted, y * width + dx, width - dx);
    }
    return Masks.fromLabels(mask.frame(), width, mask.height(), shifted);
  }
}
