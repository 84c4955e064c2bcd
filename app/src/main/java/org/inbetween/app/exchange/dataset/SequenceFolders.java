package org.inbetween.app.exchange.dataset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.inbetween.app.project.MaskPng;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;

/**
 * One sequence stored the DAVIS way, which YouTube-VOS shares: a folder of {@code 00000.jpg} frames
 * and a folder of {@code 00000.png} palette masks with the same names. The formats differ only in
 * where these two folders lie and in the index files beside them.
 */
public final class SequenceFolders {
  private static final Pattern FRAME_NAME = Pattern.compile("(\\d{5,})\\.jpg");

  private final Path images;
  private final Path masks;

  public SequenceFolders(Path images, Path masks) {
    this.images = images;
    this.masks = masks;
  }

  /** The five-digit name stem of frame {@code index}, e.g. "00007". */
  public static String stem(int index) {
    return String.format("%05d", index);
  }

  /** Creates both folders (a sequence without labels still has its annotation folder). */
  public void create() throws IOException {
    Files.createDirectories(images);
    Files.createDirectories(masks);
  }

  public void writeImage(int index, RgbImage image) throws IOException {
    DatasetImages.writeJpeg(image, image(index));
  }

  /** Copies an existing JPEG file byte for byte. */
  public void copyImage(int index, Path jpeg) throws IOException {
    Files.copy(jpeg, image(index), StandardCopyOption.COPY_ATTRIBUTES);
  }

  /** Writes {@code mask} as a DAVIS-palette PNG named by its frame. */
  public void writeMask(LabelMask mask) throws IOException {
    try (OutputStream out = Files.newOutputStream(maskFile(mask.frame()))) {
      Masks.writePng(mask, out);
    }
  }

  /**
   * Writes {@code mask} as an 8-bit gray PNG, 255 wherever any object is, 0 elsewhere: the DAVIS
   * 2016 single-object convention that saliency training code reads as a grayscale image.
   */
  public void writeBinaryMask(LabelMask mask) throws IOException {
    BufferedImage gray =
        new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY);
    byte[] labels = mask.labels();
    for (int i = 0; i < labels.length; i++) {
      labels[i] = labels[i] == 0 ? 0 : (byte) 255;
    }
    gray.getRaster().setDataElements(0, 0, mask.width(), mask.height(), labels);
    if (!ImageIO.write(gray, "png", maskFile(mask.frame()).toFile())) {
      throw new IOException(maskFile(mask.frame()) + ": no PNG writer for gray images");
    }
  }

  /** The folder of the frame images. */
  public Path imageFolder() {
    return images;
  }

  public Path image(int index) {
    return images.resolve(stem(index) + ".jpg");
  }

  public Path maskFile(int index) {
    return masks.resolve(stem(index) + ".png");
  }

  /** The frame indices that have an image, ascending. */
  public List<Integer> frames() throws IOException {
    if (!Files.isDirectory(images)) {
      throw new IOException(images + ": no such frame folder");
    }
    List<Integer> frames = new ArrayList<>();
    try (Stream<Path> files = Files.list(images)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        Matcher name = FRAME_NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
          throw new IOException(file + ": frames must be named NNNNN.jpg");
        }
        frames.add(Integer.parseInt(name.group(1)));
      }
    }
    if (frames.isEmpty()) {
      throw new IOException(images + ": no frames in this folder");
    }
    return frames;
  }

  /** The frame's labels, palette or 0/255 gray, or empty when it has no annotation file. */
  public Optional<LabelMask> mask(int index) throws IOException {
    Path file = maskFile(index);
    return Files.isRegularFile(file) ? Optional.of(MaskPng.read(file, index)) : Optional.empty();
  }
}
