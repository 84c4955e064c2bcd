package org.inbetween.models.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.KeyframeMasks;

/**
 * A DAVIS 2016 sequence read in place from the shared data: its 480p frames and its object's mask
 * (object 1 of the grayscale annotation).
 */
public record DavisSequence(String name) {
  public Frames frames() {
    Path folder = SharedData.davis().resolve("JPEGImages/480p/" + name);
    return index -> {
      Path file = folder.resolve(String.format("%05d.jpg", index));
      return RgbImage.fromBufferedImage(ImageIO.read(file.toFile()));
    };
  }

  /** How many frames the sequence has. */
  public int frameCount() {
    return SharedData.davis().resolve("JPEGImages/480p/" + name).toFile().list().length;
  }

  /** Keyframes every {@code interval} frames from 0, and the last frame: the bench's grid. */
  public List<Integer> keyframes(int interval) {
    int count = frameCount();
    List<Integer> keyframes = new ArrayList<>();
    for (int k = 0; k < count - 1; k += interval) {
      keyframes.add(k);
    }
    keyframes.add(count - 1);
    return keyframes;
  }

  /** The object's ground-truth mask on {@code frame}. */
  public SoftMask truth(int frame) {
    try {
      return KeyframeMasks.of(Masks.fromPng(SharedData.davisMask(name, frame), frame), 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
