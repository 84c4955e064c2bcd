package org.inbetween.models.fgplg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.KeyframeMasks;
import org.inbetween.models.testdata.SharedData;

/** The DAVIS "bus" sequence read in place from the shared data: frames and the bus's mask. */
public final class DavisBus {
  public static final String NAME = "bus";
  public static final int FRAMES = 80;

  private DavisBus() {}

  public static Frames frames() {
    Path folder = SharedData.davis().resolve("JPEGImages/480p/" + NAME);
    return index -> {
      Path file = folder.resolve(String.format("%05d.jpg", index));
      return RgbImage.fromBufferedImage(ImageIO.read(file.toFile()));
    };
  }

  /** The bus (object 1 of the DAVIS 2016 grayscale annotation) on {@code frame}. */
  public static SoftMask truth(int frame) {
    try {
      return KeyframeMasks.of(Masks.fromPng(SharedData.davisMask(NAME, frame), frame), 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
