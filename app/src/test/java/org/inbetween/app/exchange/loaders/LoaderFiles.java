package org.inbetween.app.exchange.loaders;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** File operations the reference loaders share: sorted listings, opening an image by name. */
final class LoaderFiles {
  private LoaderFiles() {}

  /** The names in {@code folder} ending in {@code extension}, sorted as Python's sorted(). */
  static List<String> sortedNames(Path folder, String extension) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "no such folder");
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(extension))
          .sorted()
          .toList();
    }
  }

  /** The sub-folders of {@code folder}, sorted, as {@code sorted(os.listdir(...))}. */
  static List<String> sortedFolders(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isDirectory)
          .map(f -> f.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  /** The name without its extension, e.g. "00005" for "00005.jpg". */
  static String stem(String name) {
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** Decodes an image file as PIL's Image.open would, failing if it is missing or unreadable. */
  static BufferedImage open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "the loader opens this file");
    }
    BufferedImage image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new IOException(file + ": not a readable image");
    }
    return image;
  }

  /** Width and height of an image file, read from its header. */
  static int[] size(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "the loader opens this file");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException(file + ": not a readable image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    }
  }

  /** Fails unless the mask has the size of its frame (every loader here resizes both together). */
  static void sameSize(Path jpeg, Path png) throws IOException {
    int[] frame = size(jpeg);
    BufferedImage mask = open(png);
    if (frame[0] != mask.getWidth() || frame[1] != mask.getHeight()) {
      throw new IOException(png + ": mask size differs from its frame " + jpeg);
    }
  }
}
