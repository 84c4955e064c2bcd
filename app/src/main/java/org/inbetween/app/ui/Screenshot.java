package org.inbetween.app.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The screenshot mode: with {@code -Dinbetween.screenshot=FILE} (or the environment variable {@code
 * INBETWEEN_SCREENSHOT=FILE}) the app saves a PNG of its window once the first frame is on screen,
 * then exits. It gives the docs their pictures and CI a smoke test of the real window under {@code
 * xvfb-run}.
 */
public final class Screenshot {
  static final String PROPERTY = "inbetween.screenshot";
  static final String ENVIRONMENT = "INBETWEEN_SCREENSHOT";

  private Screenshot() {}

  /** Where a screenshot was asked for, if it was; the system property wins over the variable. */
  static Optional<Path> requested() {
    String file = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
    return file == null || file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
  }

  /**
   * Saves the scene as an opaque RGB PNG, written next to {@code file} first and then moved into
   * place so that a failed write never leaves half a picture.
   */
  public static void save(Scene scene, Path file) throws IOException {
    BufferedImage argb = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
    BufferedImage rgb =
        new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.drawImage(argb, 0, 0, null);
    } finally {
      g.dispose();
    }
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    try {
      writeSmallestPng(rgb, partial);
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** PNG at the strongest deflate level: screenshots go into the repository and the docs. */
  private static void writeSmallestPng(BufferedImage image, Path file) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0f);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
