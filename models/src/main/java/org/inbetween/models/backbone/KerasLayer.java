package org.inbetween.models.backbone;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.IntStream;

/**
 * One layer of a Keras model topology as TensorFlow.js stores it: its name, its class ({@code
 * Conv2D}, {@code DepthwiseConv2D}, {@code BatchNormalization}, {@code ZeroPadding2D}, ...) and its
 * configuration object, read on demand with the accessors below.
 *
 * @param file the model file the layer comes from, for error messages
 */
public record KerasLayer(String file, String name, String className, JsonNode config) {

  /** A required integer setting. */
  public int integer(String key) throws TfjsFormatException {
    return required(key).asInt();
  }

  /** A required number setting. */
  public double number(String key) throws TfjsFormatException {
    return required(key).asDouble();
  }

  /** A required text setting. */
  public String text(String key) throws TfjsFormatException {
    return required(key).asText();
  }

  /** A required boolean setting. */
  public boolean flag(String key) throws TfjsFormatException {
    return required(key).asBoolean();
  }

  /** A required array of integers, flattened ({@code [[0, 1], [0, 1]]} gives 0, 1, 0, 1). */
  public int[] integers(String key) throws TfjsFormatException {
    return flatten(required(key)).toArray();
  }

  /** Throws unless this layer is of Keras class {@code expected}. */
  public KerasLayer expectClass(String expected) throws TfjsFormatException {
    if (!className.equals(expected)) {
      throw new TfjsFormatException(
          file, "layer " + name + " is a " + className + ", expected a " + expected);
    }
    return this;
  }

  private JsonNode required(String key) throws TfjsFormatException {
    JsonNode value = config.get(key);
    if (value == null || value.isNull()) {
      throw new TfjsFormatException(file, "layer " + name + " has no setting '" + key + "'");
    }
    return value;
  }

  private static IntStream flatten(JsonNode node) {
    if (!node.isArray()) {
      return IntStream.of(node.asInt());
    }
    IntStream.Builder all = IntStream.builder();
    for (JsonNode child : node) {
      flatten(child).forEach(all);
    }
    return all.build();
  }
}
