package org.inbetween.app.video.demo;

/**
 * The colours of one demo texture: straight blends between a dark and a light end.
 *
 * <p>Every colour a ramp yields lies on that segment, so a ramp whose ends share a dominant channel
 * keeps that channel dominant throughout. The demo gives the background a grey ramp and each object
 * a ramp of its own hue, which lets tests check the ground-truth masks against the pixels.
 */
record ColourRamp(int dark, int light) {
  /** Slate grey, nearly unsaturated: the background. */
  static final ColourRamp SLATE = new ColourRamp(0x282C34, 0x848A96);

  /** Red-orange: red always leads green by at least 105 and blue by 150. */
  static final ColourRamp EMBER = new ColourRamp(0xAA2814, 0xFF963C);

  /** Green: green always leads red by at least 100 and blue by 90. */
  static final ColourRamp MOSS = new ColourRamp(0x1E8228, 0x78E66E);

  /** Blue-violet: blue always leads red by at least 85 and green by 135. */
  static final ColourRamp IRIS = new ColourRamp(0x461EAA, 0xAA78FF);

  /** The colour at {@code shade} in [0, 1] (clamped) as 0xRRGGBB. */
  int at(double shade) {
    double t = Math.min(1, Math.max(0, shade));
    return channel(16, t) << 16 | channel(8, t) << 8 | channel(0, t);
  }

  private int channel(int shift, double t) {
    int from = (dark >> shift) & 0xFF;
    int to = (light >> shift) & 0xFF;
    return (int) Math.round(from + (to - from) * t);
  }
}
