package org.inbetween.models.pseudo;

import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inbetween.models.flow.BackwardWarp;
import org.inbetween.models.flow.FlowConsistency;
import org.inbetween.models.flow.FlowField;
import org.inbetween.models.flow.FlowRoute;
import org.inbetween.models.flow.FlowScaling;
import org.inbetween.models.flow.SequenceFlows;
import org.inbetween.models.image.SoftMask;

/**
 * A keyframe's soft mask carried to another frame one neighbour at a time: {@code M(t) = M(t∓1)(x +
 * O(t→t∓1)(x))}, the {@link FlowRoute#CARRIED} route.
 *
 * <p>Why carry the mask rather than compose the flows: a composed flow samples the keyframe mask
 * once, at the end of a chain whose every link was itself bilinearly resampled, and where one link
 * leaves the object the whole chain points astray; carrying resamples the mask at every step, at
 * the frames' resolution, without re-binarising, so boundaries stay soft and sub-pixel motion is
 * not lost (issue 10 measured +2 to +3 J&F on DAVIS val against composition at half resolution).
 *
 * <p>Carried masks are remembered, least recently used first out, up to a byte bound: a gap asked
 * frame by frame costs at most two warps per frame and keyframe, in either order, however long the
 * gap ({@link #checkpointStride}). Not thread-safe.
 */
final class MaskCarrier {
  /** 128 MiB: a 40-frame gap of 854x480 carried from both ends, for one object. */
  static final long DEFAULT_MAX_BYTES = 128L << 20;

  private static final int REMEMBERED_STEPS = 4;

  /** Keyframe masks recognised again by content: a gap's objects, both sides, a few gaps back. */
  private static final int REMEMBERED_ORIGINS = 64;

