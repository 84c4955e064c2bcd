package org.inbetween.models.flow;

/**
 * The flow-magnitude channel of FGPLG's input: {@code sqrt((dx/W)² + (dy/H)²)} per pixel.
 *
 * <p>Dividing by the frame size makes the channel independent of resolution (the reference code
 * divides by its 448-pixel input size; specs/models.md §1.5), so it tells the refiner how far the
 * warped mask travelled as a fraction of the frame.
 */
public final class FlowMagnitude {
  private FlowMagnitude() {}

  /** The normalised magnitude of every pixel, row-major. */
  public static float[] normalised(FlowField flow) {
    float[] dx = flow.rawDx();
    float[] dy = flow.rawDy();
    float invW = 1f / flow.width();
    float invH = 1f / flow.height();
    float[] out = new float[dx.length];
    for (int i = 0; i < out.length; i++) {
      float u = dx[i] * invW;
      float v = dy[i] * invH;
      out[i] = (float) Math.sqrt(u * u + v * v);
    }
    return out;
  }
}
