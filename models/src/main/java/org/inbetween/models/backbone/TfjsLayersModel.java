package org.inbetween.models.backbone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A TensorFlow.js layers-format model read without TensorFlow: the Keras topology from {@code
 * model.json} and every weight of its manifest, dequantised to floats.
 *
 * <p>The format: {@code model.json} holds {@code modelTopology} (a Keras model config) and {@code
 * weightsManifest}, a list of groups, each naming its shard files ({@code paths}) and its weights
 * ({@code name}, {@code shape}, {@code dtype}, optional {@code quantization}). A group's weights
 * lie back to back, in manifest order, in the concatenation of its shards, little-endian. A
 * quantised weight stores one unsigned byte per value (dtype {@code uint8}) and decodes as {@code q
 * * scale + min} (computed in double, stored as float, as TensorFlow.js does); an unquantised
 * float32 weight stores four bytes per value.
 *
 * <pre>{@code
 * TfjsLayersModel model = TfjsLayersModel.read(TfjsSource.folder(Path.of("mobilenet")));
 * KerasLayer conv = model.layer("Conv1");            // Conv2D, its config
 * KerasTensor kernel = model.weight("Conv1/kernel");  // [3, 3, 3, 32]
 * }</pre>
 */
public final class TfjsLayersModel {
  /** The file every TensorFlow.js layers model starts from. */
  public static final String MODEL_JSON = "model.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String file;
  private final Map<String, KerasLayer> layers;
  private final Map<String, KerasTensor> weights;

  private TfjsLayersModel(
      String file, Map<String, KerasLayer> layers, Map<String, KerasTensor> weights) {
    this.file = file;
    this.layers = Collections.unmodifiableMap(layers);
    this.weights = Collections.unmodifiableMap(weights);
  }

  /** Reads {@code model.json} from {@code source} and every shard its manifest names. */
  public static TfjsLayersModel read(TfjsSource source) throws IOException {
    String file = source.describe(MODEL_JSON);
    JsonNode root;
    try (InputStream in = source.open(MODEL_JSON)) {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new TfjsFormatException(file, "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    Map<String, KerasLayer> layers = readLayers(file, root.path("modelTopology"));
    Map<String, KerasTensor> weights = new LinkedHashMap<>();
    JsonNode manifest = root.path("weightsManifest");
    if (!manifest.isArray() || manifest.isEmpty()) {
      throw new TfjsFormatException(file, "no weightsManifest");
    }
    for (JsonNode group : manifest) {
      readGroup(source, file, group, weights);
    }
    return new TfjsLayersModel(file, layers, weights);
  }

  /** The layer called {@code name}; a clear error naming the file when there is none. */
  public KerasLayer layer(String name) throws TfjsFormatException {
    KerasLayer layer = layers.get(name);
    if (layer == null) {
      throw new TfjsFormatException(file, "the topology has no layer named " + name);
    }
    return layer;
  }

  /** Whether the topology has a layer called {@code name}. */
  public boolean hasLayer(String name) {
    return layers.containsKey(name);
  }

  /** The weight called {@code name} (e.g. {@code Conv1/kernel}), dequantised. */
  public KerasTensor weight(String name) throws TfjsFormatException {
    KerasTensor weight = weights.get(name);
    if (weight == null) {
      throw new TfjsFormatException(file, "the weights manifest has no weight named " + name);
    }
    return weight;
  }

  /** The model file, as error messages name it. */
  public String file() {
    return file;
  }

  private static Map<String, KerasLayer> readLayers(String file, JsonNode topology)
      throws TfjsFormatException {
    // Converted Keras files wrap the model config in "model_config"; tf.js-saved ones do not.
    JsonNode model = topology.has("model_config") ? topology.get("model_config") : topology;
    JsonNode list = model.path("config").path("layers");
    if (!list.isArray() || list.isEmpty()) {
      throw new TfjsFormatException(file, "modelTopology lists no layers");
    }
    Map<String, KerasLayer> layers = new LinkedHashMap<>();
    for (JsonNode layer : list) {
      String name = layer.path("config").path("name").asText(layer.path("name").asText());
      layers.put(
          name, new KerasLayer(file, name, layer.path("class_name").asText(), layer.get("config")));
    }
    return layers;
  }

  private static void readGroup(
      TfjsSource source, String file, JsonNode group, Map<String, KerasTensor> weights)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder shards = new StringBuilder();
    for (JsonNode path : group.path("paths")) {
      try (InputStream in = source.open(path.asText())) {
        in.transferTo(bytes);
      }
      shards.append(shards.length() == 0 ? "" : " + ").append(source.describe(path.asText()));
    }
    ByteBuffer data = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    for (JsonNode spec : group.path("weights")) {
      KerasTensor weight = readWeight(file, shards.toString(), spec, data);
      weights.put(weight.name(), weight);
    }
    if (data.hasRemaining()) {
      throw new TfjsFormatException(
          shards.toString(),
          data.remaining() + " bytes left over after the last weight: not the shards of " + file);
    }
  }

  private static KerasTensor readWeight(String file, String shards, JsonNode spec, ByteBuffer data)
      throws TfjsFormatException {
    String name = spec.path("name").asText();
    int[] shape = new int[spec.path("shape").size()];
    for (int axis = 0; axis < shape.length; axis++) {
      shape[axis] = spec.path("shape").get(axis).asInt();
    }
    if (!"float32".equals(spec.path("dtype").asText())) {
      throw new TfjsFormatException(
          file, "weight " + name + " has dtype " + spec.path("dtype") + ", only float32 is read");
    }
    int count = KerasTensor.size(shape);
    JsonNode quantization = spec.get("quantization");
    String stored = quantization == null ? "float32" : quantization.path("dtype").asText();
    int width = "uint8".equals(stored) ? 1 : "float32".equals(stored) ? 4 : 0;
    if (width == 0) {
      throw new TfjsFormatException(
          file, "weight " + name + " is quantised as " + stored + "; only uint8 is supported");
    }
    if (data.remaining() < (long) count * width) {
      throw new TfjsFormatException(
          shards,
          "ends inside weight "
              + name
              + ": it needs "
              + (long) count * width
              + " bytes, "
              + data.remaining()
              + " remain");
    }
    float[] values = new float[count];
    if (width == 4) {
      data.asFloatBuffer().get(values);
      data.position(data.position() + 4 * count);
    } else {
      if (!quantization.has("scale") || !quantization.has("min")) {
        throw new TfjsFormatException(
            file, "weight " + name + " is quantised without scale and min");
      }
      double scale = quantization.path("scale").asDouble();
      double min = quantization.path("min").asDouble();
      for (int i = 0; i < count; i++) {
        values[i] = (float) ((data.get() & 0xFF) * scale + min);
      }
    }
    return new KerasTensor(name, shape, values);
  }
}
