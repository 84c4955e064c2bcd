package org.inbetween.app.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GrabCut smart select on a real DAVIS frame, scored against its ground truth. */
class SmartSelectTest {
  private static final int BUS = 1;
  private RgbImage frame;
  private LabelMask truth;

  @BeforeEach
  void readBusFrame() throws IOException {
    Path davis = SharedData.davis();
    frame =
        RgbImage.fromBufferedImage(
            ImageIO.read(davis.resolve("JPEGImages/480p/bus/00000.jpg").toFile()));
    truth = Masks.fromPng(SharedData.davisMask("bus", 0), 0);
  }

  @Test
  void aBoxAroundTheBusSelectsTheBus() {
    Rect box = Rect.extentOf(truth, BUS).grownWithin(6, truth.width(), truth.height());
    LabelMask empty = Masks.empty(0, truth.width(), truth.height());

    LabelMask selected = SmartSelect.fromRectangle(frame, empty, BUS, box);

    double j = RegionSimilarity.jaccard(selected, truth, BUS);
    assertTrue(j > 0.8, "J = " + j);
    assertEquals(0, outside(selected, box), "nothing selected outside the box");
  }

  @Test
  void strokesRefineARoughMaskAndLeaveOtherObjectsAlone() {
    Rect bus = Rect.extentOf(truth, BUS);
    int cx = bus.x() + bus.width() / 2;
    int cy = bus.y() + bus.height() / 2;
    WorkingMask rough = WorkingMask.of(Masks.empty(0, truth.width(), truth.height()));
    // a blob in the middle of the bus, and another object in the top-left corner
    Brush.segment(
        rough, new ImagePoint(cx - 60, cy), new ImagePoint(cx + 60, cy), 40, Ink.paint(BUS));
    Brush.segment(rough, new ImagePoint(5, 5), new ImagePoint(30, 5), 4, Ink.paint(2));
    LabelMask before = rough.snapshot();
    WorkingMask marks = WorkingMask.of(Masks.empty(0, truth.width(), truth.height()));
    Ink foreground = Ink.paint(SmartSelect.FOREGROUND_MARK);
    Ink background = Ink.paint(SmartSelect.BACKGROUND_MARK);
    Brush.segment(marks, point(bus, 0.15, 0.5), point(bus, 0.85, 0.5), 5, foreground);
    Brush.segment(marks, point(bus, 0.5, 0.2), point(bus, 0.5, 0.8), 5, foreground);
    // "not the bus" strokes just outside it, on every side there is room
    ImagePoint[] ring = {
      point(bus, -0.05, -0.05),
      point(bus, 1.05, -0.05),
      point(bus, 1.05, 1.05),
      point(bus, -0.05, 1.05)
    };
    for (int i = 0; i < ring.length; i++) {
      Brush.segment(marks, ring[i], ring[(i + 1) % ring.length], 5, background);
    }

    LabelMask refined = SmartSelect.fromScribbles(frame, before, BUS, marks.snapshot());

    double roughJ = RegionSimilarity.jaccard(before, truth, BUS);
    double j = RegionSimilarity.jaccard(refined, truth, BUS);
    assertTrue(j > 0.8 && j > roughJ, "J " + roughJ + " -> " + j);
    assertEquals(before.area(2), refined.area(2), "the other object keeps every pixel");
  }

  @Test
  void aBoxThatHoldsOnlyTheObjectIsRefusedWithAReason() {
    WorkingMask all = WorkingMask.of(Masks.empty(0, 40, 30));
    Brush.segment(all, new ImagePoint(0, 15), new ImagePoint(40, 15), 60, Ink.paint(BUS));
    RgbImage grey = RgbImage.wrap(40, 30, new byte[40 * 30 * 3]);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SmartSelect.fromRectangle(grey, all.snapshot(), BUS, new Rect(0, 0, 40, 30)));
    assertTrue(e.getMessage().contains("background"), e.getMessage());
  }

  private static ImagePoint point(Rect box, double fx, double fy) {
    return new ImagePoint(box.x() + fx * box.width(), box.y() + fy * box.height());
  }

  private static int outside(LabelMask mask, Rect box) {
    int count = 0;
    for (int y = 0; y < mask.height(); y++) {
      for (int x = 0; x < mask.width(); x++) {
        count += mask.label(x, y) != 0 && !box.contains(x, y) ? 1 : 0;
      }
    }
    return count;
  }
}
