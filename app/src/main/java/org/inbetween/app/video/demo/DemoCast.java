package org.inbetween.app.video.demo;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * The three objects of the demo video and how they move, chosen to exercise what a labelling tool
 * must handle: an object that stays, one that leaves the frame, one that enters mid-video, and
 * occlusions between all of them.
 *
 * <p>Paths are closed-form functions of the frame index (nothing is integrated frame by frame), so
 * every frame can be drawn on its own.
 */
final class DemoCast {
  private static final double TAU = 2 * Math.PI;

  private DemoCast() {}

  /**
   * The objects from back to front: the star (id 3) passes behind the ellipse (id 1), and the
   * pentagon (id 2) in front of both. The depth order deliberately differs from the id order.
   */
  static List<DemoObject> backToFront(long seed, int frameCount) {
    return List.of(star(seed + 3), ellipse(seed + 1, frameCount), pentagon(seed + 2));
  }

  /** Id 1: a striped ellipse wandering around the middle, present on every frame. */
  private static DemoObject ellipse(long seed, int frameCount) {
    DemoObject.Trajectory path =
        frame -> {
          double phase = TAU * frame / frameCount;
          return placement(
              320 + 140 * Math.sin(phase),
              190 + 50 * Math.sin(2 * phase + 0.5),
              0.6 * Math.sin(phase));
        };
    return new DemoObject(
        1,
        new Ellipse2D.Double(-90, -55, 180, 110),
        path,
        (u, v) -> Math.floorMod((int) Math.floor((u + 0.5 * v) / 9), 2),
        ColourRamp.EMBER,
        seed);
  }

  /** Id 2: a chequered rounded pentagon crossing left to right; gone after about frame 100. */
  private static DemoObject pentagon(long seed) {
    DemoObject.Trajectory path =
        frame -> placement(120 + 6.0 * frame, 150 + 40 * Math.sin(TAU * frame / 90), 0.02 * frame);
    return new DemoObject(
        2,
        roundedPolygon(5, 75, 0.28),
        path,
        (u, v) -> Math.floorMod((int) Math.floor(u / 12) + (int) Math.floor(v / 12), 2),
        ColourRamp.MOSS,
        seed);
  }

  /** Id 3: a spinning star with rings, entering from the right after about frame 50. */
  private static DemoObject star(long seed) {
    DemoObject.Trajectory path =
        frame ->
            placement(
                1000 - 6.0 * frame,
                130 + 0.4 * frame + 20 * Math.sin(TAU * frame / 60),
                0.03 * frame);
    return new DemoObject(
        3,
        star(5, 62, 26),
        path,
        (u, v) -> Math.floorMod((int) Math.floor(Math.hypot(u, v) / 7), 2),
        ColourRamp.IRIS,
        seed);
  }

  private static AffineTransform placement(double x, double y, double angle) {
    AffineTransform placement = AffineTransform.getTranslateInstance(x, y);
    placement.rotate(angle);
    return placement;
  }

  /**
   * A regular polygon whose corners are cut by quadratic curves ({@code rounding} of each edge).
   */
  private static Shape roundedPolygon(int corners, double radius, double rounding) {
    double[][] vertex = new double[corners][];
    for (int i = 0; i < corners; i++) {
      double angle = TAU * i / corners - Math.PI / 2;
      vertex[i] = new double[] {radius * Math.cos(angle), radius * Math.sin(angle)};
    }
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < corners; i++) {
      double[] here = vertex[i];
      double[] before = vertex[(i + corners - 1) % corners];
      double[] after = vertex[(i + 1) % corners];
      double inX = here[0] + (before[0] - here[0]) * rounding;
      double inY = here[1] + (before[1] - here[1]) * rounding;
      if (i == 0) {
        path.moveTo(inX, inY);
      } else {
        path.lineTo(inX, inY);
      }
      path.quadTo(
          here[0],
          here[1],
          here[0] + (after[0] - here[0]) * rounding,
          here[1] + (after[1] - here[1]) * rounding);
    }
    path.closePath();
    return path;
  }

  private static Shape star(int points, double outer, double inner) {
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < 2 * points; i++) {
      double radius = i % 2 == 0 ? outer : inner;
      double angle = Math.PI * i / points - Math.PI / 2;
      double x = radius * Math.cos(angle);
      double y = radius * Math.sin(angle);
      if (i == 0) {
        path.moveTo(x, y);
      } else {
        path.lineTo(x, y);
      }
    }
    path.closePath();
    return path;
  }
}
