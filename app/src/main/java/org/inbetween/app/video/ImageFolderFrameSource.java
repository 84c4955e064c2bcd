package org.inbetween.app.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.inbetween.models.image.RgbImage;

/**
 * Frames stored as one JPEG or PNG file each (DAVIS {@code JPEGImages}, SegTrack, exported
 * sequences), in natural name order so {@code frame2} precedes {@code frame10}.
 *
 * <p>Every image's size is read from its header on open, so a folder with a stray frame of another
 * size, or an unreadable file, fails at once with the file named rather than mid-labelling.
 *
 * <pre>{@code
 * try (FrameSource frames = ImageFolderFrameSource.open(davis.frames(), 24)) { ... }
 * }</pre>
 */
public final class ImageFolderFrameSource implements FrameSource {
  public static final double DEFAULT_FPS = 25;

  private final Path folder;
  private final List<Path> files;
  private final int width;
  private final int height;
  private final double fps;

  private ImageFolderFrameSource(Path folder, List<Path> files, int width, int height, double fps) {
    this.folder = folder;
    this.files = files;
    this.width = width;
    this.height = height;
    this.fps = fps;
  }

  public static ImageFolderFrameSource open(Path folder) throws IOException {
    return open(folder, DEFAULT_FPS);
  }

  /**
   * Opens the images in {@code folder}, played at {@code fps}.
   *
   * @throws IOException naming the folder if it is missing or holds no JPEG/PNG, or naming the file
   *     that is unreadable or whose size differs from the first frame's (both sizes given)
   */
  public static ImageFolderFrameSource open(Path folder, double fps) throws IOException {
    if (!(fps > 0 && Double.isFinite(fps))) {
      throw new IllegalArgumentException("frames per second must be positive, not " + fps);
    }
    if (!Files.isDirectory(folder)) {
      throw new IOException(folder + ": no such image folder");
    }
    List<Path> files = imagesIn(folder);
    if (files.isEmpty()) {
      throw new IOException(folder + ": the folder holds no JPEG or PNG frames");
    }
    int[] first = sizeOf(files.get(0));
    for (Path file : files.subList(1, files.size())) {
      int[] size = sizeOf(file);
      if (size[0] != first[0] || size[1] != first[1]) {
        throw new IOException(
            file
                + ": frame is "
                + size[0]
                + "x"
                + size[1]
                + " but the first frame ("
                + files.get(0).getFileName()
                + ") is "
                + first[0]
                + "x"
                + first[1]);
      }
    }
    return new ImageFolderFrameSource(folder, files, first[0], first[1], fps);
  }

  public static boolean isImageName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png");
  }

  private static List<Path> imagesIn(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(p -> Files.isRegularFile(p) && isImageName(p.getFileName().toString()))
          .sorted(
              (a, b) ->
                  NaturalOrder.INSTANCE.compare(
                      a.getFileName().toString(), b.getFileName().toString()))
          .toList();
    }
  }

  /** Width and height from the image header, without decoding the pixels. */
  private static int[] sizeOf(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IOException(file + ": not a readable JPEG or PNG image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } catch (IOException | RuntimeException e) {
        throw new IOException(file + ": not a readable image (" + e.getMessage() + ")", e);
      } finally {
        reader.dispose();
      }
    }
  }

  @Override
  public String description() {
    return folder.toString();
  }

  @Override
  public int frameCount() {
    return files.size();
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public double fps() {
    return fps;
  }

  /** The file frame {@code index} is read from. */
  public Path file(int index) {
    return files.get(index);
  }

  @Override
  public RgbImage frame(int index) throws IOException {
    Path file = files.get(index);
    BufferedImage image;
    try {
      image = ImageIO.read(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": cannot decode the image: " + e.getMessage(), e);
    }
    if (image == null) {
      throw new IOException(file + ": not a readable JPEG or PNG image");
    }
    if (image.getWidth() != width || image.getHeight() != height) {
      throw new IOException(
          file
              + ": frame is "
              + image.getWidth()
              + "x"
              + image.getHeight()
              + " but the folder's "
              + "frames are "
              + width
              + "x"
              + height);
    }
    return RgbImage.fromBufferedImage(image);
  }

  @Override
  public void close() {
    // Nothing is held open between reads.
  }
}
