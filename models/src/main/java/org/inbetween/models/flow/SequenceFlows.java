package org.inbetween.models.flow;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The flows between frames of one sequence and its keyframes, computed once and cached.
 *
 * <p>Both questions are anchored at the keyframe, which is what lets the {@link FlowRoute#CHAINED}
 * route share work: {@code toReference(k, r)} is the step from k towards r composed with {@code
 * toReference(k±1, r)}, and {@code fromReference(r, k)} is {@code fromReference(r, k∓1)} composed
 * with the last step. Walking a gap therefore costs one new step and one composition per frame and
 * direction. Not thread-safe (one estimator).
 */
public final class SequenceFlows {
  /** A gap's walk touches a frame and its two neighbours, plus the two keyframes. */
  private static final int RECENT_FRAMES = 6;

  private final Frames frames;
  private final DisFlowEstimator estimator;
  private final FlowRoute route;
  private final FlowCache cache;
  private final String variant;
  private final Map<Integer, WorkingFrame> recentFrames =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, WorkingFrame> eldest) {
          return size() > RECENT_FRAMES;
        }
      };

  public SequenceFlows(
      Frames frames, DisFlowEstimator estimator, FlowRoute route, FlowCache cache) {
    this.frames = frames;
    this.estimator = estimator;
    this.route = route;
    this.cache = cache;
    this.variant = estimator.preset().label() + "@" + estimator.scale() + "/" + route.label();
  }

  public FlowRoute route() {
    return route;
  }

  /** The flow from {@code frame} to the keyframe {@code reference}: pulls its mask into frame. */
  public FlowField toReference(int frame, int reference) throws IOException {
    if (route == FlowRoute.DIRECT || Math.abs(reference - frame) <= 1) {
      return step(frame, reference);
    }
    Optional<FlowField> cached = cache.get(new FlowCache.Key(frame, reference, variant));
    if (cached.isPresent()) {
      return cached.get();
    }
    int next = frame + Integer.signum(reference - frame);
    FlowField composed = BackwardWarp.compose(step(frame, next), toReference(next, reference));
    cache.put(new FlowCache.Key(frame, reference, variant), composed);
    return composed;
  }

  /** The flow from the keyframe {@code reference} to {@code frame}, for consistency checks. */
  public FlowField fromReference(int reference, int frame) throws IOException {
    if (route == FlowRoute.DIRECT || Math.abs(reference - frame) <= 1) {
      return step(reference, frame);
    }
    Optional<FlowField> cached = cache.get(new FlowCache.Key(reference, frame, variant));
    if (cached.isPresent()) {
      return cached.get();
    }
    int previous = frame - Integer.signum(frame - reference);
    FlowField composed =
        BackwardWarp.compose(fromReference(reference, previous), step(previous, frame));
    cache.put(new FlowCache.Key(reference, frame, variant), composed);
    return composed;
  }

  /**
   * The flow between two neighbouring frames at the working resolution, as DIS computed it: the
   * step every route is built from. Cached.
   */
  public FlowField step(int from, int to) throws IOException {
    FlowCache.Key key = new FlowCache.Key(from, to, variant + "/step");
    Optional<FlowField> cached = cache.get(key);
    if (cached.isPresent()) {
      return cached.get();
    }
    FlowField flow = estimator.flow(prepared(from), prepared(to));
    cache.put(key, flow);
    return flow;
  }

  private WorkingFrame prepared(int index) throws IOException {
    WorkingFrame frame = recentFrames.get(index);
    if (frame == null) {
      frame = estimator.prepare(frames.frame(index));
      recentFrames.put(index, frame);
    }
    return frame;
  }
}
