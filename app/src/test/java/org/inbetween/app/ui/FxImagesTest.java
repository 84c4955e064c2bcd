package org.inbetween.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.image.DavisPalette;
import org.inbetween.models.image.LabelMask;
import org.junit.jupiter.api.Test;

class FxImagesTest {
  @Test
  void overlayPaintsEachObjectInItsPaletteColourAndLeavesBackgroundClear() {
    LabelMask truth = new DemoVideo().groundTruth(90);
    int[] argb = FxImages.overlayArgb(truth, 0.5);
    int[] seen = new int[4];
    for (int y = 0; y < truth.height(); y++) {
      for (int x = 0; x < truth.width(); x++) {
        int id = truth.label(x, y);
        int expected = id == 0 ? 0 : 0x80 << 24 | DavisPalette.rgb(id);
        assertEquals(expected, argb[y * truth.width() + x], "pixel (" + x + "," + y + ")");
        seen[id]++;
      }
    }
    for (int id = 0; id < 4; id++) {
      assertEquals(truth.area(id), seen[id], "frame 90 shows all three objects");
    }
  }
}
