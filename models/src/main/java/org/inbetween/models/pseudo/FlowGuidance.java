package org.inbetween.models.pseudo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inbetween.models.flow.BackwardWarp;
import org.inbetween.models.flow.DisFlowEstimator;
import org.inbetween.models.flow.FlowCache;
import org.inbetween.models.flow.FlowConsistency;
import org.inbetween.models.flow.FlowField;
import org.inbetween.models.flow.FlowRoute;
import org.inbetween.models.flow.FlowScaling;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.flow.SequenceFlows;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;

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

  /**
   * The same floor for carried trust, a product of many steps' consistencies and so smaller: chosen
   * on DAVIS train (tools/warp-sweep, docs/benchmarks.md).
   */
  static final float CARRIED_TRUST_FLOOR = 0.002f;

  private final Frames frames;
  private final DisFlowEstimator estimator;
  private final SequenceFlows flows;
  private final MaskCarrier carrier;
  private final Map<Long, FlowField> fullFlows = recentMap();
  private final Map<Long, float[]> consistencies = recentMap();

  public FlowGuidance(Frames frames, GeneratorSettings settings) {
    this.frames = frames;
    this.estimator = new DisFlowEstimator(settings.preset(), settings.flowScale());
    this.flows =
        new SequenceFlows(
            frames, estimator, settings.route(), new FlowCache(settings.flowCacheBytes()));
    this.carrier = new MaskCarrier(flows, MaskCarrier.DEFAULT_MAX_BYTES);
  }

  /** WG_i, WG_j and the two flows for one object on the request's frame. */
  public GuidanceInputs inputs(PseudoLabelRequest request) throws IOException {
    int k = request.frame();
    FlowField toBefore = fullFlow(k, request.before().frame());
    FlowField toAfter = fullFlow(k, request.after().frame());
    return new GuidanceInputs(
        frames.frame(k),
        warped(request.before(), toBefore, k),
        warped(request.after(), toAfter, k),
        toBefore,
        toAfter);
  }

  /** The {@code warp} method's answer: {@link #warpBlend} of the warped keyframe masks alone. */
  public float[] warpBlend(PseudoLabelRequest request) throws IOException {
    int k = request.frame();
    if (flows.route() == FlowRoute.CARRIED) {
      return blend(request, carrier.carry(request.before(), k), carrier.carry(request.after(), k));
    }
    return warpBlend(request, inputs(request));
  }

  /**
   * {@code keyframeMask} pulled into {@code frame} from its side alone, as one side of {@link
   * #warpBlend} does; the caller must not modify the array.
   */
  public float[] carried(SoftMask keyframeMask, int frame) throws IOException {
    return flows.route() == FlowRoute.CARRIED
        ? carrier.carry(keyframeMask, frame)
        : BackwardWarp.warp(keyframeMask.probabilities(), fullFlow(frame, keyframeMask.frame()));
  }

  /**
   * How far {@link #carried} can be trusted per pixel of {@code frame}: the carried trust, or the
   * composed flow's consistency (see {@link #warpBlend}).
   */
  public float[] trust(SoftMask keyframeMask, int frame) throws IOException {
    return flows.route() == FlowRoute.CARRIED
        ? carrier.trust(keyframeMask, frame)
        : consistency(frame, keyframeMask.frame());
  }

  /** A keyframe mask pulled into frame k: carried step by step, or along the composed flow. */
  private float[] warped(SoftMask keyframeMask, FlowField toKeyframe, int k) throws IOException {
    return flows.route() == FlowRoute.CARRIED
        ? carrier.carry(keyframeMask, k)
        : BackwardWarp.warp(keyframeMask.probabilities(), toKeyframe);
  }

  /**
   * Both warped keyframe masks of {@code in} blended into one soft mask of frame k, the {@code
   * warp} method's answer and FGPLG's prior.
   *
   * <p>Each side's weight is its temporal weight ((j−k)/(j−i) for i, (k−i)/(j−i) for j) times its
   * trust at that pixel, plus a small floor so that where both sides are untrusted the temporal
   * weights decide: {@code p = Σ a_s·WG_s / Σ a_s} with {@code a_s = w_s · (c_s + ε)}. The trust of
   * a carried mask ({@link FlowRoute#CARRIED}) is the product of the consistencies of every step it
   * was carried along ({@link MaskCarrier#trust}); that of a mask warped along one composed flow is
   * that flow's forward–backward consistency.
   *
   * @param in what {@link #inputs} returned for {@code request}
   */
  public float[] warpBlend(PseudoLabelRequest request, GuidanceInputs in) throws IOException {
    return blend(request, in.warpedBefore(), in.warpedAfter());
  }

  private float[] blend(PseudoLabelRequest request, float[] before, float[] after)
      throws IOException {
    float[] trustBefore = trust(request.before(), request.frame());
    float[] trustAfter = trust(request.after(), request.frame());
    float floor = flows.route() == FlowRoute.CARRIED ? CARRIED_TRUST_FLOOR : CONSISTENCY_FLOOR;
    float weightBefore = request.weightBefore();
    float weightAfter = request.weightAfter();
    float[] out = new float[before.length];
    for (int p = 0; p < out.length; p++) {
      float a = weightBefore * (trustBefore[p] + floor);
      float b = weightAfter * (trustAfter[p] + floor);
      float blended = (a * before[p] + b * after[p]) / (a + b);
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
