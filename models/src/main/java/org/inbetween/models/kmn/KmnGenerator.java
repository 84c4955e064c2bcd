package org.inbetween.models.kmn;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.ArrayList;
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
 * {@code kmn} as a pseudo-label method: a frame reads each object's mask from memory frames through
 * the {@link KernelizedRead} on the 1/16 grid, and the {@link KmnDecoder} turns the read into a
 * full-resolution mask whose edges follow the image (without a decoder, the read is resized
 * bilinearly); {@link ReadEdges} then takes those edges onto the frame's colour edges. Between two
 * keyframes the memory is the two keyframes; from one keyframe ({@link #propagate}) it is a {@link
 * PropagationMemory}: the keyframe and a bounded set of frames predicted on the way. The read
 * carries nothing pixel by pixel from frame to frame, so a flow that breaks under occlusion or fast
 * motion cannot drag the error along.
 *
 * <p>The read weights depend on the frame and its memory frames, not on the object, so the objects
 * of one frame share them; encoded frames are cached for the last few frames. Not thread-safe.
 */
public final class KmnGenerator implements PseudoLabelGenerator {
  private static final int REMEMBERED_FRAMES = 8;

  /** Propagations remembered at once: one per object and side of the video is plenty. */
  private static final int REMEMBERED_ANCHORS = 32;

  private final Frames frames;
  private final TrunkKeys trunk;
  private final KmnDecoderChoice decoder;
  private final ReadEdges edges;
  private final NDManager manager = NDManager.newBaseManager();
  private final float temperature;
  private final float sigma;
  private final Map<Integer, EncodedFrame> encoded = lastUsed(REMEMBERED_FRAMES);
  private final Map<SoftMask, PropagationMemory> propagations = lastUsed(REMEMBERED_ANCHORS);
  private List<Integer> weightsFor = List.of();
  private KernelizedRead.Weights weights;

  KmnGenerator(
      Frames frames,
      TrunkKeys trunk,
      KmnDecoderChoice decoder,
      ReadEdges edges,
      float temperature,
      float sigma) {
    this.frames = frames;
    this.trunk = trunk;
    this.decoder = decoder;
    this.edges = edges;
    this.temperature = temperature;
    this.sigma = sigma;
  }

  @Override
  public String method() {
    return KmnGeneratorFactory.NAME;
  }

  @Override
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>(decoder.parameters());
    parameters.put("keys", "mobilenetv2-nsfwjs 1/16+1/8");
    parameters.put(KmnGeneratorFactory.EDGES_OPTION, edges.label());
    parameters.put("temperature", Float.toString(temperature));
    parameters.put("sigma", Float.toString(sigma));
    return Map.copyOf(parameters);
  }

  @Override
  public SoftMask generate(PseudoLabelRequest request) throws IOException {
    int k = request.frame();
    EncodedFrame query = encoded(k);
    List<PropagationMemory.Entry> memory =
        List.of(entry(request.before(), query), entry(request.after(), query));
    return decoded(k, query, read(k, query, memory));
  }

  @Override
  public boolean propagates() {
    return true;
  }

  @Override
  public SoftMask propagate(int frame, SoftMask anchor) throws IOException {
    EncodedFrame query = encoded(frame);
    PropagationMemory memory = propagations.get(anchor);
    if (memory == null) {
      memory = new PropagationMemory(entry(anchor, query));
      propagations.put(anchor, memory);
    }
    List<PropagationMemory.Entry> entries = new ArrayList<>(memory.entries());
    entries.removeIf(entry -> entry.frame() == frame);
    SoftMask mask = decoded(frame, query, read(frame, query, entries));
    memory.remember(new PropagationMemory.Entry(frame, query.keys(), pooled(mask, query)));
    return mask;
  }

  /** The object's read on the query's grid from the memory frames' values. */
  private float[] read(int k, EncodedFrame query, List<PropagationMemory.Entry> memory) {
    List<Integer> asked = new ArrayList<>(memory.size() + 1);
    asked.add(k);
    memory.forEach(entry -> asked.add(entry.frame()));
    if (!asked.equals(weightsFor)) {
      List<FrameKeys> keys = memory.stream().map(PropagationMemory.Entry::keys).toList();
      weights = KernelizedRead.weights(manager, query.keys(), keys, temperature, sigma);
      weightsFor = asked;
    }
    int cells = query.keys().cells();
    float[] values = new float[memory.size() * cells];
    for (int m = 0; m < memory.size(); m++) {
      System.arraycopy(memory.get(m).values(), 0, values, m * cells, cells);
    }
    return weights.read(values);
  }

  private SoftMask decoded(int k, EncodedFrame query, float[] read) throws IOException {
    RgbImage image = frames.frame(k);
    float[] probabilities;
    if (decoder.decoder() == null) {
      FrameKeys grid = query.keys();
      probabilities =
          FlowScaling.resize(
              read, grid.gridWidth(), grid.gridHeight(), image.width(), image.height());
    } else {
      probabilities = decoder.decoder().decode(query, image, read);
    }
    probabilities = edges.apply(image, probabilities);
    for (int p = 0; p < probabilities.length; p++) {
      probabilities[p] = Math.min(1f, Math.max(0f, probabilities[p]));
    }
    return Masks.softFromProbabilities(k, image.width(), image.height(), probabilities);
  }

  /** A keyframe mask as a memory frame of the query's grid. */
  private PropagationMemory.Entry entry(SoftMask mask, EncodedFrame query) throws IOException {
    return new PropagationMemory.Entry(
        mask.frame(), encoded(mask.frame()).keys(), pooled(mask, query));
  }

  private EncodedFrame encoded(int frame) throws IOException {
    EncodedFrame cached = encoded.get(frame);
    if (cached == null) {
      cached = trunk.encode(frames.frame(frame));
      encoded.put(frame, cached);
    }
    return cached;
  }

  private static float[] pooled(SoftMask mask, EncodedFrame grid) {
    return GridPooling.average(
        mask.probabilities(),
        mask.width(),
        mask.height(),
        grid.keys().gridWidth(),
        grid.keys().gridHeight());
  }

  /** A map that keeps the {@code capacity} entries used last. */
  private static <K, V> Map<K, V> lastUsed(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public void close() {
    try {
      manager.close();
    } finally {
      try {
        decoder.close();
      } finally {
        trunk.close();
      }
    }
  }
}
