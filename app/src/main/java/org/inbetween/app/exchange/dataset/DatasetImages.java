package org.inbetween.app.exchange.dataset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.inbetween.models.image.RgbImage;

/** Reads frame images and writes them as JPEG, the frame format of DAVIS and YouTube-VOS. */
public final class DatasetImages {
  /**
   * JPEG quality of re-encoded frames: high, because a training set should not lose detail to
   * compression; frames that were JPEGs already are copied instead (see {@link DatasetWriter}).
   */
  public static final float JPEG_QUALITY = 0.95f;

  private DatasetImages() {}

  /** Decodes a JPEG or PNG file, failing with a message that names it. */
  public static RgbImage read(Path file) throws IOException {
    BufferedImage image;
    try {
      image = ImageIO.read(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": cannot decode the image: " + e.getMessage(), e);
    }
    if (image == null) {
      throw new IOException(file + ": not a readable JPEG or PNG image");
    }
    return RgbImage.fromBufferedImage(image);
  }

  /** Encodes {@code image} as a JPEG file at {@link #JPEG_QUALITY}. */
  public static void writeJpeg(RgbImage image, Path file) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (OutputStream out = Files.newOutputStream(file);
        ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image.toBufferedImage(), null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
