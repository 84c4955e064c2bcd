package org.inbetween.models.kmn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.inbetween.models.backbone.MobileNetV2Input;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.nn.Resize;

/**
 * The {@link KmnDecoder}'s inputs for one frame and one object, built the same way when training
 * and when labelling: the read (probabilities on the 1/16 grid) resized bilinearly to the 1/4 map
 * and turned into a logit, the frame's 1/4 and 1/8 features, and its colours at 1/4.
 */
final class DecoderInputs {
  /**
   * Reads are clamped to [ε, 1−ε] before the logit: ±4.6, so the decoder can still overturn a
   * certain read.
   */
  private static final float EPSILON = 0.01f;

  private DecoderInputs() {}

  /**
   * @param read the object's read, one probability per cell of {@code frame}'s key grid
   */
  static NDList of(NDManager manager, EncodedFrame frame, RgbImage image, float[] read) {
    FrameKeys grid = frame.keys();
    int height = frame.quarterHeight();
    int width = frame.quarterWidth();
    NDArray onGrid = manager.create(read, new Shape(1, 1, grid.gridHeight(), grid.gridWidth()));
    NDArray prior = Resize.bilinear(onGrid, height, width).clip(EPSILON, 1 - EPSILON);
    NDArray logit = prior.div(prior.neg().add(1)).log();
    NDArray quarter =
        manager.create(frame.quarter(), new Shape(1, frame.quarterChannels(), height, width));
    NDArray eighth =
        manager.create(
            frame.eighth(),
            new Shape(1, frame.eighthChannels(), frame.eighthHeight(), frame.eighthWidth()));
    return new NDList(logit, quarter, eighth, MobileNetV2Input.of(manager, image, height, width));
  }
}
