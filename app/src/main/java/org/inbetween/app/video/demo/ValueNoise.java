package org.inbetween.app.video.demo;

/**
 * Smooth seeded 2-D value noise in [0, 1): random values on an integer lattice, blended with a
 * quintic fade. A pure function of (seed, x, y), so any frame of the demo can be drawn without
 * drawing the frames before it.
 */
final class ValueNoise {
  private final long seed;

  ValueNoise(long seed) {
    this.seed = seed;
  }

  /** Noise at (x, y); features are about one lattice unit wide. */
  double at(double x, double y) {
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    double fx = fade(x - x0);
    double fy = fade(y - y0);
    double top = lerp(lattice(x0, y0), lattice(x0 + 1, y0), fx);
    double bottom = lerp(lattice(x0, y0 + 1), lattice(x0 + 1, y0 + 1), fx);
    return lerp(top, bottom, fy);
  }

  /**
   * Two octaves: coarse blotches with finer grain on top, the texture optical flow likes. The fine
   * octave is rotated so that the two lattices do not line up.
   */
  double fractal(double x, double y) {
    double u = 1.6 * x - 1.2 * y + 17.1;
    double v = 1.2 * x + 1.6 * y - 9.7;
    return (2 * at(x, y) + at(u, v)) / 3;
  }

  private double lattice(int x, int y) {
    long h = seed ^ (x * 0x9E3779B97F4A7C15L) ^ (y * 0xC2B2AE3D27D4EB4FL);
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return (h >>> 11) * 0x1.0p-53;
  }

  /** Quintic fade: flat first and second derivatives at lattice points hide the grid. */
  private static double fade(double t) {
    return t * t * t * (t * (6 * t - 15) + 10);
  }

  private static double lerp(double a, double b, double t) {
    return a + (b - a) * t;
  }
}
