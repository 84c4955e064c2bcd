package org.inbetween.models.pseudo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inbetween.models.flow.BackwardWarp;
import org.inbetween.models.flow.DisFlowEstimator;
import org.inbetween.models.flow.FlowCache;
import org.inbetween.models.flow.FlowConsistency;
import org.inbetween.models.flow.FlowField;
import org.inbetween.models.flow.FlowScaling;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.flow.SequenceFlows;
import org.inbetween.models.image.RgbImage;

/**
 * Flow from a frame to its two keyframes and what follows from it: the warped keyframe masks, the
 * flow magnitudes and the forward–backward consistency. Shared by {@code warp} and {@code fgplg}.
 *
 * <p>Flows are computed and composed at the estimator's working resolution and cached per sequence;
 * the full-resolution flows and consistency weights of the last few (frame, keyframe) pairs are
 * kept too, so the objects of one frame cost one set of flows between them. Not thread-safe; close
 * it to release the DIS estimator.
 *
 * <pre>{@code
 * try (FlowGuidance guidance = new FlowGuidance(frames, GeneratorSettings.defaults())) {
 *   GuidanceInputs in = guidance.inputs(new PseudoLabelRequest(k, maskI, maskJ));
 *   float[] sevenChannels = in.sevenChannels();
 * }
 * }</pre>
 */
public final class FlowGuidance implements AutoCloseable {
  private static final int REMEMBERED = 4;

  /** Keeps a side's vote alive where its flow fails the consistency check. */
  static final float CONSISTENCY_FLOOR = 0.05f;

  private final Frames frames;
  private final DisFlowEstimator estimator;
  private final SequenceFlows flows;
  private final Map<Long, FlowField> fullFlows = recentMap();
  private final Map<Long, float[]> consistencies = recentMap();

  public FlowGuidance(Frames frames, GeneratorSettings settings) {
    this.frames = frames;
    this.estimator = new DisFlowEstimator(settings.preset(), settings.flowScale());
    this.flows =
        new SequenceFlows(
            frames, estimator, settings.route(), new FlowCache(settings.flowCacheBytes()));
  }

  /** WG_i, WG_j and the two flows for one object on the request's frame. */
  public GuidanceInputs inputs(PseudoLabelRequest request) throws IOException {
    int k = request.frame();
    FlowField toBefore = fullFlow(k, request.before().frame());
    FlowField toAfter = fullFlow(k, request.after().frame());
    return new GuidanceInputs(
        frames.frame(k),
        BackwardWarp.warp(request.before().probabilities(), toBefore),
        BackwardWarp.warp(request.after().probabilities(), toAfter),
        toBefore,
        toAfter);
  }

  /**
   * Both warped keyframe masks of {@code in} blended into one soft mask of frame k, the {@code
   * warp} method's answer and FGPLG's prior.
   *
   * <p>Each side's weight is its temporal weight ((j−k)/(j−i) for i, (k−i)/(j−i) for j) times its
   * forward–backward consistency at that pixel, plus a small floor so that where both sides are
   * inconsistent the temporal weights decide: {@code p = Σ a_s·WG_s / Σ a_s} with {@code a_s = w_s
   * · (c_s + ε)}.
   *
   * @param in what {@link #inputs} returned for {@code request}
   */
  public float[] warpBlend(PseudoLabelRequest request, GuidanceInputs in) throws IOException {
    int k = request.frame();
    float[] trustBefore = consistency(k, request.before().frame());
    float[] trustAfter = consistency(k, request.after().frame());
    float weightBefore = request.weightBefore();
    float weightAfter = request.weightAfter();
    float[] out = new float[trustBefore.length];
    for (int p = 0; p < out.length; p++) {
      float a = weightBefore * (trustBefore[p] + CONSISTENCY_FLOOR);
      float b = weightAfter * (trustAfter[p] + CONSISTENCY_FLOOR);
      float blended = (a * in.warpedBefore()[p] + b * in.warpedAfter()[p]) / (a + b);
      out[p] = Math.min(1f, Math.max(0f, blended));
    }
    return out;
  }

  /**
   * How far the flow from {@code frame} to {@code keyframe} can be trusted, per pixel of frame.
   * Checked at the resolution the flow was computed at, then resized to the frame's.
   */
  public float[] consistency(int frame, int keyframe) throws IOException {
    long key = key(frame, keyframe);
    float[] cached = consistencies.get(key);
    if (cached == null) {
      FlowField forward = flows.toReference(frame, keyframe);
      float[] weights = FlowConsistency.weights(forward, flows.fromReference(keyframe, frame));
      RgbImage image = frames.frame(frame);
      cached =
          FlowScaling.resize(
              weights, forward.width(), forward.height(), image.width(), image.height());
      consistencies.put(key, cached);
    }
    return cached;
  }

  private FlowField fullFlow(int frame, int keyframe) throws IOException {
    long key = key(frame, keyframe);
    FlowField cached = fullFlows.get(key);
    if (cached == null) {
      RgbImage image = frames.frame(frame);
      cached =
          FlowScaling.resize(flows.toReference(frame, keyframe), image.width(), image.height());
      fullFlows.put(key, cached);
    }
    return cached;
  }

  private static long key(int frame, int keyframe) {
    return (long) frame << 32 | (keyframe & 0xFFFFFFFFL);
  }

  /** A map that keeps only the last few entries: the objects of one frame share them. */
  private static <V> Map<Long, V> recentMap() {
    return new LinkedHashMap<>(8, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
        return size() > REMEMBERED;
      }
    };
  }

  @Override
  public void close() {
    estimator.close();
  }
}
