package org.inbetween.models.flow;

/**
 * How much to trust a flow at each pixel, from the forward–backward check: follow the flow from k
 * to r, then the flow from r back to k; where the round trip does not come back near its start, the
 * pixel was occluded or the flow is wrong there.
 *
 * <p>The tolerance grows with the motion, as in Sundaram et al. (ECCV 2010): a round-trip error e
 * is judged against {@code 0.01·(|f|² + |b|²) + 0.5} pixels². The weight is {@code exp(−e² /
 * tolerance)}: 1 for a perfect round trip, near 0 for a broken one.
 */
public final class FlowConsistency {
  private static final float RELATIVE_TOLERANCE = 0.01f;
  private static final float ABSOLUTE_TOLERANCE = 0.5f;

  private FlowConsistency() {}

  /**
   * Per-pixel trust in {@code forward} (k to r), given {@code backward} (r to k), in [0, 1].
   *
   * @return row-major weights of frame k's size
   */
  public static float[] weights(FlowField forward, FlowField backward) {
    FlowField back = BackwardWarp.warpField(backward, forward);
    float[] backDx = back.rawDx();
    float[] backDy = back.rawDy();
    float[] dx = forward.rawDx();
    float[] dy = forward.rawDy();
    float[] out = new float[dx.length];
    for (int i = 0; i < out.length; i++) {
      float ex = dx[i] + backDx[i];
      float ey = dy[i] + backDy[i];
      float motion = dx[i] * dx[i] + dy[i] * dy[i] + backDx[i] * backDx[i] + backDy[i] * backDy[i];
      float tolerance = RELATIVE_TOLERANCE * motion + ABSOLUTE_TOLERANCE;
      out[i] = (float) Math.exp(-(ex * ex + ey * ey) / tolerance);
    }
    return out;
  }
}
