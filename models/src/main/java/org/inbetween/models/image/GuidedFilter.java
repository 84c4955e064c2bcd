package org.inbetween.models.image;

/**
 * The colour guided filter (He, Sun and Tang, "Guided Image Filtering", ECCV 2010): smooths a map p
 * so that its edges follow the edges of a guide image I. In every window of radius r the output is
 * a linear function of the guide's colour, {@code q = a·I + b}, fitted to p by least squares with
 * the ridge ε on a; each pixel averages the (a, b) of the windows that cover it. Where the guide is
 * flat the output is p's local mean; across a colour edge it steps with the edge. It costs a fixed
 * number of box filters whatever r is.
 *
 * <p>Used to take a soft mask decoded on a coarse grid to the frame's own edges (see the kmn
 * package). Colours are read in [0, 1], so ε is in those units squared.
 */
public final class GuidedFilter {
  private final int radius;
  private final float epsilon;

  /**
   * @param radius the window's half-width in pixels, at least 1
   * @param epsilon the ridge on a, above 0: larger keeps more of p's own smoothness
   */
  public GuidedFilter(int radius, float epsilon) {
    if (radius < 1 || !(epsilon > 0)) {
      throw new IllegalArgumentException(
          "guided filter needs radius ≥ 1 and ε > 0, was " + radius + " and " + epsilon);
    }
    this.radius = radius;
    this.epsilon = epsilon;
  }

  /** p filtered with {@code guide}'s edges; p is row-major at the guide's size, not changed. */
  public float[] apply(RgbImage guide, float[] p) {
    checkSize(guide, p);
    return filter(
        channels(guide, 0, 0, guide.width(), guide.height()), p, guide.width(), guide.height());
  }

