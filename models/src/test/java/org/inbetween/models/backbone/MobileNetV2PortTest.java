package org.inbetween.models.backbone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.inbetween.models.image.RgbImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DJL MobileNetV2 with the bundled weights computes the same features as the original
 * TensorFlow.js model: reference values computed once by {@code tools/mobilenet-reference} with
 * {@code @tensorflow/tfjs} on DAVIS blackswan frame 0 (resized to 224×224 and stored as bytes, so
 * both sides see the same input).
 */
class MobileNetV2PortTest {
  private static final String FOLDER = "org/inbetween/models/backbone/";
  private static final float TOLERANCE = 1e-4f;

  private static JsonNode reference;
  private static float[][] features;
  private static long[][] shapes;

  @BeforeAll
  static void runThePort() throws IOException, NoSuchAlgorithmException {
    reference = new ObjectMapper().readTree(resource("mobilenetv2-reference.json"));
    byte[] rgb = resource(reference.path("input").path("file").asText());
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(rgb));
    assertEquals(reference.path("input").path("sha256").asText(), sha256, "test input changed");
    MobileNetV2 trunk = MobileNetV2.builder().fromBundledWeights().build();
    try (NDManager manager = NDManager.newBaseManager()) {
      trunk.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 224, 224));
      NDArray input = MobileNetV2Input.of(manager, RgbImage.wrap(224, 224, rgb));
      NDList out = trunk.forward(new ParameterStore(manager, false), new NDList(input), false);
      features = new float[out.size()][];
      shapes = new long[out.size()][];
      for (int i = 0; i < out.size(); i++) {
        features[i] = out.get(i).toFloatArray();
        shapes[i] = out.get(i).getShape().getShape();
      }
    }
  }

  @Test
  void featuresHaveTheReferenceShapesAtStrides4And8And16() {
    JsonNode taps = reference.path("features");
    assertEquals(taps.size(), features.length);
    for (int i = 0; i < taps.size(); i++) {
      JsonNode nhwc = taps.get(i).path("shapeNhwc");
      long[] expected = {1, nhwc.get(3).asLong(), nhwc.get(1).asLong(), nhwc.get(2).asLong()};
      assertArrayEquals(expected, shapes[i], taps.get(i).path("layer").asText());
    }
    assertArrayEquals(new long[] {1, 24, 56, 56}, shapes[0]);
    assertArrayEquals(new long[] {1, 32, 28, 28}, shapes[1]);
    assertArrayEquals(new long[] {1, 96, 14, 14}, shapes[2]);
  }

  @Test
  void sampledValuesEqualTensorFlowJs() {
    float worst = 0;
    int compared = 0;
    for (int i = 0; i < features.length; i++) {
      JsonNode tap = reference.path("features").get(i);
      long height = shapes[i][2];
      long width = shapes[i][3];
      for (JsonNode sample : tap.path("samples")) {
        int y = sample.get(0).asInt();
        int x = sample.get(1).asInt();
        int c = sample.get(2).asInt();
        float expected = (float) sample.get(3).asDouble();
        float actual = features[i][(int) ((c * height + y) * width + x)];
        assertEquals(
            expected, actual, TOLERANCE, tap.path("layer").asText() + " at " + sample.toString());
        worst = Math.max(worst, Math.abs(expected - actual));
        compared++;
      }
    }
    System.out.printf(
        "MobileNetV2 port: %d sampled values, max |Java - tfjs| = %.2e%n", compared, worst);
    assertTrue(compared >= 3 * 100, "the reference holds samples: " + compared);
  }

  @Test
  void channelMeansEqualTensorFlowJs() {
    float worst = 0;
    for (int i = 0; i < features.length; i++) {
      JsonNode tap = reference.path("features").get(i);
      JsonNode means = tap.path("channelMeans");
      int plane = (int) (shapes[i][2] * shapes[i][3]);
      assertEquals(shapes[i][1], means.size());
      for (int c = 0; c < means.size(); c++) {
        double sum = 0;
        for (int p = 0; p < plane; p++) {
          sum += features[i][c * plane + p];
        }
        float actual = (float) (sum / plane);
        assertEquals(
            means.get(c).asDouble(),
            actual,
            TOLERANCE,
            tap.path("layer").asText() + " channel " + c);
        worst = (float) Math.max(worst, Math.abs(means.get(c).asDouble() - actual));
      }
    }
    System.out.printf("MobileNetV2 port: channel means, max |Java - tfjs| = %.2e%n", worst);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in =
        MobileNetV2PortTest.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IOException("test resource " + FOLDER + name + " is missing");
      }
      return in.readAllBytes();
    }
  }
}
