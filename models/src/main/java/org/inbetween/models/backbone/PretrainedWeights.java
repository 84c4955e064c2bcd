package org.inbetween.models.backbone;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.initializer.Initializer;
import java.util.Map;

/**
 * Puts the weights of a Keras model into DJL layers of the same names, as their initializers: the
 * network's ordinary {@code initialize} then creates every parameter with its pretrained value,
 * with DJL's usual gradient bookkeeping, and nothing is overwritten in place afterwards.
 *
 * <p>Layouts differ: a Keras convolution kernel is (height, width, in, out) and a depthwise kernel
 * (height, width, channels, multiplier); DJL/PyTorch want (out, in, height, width), and (channels,
 * 1, height, width) for a depthwise convolution. Keras batch-normalisation weights {@code gamma},
 * {@code beta}, {@code moving_mean} and {@code moving_variance} become {@code gamma}, {@code beta},
 * {@code runningMean} and {@code runningVar}.
 */
final class PretrainedWeights {
  private static final String[][] BATCH_NORM = {
    {"gamma", "gamma"},
    {"beta", "beta"},
    {"moving_mean", "runningMean"},
    {"moving_variance", "runningVar"}
  };

  private PretrainedWeights() {}

  /** Sets the initializers of {@code layers} (Keras name → DJL layer) from {@code model}. */
  static void assign(Map<String, Block> layers, TfjsLayersModel model) throws TfjsFormatException {
    for (Map.Entry<String, Block> entry : layers.entrySet()) {
      String name = entry.getKey();
      Block layer = entry.getValue();
      if (layer instanceof Conv2d) {
        boolean depthwise = "DepthwiseConv2D".equals(model.layer(name).className());
        KerasTensor kernel = model.weight(name + (depthwise ? "/depthwise_kernel" : "/kernel"));
        if (kernel.shape().length != 4) {
          throw new TfjsFormatException(model.file(), kernel + " is not a 2-D convolution kernel");
        }
        // Torch's (out, in) are Keras axes (3, 2) for a convolution, (2, 3) for a depthwise one.
        float[] oihw = depthwise ? toOihw(kernel, 2, 3) : toOihw(kernel, 3, 2);
        int[] k = kernel.shape();
        Shape shape =
            depthwise ? new Shape(k[2], k[3], k[0], k[1]) : new Shape(k[3], k[2], k[0], k[1]);
        set(layer, "weight", model.file(), kernel.name(), shape, oihw);
      } else {
        for (String[] names : BATCH_NORM) {
          KerasTensor weight = model.weight(name + "/" + names[0]);
          set(
              layer,
              names[1],
              model.file(),
              weight.name(),
              new Shape(weight.shape()[0]),
              weight.values());
        }
      }
    }
  }

  /** Reorders a (h, w, a2, a3) kernel to (out, in, h, w), out and in being axes 2 or 3. */
  private static float[] toOihw(KerasTensor kernel, int outAxis, int inAxis) {
    int[] s = kernel.shape();
    int height = s[0];
    int width = s[1];
    float[] from = kernel.values();
    float[] to = new float[from.length];
    int ins = s[inAxis];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        for (int a = 0; a < s[2]; a++) {
          for (int b = 0; b < s[3]; b++) {
            int out = outAxis == 3 ? b : a;
            int in = outAxis == 3 ? a : b;
            float value = from[((y * width + x) * s[2] + a) * s[3] + b];
            to[((out * ins + in) * height + y) * width + x] = value;
          }
        }
      }
    }
    return to;
  }

  private static void set(
      Block layer, String parameter, String file, String weight, Shape shape, float[] values) {
    Parameter target = layer.getDirectParameters().get(parameter);
    Initializer loaded =
        (manager, requested, dataType) -> {
          if (!requested.equals(shape)) {
            throw new IllegalArgumentException(
                file
                    + ": weight "
                    + weight
                    + " gives shape "
                    + shape
                    + " but the layer needs "
                    + requested
                    + " (the input has other channels than the model was trained on?)");
          }
          return manager.create(values, shape).toType(dataType, false);
        };
    target.setInitializer(loaded);
  }
}
