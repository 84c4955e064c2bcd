package org.inbetween.app.video.demo;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.util.function.IntBinaryOperator;

/**
 * One textured object of the demo video: an outline in its own coordinates, where it is on each
 * frame, and a texture that moves with it (so optical flow sees the object move, not the texture
 * slide).
 */
final class DemoObject {
  /** Where the object's own coordinates land on a given frame: a rigid motion. */
  interface Trajectory {
    AffineTransform placementAt(int frame);
  }

  /** A texture pattern in the object's coordinates, in [0, 1]. */
  interface Pattern {
    double at(double u, double v);
  }

  /** How much of the shade comes from the pattern; the rest is noise grain. */
  private static final double PATTERN_WEIGHT = 0.4;

  /** Lattice spacing of the noise grain, in object pixels. */
  private static final double GRAIN = 14;

  private final int id;
  private final Shape outline;
  private final Trajectory trajectory;
  private final Pattern pattern;
  private final ColourRamp ramp;
  private final ValueNoise grain;

  DemoObject(
      int id, Shape outline, Trajectory trajectory, Pattern pattern, ColourRamp ramp, long seed) {
    this.id = id;
    this.outline = outline;
    this.trajectory = trajectory;
    this.pattern = pattern;
    this.ramp = ramp;
    this.grain = new ValueNoise(seed);
  }

  /** The label of this object in ground-truth masks. */
  int id() {
    return id;
  }

  /** The outline in frame pixels on {@code frame}. */
  Shape shapeAt(int frame) {
    return trajectory.placementAt(frame).createTransformedShape(outline);
  }

  /** The texture colour (0xRRGGBB) at each frame pixel (x, y) on {@code frame}. */
  IntBinaryOperator textureAt(int frame) {
    AffineTransform toObject = inverse(trajectory.placementAt(frame));
    double[] point = new double[2];
    return (x, y) -> {
      point[0] = x + 0.5;
      point[1] = y + 0.5;
      toObject.transform(point, 0, point, 0, 1);
      double u = point[0];
      double v = point[1];
      double noise = grain.fractal(u / GRAIN, v / GRAIN);
      return ramp.at((1 - PATTERN_WEIGHT) * noise + PATTERN_WEIGHT * pattern.at(u, v));
    };
  }

  private static AffineTransform inverse(AffineTransform placement) {
    try {
      return placement.createInverse();
    } catch (NoninvertibleTransformException e) {
      throw new IllegalStateException("demo object placement must be a rigid motion", e);
    }
  }
}
