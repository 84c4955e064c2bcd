package org.inbetween.app.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inbetween.models.image.Masks;
import org.junit.jupiter.api.Test;

class OverlayPixelsTest {
  @Test
  void onlyTheDirtyRectangleIsColouredWithItsOwnStride() {
    WorkingMask mask = WorkingMask.of(Masks.empty(0, 20, 10));
    mask.paintSpan(4, 5, 7, Ink.paint(2));
    int[] colours = new int[256];
    colours[2] = 0x80FF0000;

    int[] argb = new OverlayPixels(colours).update(mask, new Rect(4, 3, 5, 2));

    int[] expected = {0, 0, 0, 0, 0, 0, 0x80FF0000, 0x80FF0000, 0x80FF0000, 0};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], argb[i], "pixel " + i);
    }
  }
}
