package org.inbetween.app.ui.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inbetween.app.editing.view.FrameMasks;
import org.inbetween.app.editing.view.ViewLayer;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.junit.jupiter.api.Test;

/**
 * What a frame being corrected looks like: the pseudo-label under the human mask is drawn as an
 * outline, so pixels erased from the human mask show the picture, not the pseudo-label's fill in
 * the same colour.
 */
class OverlaySettingsTest {
  private static final int SIZE = 20;
  private static final List<TrackedObject> OBJECTS = List.of(new TrackedObject(1, "bus", 0x800000));

  /** Object 1 on the square 2..17; the human copy has its right half erased. */
  private static final LabelMask PSEUDO = square(0, SIZE);

  private static final LabelMask HUMAN_AFTER_ERASING = square(0, 10);

  @Test
  void pixelsErasedFromTheHumanMaskDoNotShowThePseudoLabelFill() {
    int[] argb = editorSettings().compose(bothLayers(), SIZE, SIZE);
    assertEquals(0, alpha(argb, 13, 10), "erased: only the picture shows");
    assertNotEquals(0, alpha(argb, 17, 10), "the pseudo-label's outline stays for comparison");
  }

  @Test
  void aFrameWithoutAHumanMaskStillShowsThePseudoLabelFilled() {
    FrameMasks pseudoOnly = new FrameMasks(0, Map.of(ViewLayer.of(MachineLayer.pseudo()), PSEUDO));
    int[] argb = editorSettings().compose(pseudoOnly, SIZE, SIZE);
    assertNotEquals(0, alpha(argb, 13, 10));
  }

  @Test
  void theViewerWithoutAnEditorDrawsLayersAsTheirRowsSay() {
    OverlaySettings viewerOnly =
        OverlaySettings.of(new LayersViewModel(), OBJECTS, Set.of(), false);
    int[] argb = viewerOnly.compose(bothLayers(), SIZE, SIZE);
    assertNotEquals(0, alpha(argb, 13, 10), "the pseudo-label row is filled by default");
  }

  private static OverlaySettings editorSettings() {
    return OverlaySettings.of(new LayersViewModel(), OBJECTS, Set.of(), true);
  }

  private static FrameMasks bothLayers() {
    return new FrameMasks(
        0,
        Map.of(ViewLayer.HUMAN, HUMAN_AFTER_ERASING, ViewLayer.of(MachineLayer.pseudo()), PSEUDO));
  }

  private static LabelMask square(int frame, int right) {
    byte[] labels = new byte[SIZE * SIZE];
    for (int y = 2; y < SIZE - 2; y++) {
      for (int x = 2; x < Math.min(right, SIZE - 2); x++) {
        labels[y * SIZE + x] = 1;
      }
    }
    return Masks.fromLabels(frame, SIZE, SIZE, labels);
  }

  private static int alpha(int[] argb, int x, int y) {
    return argb[y * SIZE + x] >>> 24;
  }
}
