package org.inbetween.models.kmn;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.nn.Resize;

/**
 * A trained {@link KmnDecoder} that turns a read on the 1/16 grid into full-resolution
 * probabilities: the decoder's logit at 1/4, resized bilinearly to the frame, then the sigmoid. Not
 * thread-safe; close it to free the network.
 */
final class MaskDecoder implements AutoCloseable {
  private final NDManager manager = NDManager.newBaseManager();
  private final KmnDecoder decoder = new KmnDecoder();

  /** The decoder with the parameters in {@code parameters} (DJL's format). */
  MaskDecoder(InputStream parameters) throws IOException {
    try {
      decoder.initialize(manager, DataType.FLOAT32, KmnDecoder.sampleInputShapes());
      decoder.loadParameters(manager, new DataInputStream(parameters));
    } catch (MalformedModelException | RuntimeException e) {
      manager.close();
      throw new IOException("the kmn decoder's weights do not load: " + e.getMessage(), e);
    }
  }

  /** The object's probabilities on {@code image}, row-major at the image's size. */
  float[] decode(EncodedFrame frame, RgbImage image, float[] read) {
    try (NDManager scope = manager.newSubManager()) {
      NDList inputs = DecoderInputs.of(scope, frame, image, read);
      NDArray logit = decoder.forward(new ParameterStore(scope, false), inputs, false).head();
      return Activation.sigmoid(Resize.bilinear(logit, image.height(), image.width()))
          .toFloatArray();
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