  /**
   * p filtered with {@code guide}'s edges near where it exceeds {@code floor}: only inside the
   * bounding box of those pixels grown by twice the radius, p as it is outside. Out there every
   * window the output would average sees p at or below the floor, so the filter's local linear fits
   * stay about as low and thresholding gives the same mask; a small object in a large frame costs a
   * fraction of {@link #apply}.
   */
  public float[] applyNear(RgbImage guide, float[] p, float floor) {
    checkSize(guide, p);
    int width = guide.width();
    int height = guide.height();
    int left = width;
    int top = height;
    int right = -1;
    int bottom = -1;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (p[y * width + x] > floor) {
          left = Math.min(left, x);
          right = Math.max(right, x);
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
        }
      }
    }
    float[] out = p.clone();
    if (right < 0) {
      return out;
    }
    int x0 = Math.max(0, left - 2 * radius);
    int y0 = Math.max(0, top - 2 * radius);
    int w = Math.min(width - 1, right + 2 * radius) - x0 + 1;
    int h = Math.min(height - 1, bottom + 2 * radius) - y0 + 1;
    float[] cropped = new float[w * h];
    for (int y = 0; y < h; y++) {
      System.arraycopy(p, (y0 + y) * width + x0, cropped, y * w, w);
    }
    float[] q = filter(channels(guide, x0, y0, w, h), cropped, w, h);
    for (int y = 0; y < h; y++) {
      System.arraycopy(q, y * w, out, (y0 + y) * width + x0, w);
    }
    return out;
  }

  private static void checkSize(RgbImage guide, float[] p) {
    if (p.length != guide.width() * guide.height()) {
      throw new IllegalArgumentException(
          "a map of "
              + p.length
              + " values does not fit a "
              + guide.width()
              + "x"
              + guide.height()
              + " guide");
    }
  }

  /** The filter on a guide's colour planes and p, all {@code width}×{@code height}. */
  private float[] filter(float[][] colour, float[] p, int width, int height) {
    int n = width * height;
    BoxMean box = new BoxMean(width, height, radius);
    float[][] mean = new float[3][];
    float[][] meanTimesP = new float[3][];
    for (int c = 0; c < 3; c++) {
      mean[c] = box.of(colour[c]);
      meanTimesP[c] = box.of(product(colour[c], p));
    }
    float[] meanP = box.of(p);
    float[][] moment = new float[6][];
    int[][] pairs = {{0, 0}, {0, 1}, {0, 2}, {1, 1}, {1, 2}, {2, 2}};
    for (int m = 0; m < 6; m++) {
      moment[m] = box.of(product(colour[pairs[m][0]], colour[pairs[m][1]]));
    }
    float[][] a = {new float[n], new float[n], new float[n]};
    float[] b = new float[n];
    for (int i = 0; i < n; i++) {
      double rr = moment[0][i] - mean[0][i] * mean[0][i] + epsilon;
      double rg = moment[1][i] - mean[0][i] * mean[1][i];
      double rb = moment[2][i] - mean[0][i] * mean[2][i];
      double gg = moment[3][i] - mean[1][i] * mean[1][i] + epsilon;
      double gb = moment[4][i] - mean[1][i] * mean[2][i];
      double bb = moment[5][i] - mean[2][i] * mean[2][i] + epsilon;
      double cr = meanTimesP[0][i] - mean[0][i] * meanP[i];
      double cg = meanTimesP[1][i] - mean[1][i] * meanP[i];
      double cb = meanTimesP[2][i] - mean[2][i] * meanP[i];
      // (Σ + εU)⁻¹ · cov(I, p) by the adjugate; Σ + εU is symmetric positive definite.
      double i00 = gg * bb - gb * gb;
      double i01 = rb * gb - rg * bb;
      double i02 = rg * gb - rb * gg;
      double i11 = rr * bb - rb * rb;
      double i12 = rb * rg - rr * gb;
      double i22 = rr * gg - rg * rg;
      double determinant = rr * i00 + rg * i01 + rb * i02;
      float ar = (float) ((i00 * cr + i01 * cg + i02 * cb) / determinant);
      float ag = (float) ((i01 * cr + i11 * cg + i12 * cb) / determinant);
      float ab = (float) ((i02 * cr + i12 * cg + i22 * cb) / determinant);
      a[0][i] = ar;
      a[1][i] = ag;
      a[2][i] = ab;
      b[i] = meanP[i] - ar * mean[0][i] - ag * mean[1][i] - ab * mean[2][i];
    }
    float[] q = box.of(b);
    for (int c = 0; c < 3; c++) {
      float[] meanA = box.of(a[c]);
      for (int i = 0; i < n; i++) {
        q[i] += meanA[i] * colour[c][i];
      }
    }
    return q;
  }

  /** The colour planes, in [0, 1], of the {@code w}×{@code h} box at (x0, y0). */
  private static float[][] channels(RgbImage image, int x0, int y0, int w, int h) {
    byte[] rgb = image.bytes();
    float[][] colour = new float[3][w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int from = 3 * ((y0 + y) * image.width() + x0 + x);
        for (int c = 0; c < 3; c++) {
          colour[c][y * w + x] = (rgb[from + c] & 0xFF) / 255f;
        }
      }
    }
    return colour;
  }

  private static float[] product(float[] x, float[] y) {
    float[] out = new float[x.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = x[i] * y[i];
    }
    return out;
  }

  /**
   * Means over square windows, clipped at the image's borders, by running sums: along each row,
   * then down the columns a whole row at a time (memory in order, which is what makes it fast).
   */
  private record BoxMean(int width, int height, int radius) {
    float[] of(float[] values) {
      float[] rows = new float[values.length];
      for (int y = 0; y < height; y++) {
        alongRow(values, rows, y * width);
      }
      float[] out = new float[values.length];
      double[] columns = new double[width];
      for (int y = 0; y <= Math.min(radius, height - 1); y++) {
        addRow(columns, rows, y, 1);
      }
      for (int y = 0; y < height; y++) {
        int count = Math.min(height - 1, y + radius) - Math.max(0, y - radius) + 1;
        for (int x = 0; x < width; x++) {
          out[y * width + x] = (float) (columns[x] / count);
        }
        if (y + radius + 1 < height) {
          addRow(columns, rows, y + radius + 1, 1);
        }
        if (y - radius >= 0) {
          addRow(columns, rows, y - radius, -1);
        }
      }
      return out;
    }

    private void addRow(double[] columns, float[] rows, int y, int sign) {
      int start = y * width;
      for (int x = 0; x < width; x++) {
        columns[x] += sign * rows[start + x];
      }
    }

    private void alongRow(float[] in, float[] out, int start) {
      double sum = 0;
      for (int x = 0; x <= Math.min(radius, width - 1); x++) {
        sum += in[start + x];
      }
      for (int x = 0; x < width; x++) {
        int count = Math.min(width - 1, x + radius) - Math.max(0, x - radius) + 1;
        out[start + x] = (float) (sum / count);
        if (x + radius + 1 < width) {
          sum += in[start + x + radius + 1];
        }
        if (x - radius >= 0) {
          sum -= in[start + x - radius];
        }
      }
    }
  }
}
