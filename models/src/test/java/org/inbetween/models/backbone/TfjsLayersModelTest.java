package org.inbetween.models.backbone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TensorFlow.js reader on small hand-made models: layout, dequantisation, clear errors. */
class TfjsLayersModelTest {
  private static final String MODEL =
      """
      {"modelTopology": {"model_config": {"class_name": "Model", "config": {"layers": [
         {"name": "pad", "class_name": "ZeroPadding2D",
          "config": {"name": "pad", "padding": [[0, 1], [2, 3]]}}]}}},
       "weightsManifest": [{"paths": ["g-shard1of2", "g-shard2of2"], "weights": [
         {"name": "a/kernel", "shape": [2, 3], "dtype": "float32",
          "quantization": {"min": -1.0, "scale": 0.5, "dtype": "uint8"}},
         {"name": "b/bias", "shape": [2], "dtype": "float32"}]}]}
      """;

  /** a/kernel as bytes, then b/bias as little-endian floats: 6 + 8 bytes. */
  private static byte[] weights() {
    ByteBuffer buffer = ByteBuffer.allocate(14).order(ByteOrder.LITTLE_ENDIAN);
    buffer.put(new byte[] {0, 1, 2, 3, 4, (byte) 255}).putFloat(1.25f).putFloat(-3.5f);
    return buffer.array();
  }

  private static Path write(Path folder, String json, byte[] data, int split) throws IOException {
    Files.writeString(folder.resolve("model.json"), json);
    Files.write(folder.resolve("g-shard1of2"), Arrays.copyOfRange(data, 0, split));
    Files.write(folder.resolve("g-shard2of2"), Arrays.copyOfRange(data, split, data.length));
    return folder;
  }

  @Test
  void dequantisesBytesWithScaleAndMinAndReadsFloatsAcrossShards(@TempDir Path folder)
      throws IOException {
    // The split falls inside the float weight: shards are one stream.
    TfjsLayersModel model =
        TfjsLayersModel.read(TfjsSource.folder(write(folder, MODEL, weights(), 8)));
    KerasTensor kernel = model.weight("a/kernel");
    assertArrayEquals(new int[] {2, 3}, kernel.shape());
    assertArrayEquals(new float[] {-1f, -0.5f, 0f, 0.5f, 1f, 126.5f}, kernel.values());
    assertArrayEquals(new float[] {1.25f, -3.5f}, model.weight("b/bias").values());
    assertEquals(KerasPadding.of(model.layer("pad")), new KerasPadding(0, 1, 2, 3));
  }

  @Test
  void aShortShardIsRefusedNamingTheShardAndTheWeight(@TempDir Path folder) throws IOException {
    byte[] data = Arrays.copyOf(weights(), 13);
    Path source = write(folder, MODEL, data, 8);
    IOException e =
        assertThrows(
            TfjsFormatException.class, () -> TfjsLayersModel.read(TfjsSource.folder(source)));
    assertTrue(e.getMessage().contains("g-shard2of2"), e.getMessage());
    assertTrue(e.getMessage().contains("ends inside weight b/bias"), e.getMessage());
  }

  @Test
  void bytesLeftOverMeanTheShardsBelongToAnotherModel(@TempDir Path folder) throws IOException {
    byte[] data = Arrays.copyOf(weights(), 15);
    Path source = write(folder, MODEL, data, 8);
    IOException e =
        assertThrows(
            TfjsFormatException.class, () -> TfjsLayersModel.read(TfjsSource.folder(source)));
    assertTrue(e.getMessage().contains("1 bytes left over"), e.getMessage());
  }

  @Test
  void aMissingWeightOrLayerIsNamedWithTheModelFile(@TempDir Path folder) throws IOException {
    TfjsLayersModel model =
        TfjsLayersModel.read(TfjsSource.folder(write(folder, MODEL, weights(), 8)));
    IOException weight = assertThrows(TfjsFormatException.class, () -> model.weight("c/kernel"));
    assertTrue(weight.getMessage().startsWith(folder.resolve("model.json").toString()));
    assertTrue(weight.getMessage().contains("no weight named c/kernel"), weight.getMessage());
    IOException layer = assertThrows(TfjsFormatException.class, () -> model.layer("Conv1"));
    assertTrue(layer.getMessage().contains("no layer named Conv1"), layer.getMessage());
  }

  @Test
  void malformedJsonAndUnsupportedQuantisationAreRefused(@TempDir Path folder) throws IOException {
    Path broken = write(folder, MODEL.substring(0, 100), weights(), 8);
    IOException json =
        assertThrows(
            TfjsFormatException.class, () -> TfjsLayersModel.read(TfjsSource.folder(broken)));
    assertTrue(json.getMessage().contains("not valid JSON"), json.getMessage());
    Path float16 = write(folder, MODEL.replace("\"uint8\"", "\"float16\""), weights(), 8);
    IOException quantised =
        assertThrows(
            TfjsFormatException.class, () -> TfjsLayersModel.read(TfjsSource.folder(float16)));
    assertTrue(quantised.getMessage().contains("quantised as float16"), quantised.getMessage());
  }
}
