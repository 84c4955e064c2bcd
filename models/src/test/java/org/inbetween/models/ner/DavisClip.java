package org.inbetween.models.ner;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.inbetween.models.backbone.MobileNetV2Input;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.nn.Resize;
import org.inbetween.models.testdata.SharedData;

/**
 * A clip of consecutive DAVIS frames as the {@code mobile} preset takes it — RGB in [0, 1], resized
 * (aspect not kept, as in the reference) — with its ground truth as soft targets resized the same
 * way.
 */
record DavisClip(NDArray frames, NDArray targets) {

  /** Frames {@code 0..length-1} of {@code sequence} at {@code size}×{@code size}. */
  static DavisClip read(NDManager manager, String sequence, int length, int size)
      throws IOException {
    NDList frames = new NDList(length);
    NDList targets = new NDList(length);
    Path folder = SharedData.davis().resolve("JPEGImages/480p/" + sequence);
    for (int frame = 0; frame < length; frame++) {
      Path jpeg = folder.resolve(String.format("%05d.jpg", frame));
      RgbImage image = RgbImage.fromBufferedImage(ImageIO.read(jpeg.toFile()));
      frames.add(MobileNetV2Input.of(manager, image, size, size).squeeze(0));
      targets.add(
          target(manager, Masks.fromPng(SharedData.davisMask(sequence, frame), frame), size));
    }
    return new DavisClip(
        NDArrays.stack(frames).expandDims(0), NDArrays.stack(targets).expandDims(0));
  }

  private static NDArray target(NDManager manager, LabelMask mask, int size) {
    float[] foreground = new float[mask.width() * mask.height()];
    for (int y = 0; y < mask.height(); y++) {
      for (int x = 0; x < mask.width(); x++) {
        foreground[y * mask.width() + x] = mask.label(x, y) != 0 ? 1 : 0;
      }
    }
    NDArray full = manager.create(foreground, new Shape(1, 1, mask.height(), mask.width()));
    return Resize.bilinear(full, size, size).squeeze(0);
  }
}
