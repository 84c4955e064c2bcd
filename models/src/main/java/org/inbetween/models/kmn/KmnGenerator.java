package org.inbetween.models.kmn;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inbetween.models.flow.FlowScaling;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.pseudo.PseudoLabelRequest;

/**
 * {@code kmn} as a pseudo-label method: the frame between two keyframes reads each object's mask
 * from both keyframes at once through the {@link KernelizedRead}, on the 1/16 grid, and the read is
 * resampled bilinearly to the frame. Nothing is carried from frame to frame, so a flow that breaks
 * under occlusion or fast motion cannot drag the error along; the price is the grid's coarse
 * boundary (a learned decoder that sees the image is what refines it, and is still to come).
 *
 * <p>The read weights depend on the frame and the two keyframes, not on the object, so the objects
 * of one frame share them; keys are cached for the last few frames. Not thread-safe.
 */
public final class KmnGenerator implements PseudoLabelGenerator {
  private static final int REMEMBERED_FRAMES = 8;

  private final Frames frames;
  private final TrunkKeys trunk;
  private final NDManager manager = NDManager.newBaseManager();
  private final float temperature;
  private final float sigma;
  private final Map<Integer, FrameKeys> keys =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, FrameKeys> eldest) {
          return size() > REMEMBERED_FRAMES;
        }
      };
  private List<Integer> weightsFor = List.of();
  private KernelizedRead.Weights weights;

  KmnGenerator(Frames frames, TrunkKeys trunk, float temperature, float sigma) {
    this.frames = frames;
    this.trunk = trunk;
    this.temperature = temperature;
    this.sigma = sigma;
  }

  @Override
  public String method() {
    return KmnGeneratorFactory.NAME;
  }

  @Override
  public Map<String, String> parameters() {
    return Map.of(
        "keys", "mobilenetv2-nsfwjs 1/16+1/8",
        "temperature", Float.toString(temperature),
        "sigma", Float.toString(sigma));
  }

  @Override
  public SoftMask generate(PseudoLabelRequest request) throws IOException {
    int k = request.frame();
    int i = request.before().frame();
    int j = request.after().frame();
    FrameKeys query = keys(k);
    KernelizedRead.Weights read = weights(k, i, j, query);
    int width = request.width();
    int height = request.height();
    int cells = query.cells();
    float[] values = new float[2 * cells];
    System.arraycopy(pooled(request.before(), query), 0, values, 0, cells);
    System.arraycopy(pooled(request.after(), query), 0, values, cells, cells);
    float[] onGrid = read.read(values);
    float[] probabilities =
        FlowScaling.resize(onGrid, query.gridWidth(), query.gridHeight(), width, height);
    for (int p = 0; p < probabilities.length; p++) {
      probabilities[p] = Math.min(1f, Math.max(0f, probabilities[p]));
    }
    return Masks.softFromProbabilities(k, width, height, probabilities);
  }

  private KernelizedRead.Weights weights(int k, int i, int j, FrameKeys query) throws IOException {
    List<Integer> asked = List.of(k, i, j);
    if (!asked.equals(weightsFor)) {
      weights =
          KernelizedRead.weights(manager, query, List.of(keys(i), keys(j)), temperature, sigma);
      weightsFor = asked;
    }
    return weights;
  }

  private FrameKeys keys(int frame) throws IOException {
    FrameKeys cached = keys.get(frame);
    if (cached == null) {
      RgbImage image = frames.frame(frame);
      cached = trunk.keysOf(image);
      keys.put(frame, cached);
    }
    return cached;
  }

  private static float[] pooled(SoftMask mask, FrameKeys grid) {
    return GridPooling.average(
        mask.probabilities(), mask.width(), mask.height(), grid.gridWidth(), grid.gridHeight());
  }

  @Override
  public void close() {
    try {
      manager.close();
    } finally {
      trunk.close();
    }
  }
}