  private final SequenceFlows flows;
  private final long maxBytes;
  private final Map<SoftMask, Integer> origins =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SoftMask, Integer> eldest) {
          return size() > REMEMBERED_ORIGINS;
        }
      };
  private int nextOrigin;
  private final LinkedHashMap<Long, float[]> carried = new LinkedHashMap<>(64, 0.75f, true);
  private final Map<Long, FlowField> fullSteps =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, FlowField> eldest) {
          return size() > REMEMBERED_STEPS;
        }
      };
  private long bytes;
  private long steps;

  MaskCarrier(SequenceFlows flows, long maxBytes) {
    this.flows = flows;
    this.maxBytes = maxBytes;
  }

  /**
   * {@code keyframeMask}'s probabilities carried to {@code frame}, row-major at the mask's size.
   * The caller must not modify the array.
   */
  float[] carry(SoftMask keyframeMask, int frame) throws IOException {
    int chain = origins.computeIfAbsent(keyframeMask, mask -> nextOrigin++);
    return walk(chain, keyframeMask, frame, false);
  }

  /**
   * How far the carry from {@code keyframeMask}'s frame to {@code frame} can be trusted per pixel:
   * the product, along the path each pixel came by, of every step's forward–backward consistency
   * ({@link FlowConsistency}), carried with the mask. A pixel that crossed one occlusion or one
   * broken flow on its way keeps a low trust for the rest of the gap, which is what lets the blend
   * prefer the other keyframe there. Depends on the flows alone, so every object shares it.
   */
  float[] trust(SoftMask keyframeMask, int frame) throws IOException {
    return walk(-1 - keyframeMask.frame(), keyframeMask, frame, true);
  }

  private float[] walk(int chain, SoftMask origin, int frame, boolean trust) throws IOException {
    int start = origin.frame();
    if (frame == start) {
      return trust ? ones(origin) : origin.probabilities();
    }
    int direction = Integer.signum(frame - start);
    int from = frame;
    float[] values = null;
    while (from != start && (values = carried.get(key(chain, from))) == null) {
      from -= direction;
    }
    if (values == null) {
      values = trust ? ones(origin) : origin.probabilities();
    }
    int stride = checkpointStride(Math.abs(frame - start));
    keepCheckpointsAhead(chain, start, from, stride);
    int length = Math.abs(frame - from);
    boolean keepAll = length <= stride || 4L * length * 4L * values.length <= maxBytes;
    while (from != frame) {
      int next = from + direction;
      values = BackwardWarp.warp(values, fullStep(next, from, origin));
      steps++;
      if (trust) {
        float[] consistency = consistency(next, from, origin);
        for (int p = 0; p < values.length; p++) {
          values[p] *= consistency[p];
        }
      }
      if (keepAll || next == frame || Math.abs(next - start) % stride == 0) {
        remember(key(chain, next), values);
      }
      from = next;
    }
    return values;
  }

  /**
   * Every how many frames a long walk leaves its value behind. A gap is asked frame by frame from
   * its first frame on, so the chain from the keyframe after it is walked almost whole for the
   * first frame and then one frame further each time. Remembering every step of that first walk
   * filled the byte bound with the far end of the chain, evicted what the next frame needed, and
   * each frame walked the chain again: quadratic in the gap (an 88-frame gap took minutes). A walk
   * whose every value fits in a quarter of the bound (room for the four chains of a gap: two masks,
   * two trusts) still keeps them all, so such gaps are walked once. A longer one keeps every s-th
   * value of a walk of d frames (s = √d rounded up to a power of two, so that a shorter walk's
   * checkpoints include a longer one's), and every value of a walk no longer than s: each chain is
   * then walked about twice and holds about 2√d values.
   */
  static int checkpointStride(int distance) {
    int root = (int) Math.ceil(Math.sqrt(distance));
    return root <= 1 ? 1 : Integer.highestOneBit(root - 1) << 1;
  }

  /**
   * Marks the chain's checkpoints between {@code from} and its keyframe as just used. A gap asked
   * from its first frame on reaches the checkpoints near the far keyframe last, but they were made
   * first; least recently used, they would be the first out, and their frames would be walked again
   * from the keyframe. What goes first instead is what lies behind the questions.
   */
  private void keepCheckpointsAhead(int chain, int start, int from, int stride) {
    int direction = Integer.signum(start - from);
    for (int k = from; k != start; k += direction) {
      if (Math.abs(k - start) % stride == 0) {
        carried.get(key(chain, k));
      }
    }
  }

  /** How many single-frame steps this carrier has taken: its work, whatever the cache kept. */
  long steps() {
    return steps;
  }

  /** Trust in the neighbour flow from {@code from} to {@code to}, at the mask's resolution. */
  private float[] consistency(int from, int to, SoftMask size) throws IOException {
    FlowField forward = flows.step(from, to);
    float[] weights = FlowConsistency.weights(forward, flows.step(to, from));
    return FlowScaling.resize(
        weights, forward.width(), forward.height(), size.width(), size.height());
  }

  private static float[] ones(SoftMask size) {
    float[] out = new float[size.width() * size.height()];
    Arrays.fill(out, 1f);
    return out;
  }

  /** The neighbour flow from {@code from} to {@code to} at the mask's resolution. */
  private FlowField fullStep(int from, int to, SoftMask size) throws IOException {
    long key = key(from, to);
    FlowField cached = fullSteps.get(key);
    if (cached == null) {
      cached = FlowScaling.resize(flows.step(from, to), size.width(), size.height());
      fullSteps.put(key, cached);
    }
    return cached;
  }

  private void remember(long key, float[] values) {
    long size = 4L * values.length;
    if (size > maxBytes) {
      return;
    }
    float[] previous = carried.put(key, values);
    bytes += size - (previous == null ? 0 : 4L * previous.length);
    Iterator<float[]> oldest = carried.values().iterator();
    while (bytes > maxBytes) {
      bytes -= 4L * oldest.next().length;
      oldest.remove();
    }
  }

  private static long key(int high, int low) {
    return (long) high << 32 | (low & 0xFFFFFFFFL);
  }
}
