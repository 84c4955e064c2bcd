package org.inbetween.models.pseudo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inbetween.models.flow.BackwardWarp;
import org.inbetween.models.flow.DisFlowEstimator;
import org.inbetween.models.flow.FlowCache;
import org.inbetween.models.flow.FlowConsistency;
import org.inbetween.models.flow.FlowField;
import org.inbetween.models.flow.FlowMagnitude;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.flow.SequenceFlows;

/**
 * Flow from a frame to its two keyframes and what follows from it: the warped keyframe masks, the
 * flow magnitudes and the forward–backward consistency. Shared by {@code warp} and {@code fgplg}.
 *
 * <p>Flows are cached per sequence, and consistency weights for the last few (frame, keyframe)
 * pairs, so the objects of one frame cost one set of flows between them. Not thread-safe; close it
 * to release the DIS estimator.
 *
 * <pre>{@code
 * try (FlowGuidance guidance = new FlowGuidance(frames, GeneratorSettings.defaults())) {
 *   GuidanceInputs in = guidance.inputs(new PseudoLabelRequest(k, maskI, maskJ));
 *   float[] sevenChannels = in.sevenChannels();
 * }
 * }</pre>
 */
public final class FlowGuidance implements AutoCloseable {
  private static final int REMEMBERED_CONSISTENCIES = 4;

  private final Frames frames;
  private final DisFlowEstimator estimator;
  private final SequenceFlows flows;
  private final Map<Long, float[]> consistencies =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, float[]> eldest) {
          return size() > REMEMBERED_CONSISTENCIES;
        }
      };

  public FlowGuidance(Frames frames, GeneratorSettings settings) {
    this.frames = frames;
    this.estimator = new DisFlowEstimator(settings.preset(), settings.flowScale());
    this.flows =
        new SequenceFlows(
            frames, estimator, settings.route(), new FlowCache(settings.flowCacheBytes()));
  }

  /** WG_i, WG_j and the two flow magnitudes for one object on the request's frame. */
  public GuidanceInputs inputs(PseudoLabelRequest request) throws IOException {
    int k = request.frame();
    FlowField toBefore = flows.toReference(k, request.before().frame());
    FlowField toAfter = flows.toReference(k, request.after().frame());
    return new GuidanceInputs(
        frames.frame(k),
        BackwardWarp.warp(request.before().probabilities(), toBefore),
        BackwardWarp.warp(request.after().probabilities(), toAfter),
        FlowMagnitude.normalised(toBefore),
        FlowMagnitude.normalised(toAfter));
  }

  /** How far the flow from {@code frame} to {@code keyframe} can be trusted, per pixel of frame. */
  public float[] consistency(int frame, int keyframe) throws IOException {
    long key = (long) frame << 32 | (keyframe & 0xFFFFFFFFL);
    float[] cached = consistencies.get(key);
    if (cached == null) {
      cached =
          FlowConsistency.weights(
              flows.toReference(frame, keyframe), flows.fromReference(keyframe, frame));
      consistencies.put(key, cached);
    }
    return cached;
  }

  @Override
  public void close() {
    estimator.close();
  }
}
