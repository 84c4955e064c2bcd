package org.inbetween.app.editing.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.models.image.DavisPalette;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Label map → ARGB: colours, alpha, contours, hidden objects, difference classes, layer order. */
class OverlayPaintingTest {
  private static final int RED = 0xFF0000;
  private static final int BLUE = 0x0000FF;
  private static final List<TrackedObject> OBJECTS =
      List.of(new TrackedObject(1, "car", RED), new TrackedObject(2, "dog", BLUE));

  /** 6x5: object 1 is the 4x3 block at x 1..4, y 1..3; one pixel of object 2 at (0, 4). */
  private static LabelMask blocks(int frame) {
    byte[] labels = new byte[30];
    for (int y = 1; y <= 3; y++) {
      for (int x = 1; x <= 4; x++) {
        labels[y * 6 + x] = 1;
      }
    }
    labels[4 * 6] = 2;
    return Masks.fromLabels(frame, 6, 5, labels);
  }

  private static int[] colours(Integer... hidden) {
    return ObjectColours.table(OBJECTS, Set.of(hidden));
  }

  @Test
  void fillDrawsEachObjectInItsOwnColourAtTheLayerOpacity() {
    int[] argb = new int[30];
    MaskPainter.paint(blocks(0), colours(), new LayerStyle(true, 0.4, false, false), argb);
    assertEquals(0x66FF0000, argb[1 * 6 + 1]);
    assertEquals(0x66FF0000, argb[2 * 6 + 2], "interior filled");
    assertEquals(0x660000FF, argb[4 * 6]);
    assertEquals(0, argb[0], "background stays transparent");
  }

  @Test
  void contourOnlyDrawsTheOutlineAndLeavesTheInteriorUnpainted() {
    int[] argb = new int[30];
    MaskPainter.paint(blocks(0), colours(), new LayerStyle(true, 1, true, false), argb);
    for (int y = 1; y <= 3; y++) {
      for (int x = 1; x <= 4; x++) {
        boolean inside = y == 2 && (x == 2 || x == 3);
        assertEquals(inside ? 0 : 0xFFFF0000, argb[y * 6 + x], "(" + x + "," + y + ")");
      }
    }
    assertEquals(0xFF0000FF, argb[4 * 6], "a pixel on the image border is its own outline");
  }

  @Test
  void hiddenObjectsAreNotDrawn() {
    int[] argb = new int[30];
    MaskPainter.paint(blocks(0), colours(1), new LayerStyle(true, 1, false, false), argb);
    assertEquals(0, argb[2 * 6 + 2]);
    assertEquals(0xFF0000FF, argb[4 * 6]);
  }

  @Test
  void labelsOfNoLiveObjectFallBackToThePalette() {
    assertEquals(DavisPalette.rgb(7), colours()[7]);
    assertEquals(ObjectColours.NOT_DRAWN, colours()[0]);
  }

  @ParameterizedTest
  @CsvSource({
    // below,     rgb,      alpha, expected
    "0x00000000, 0x123456, 128, 0x80123456",
    "0xFF000000, 0xFFFFFF, 255, 0xFFFFFFFF",
    "0xFF0000FF, 0xFF0000, 0, 0xFF0000FF",
    "0xFF0000FF, 0xFF0000, 128, 0xFF80007F",
    "0x800000FF, 0xFF0000, 128, 0xBFAB0054"
  })
  void overStacksStraightAlpha(long below, int rgb, int alpha, long expected) {
    assertEquals((int) expected, Argb.over((int) below, rgb, alpha));
  }

  @Test
  void differenceMarksEachKindOfDisagreement() {
    byte[] human = new byte[4];
    byte[] machine = new byte[4];
    human[1] = 1; // human only
    machine[2] = 1; // machine only
    human[3] = 1;
    machine[3] = 2; // another object
    int[] argb = new int[4];
    DifferencePainter.paint(
        Masks.fromLabels(0, 4, 1, human),
        Masks.fromLabels(0, 4, 1, machine),
        colours(),
        true,
        255,
        argb);
    assertEquals(0, argb[0], "agreeing background");
    assertEquals(0xFF00FFFF, argb[1], "cyan: reference only");
    assertEquals(0xFFFF00FF, argb[2], "magenta: machine only");
    assertEquals(0xFFFFFF00, argb[3], "yellow: other object");
  }

  @Test
  void aHiddenObjectCountsAsBackgroundInTheDifference() {
    assertEquals(Disagreement.MACHINE_ONLY, Disagreement.of(1, 2, colours(1), true));
    assertEquals(Disagreement.NONE, Disagreement.of(0, 1, colours(1), true));
    assertEquals(Disagreement.NONE, Disagreement.of(2, 2, colours(), true));
  }

  @Test
  void aClassAgnosticDifferenceIgnoresWhichObject() {
    assertEquals(Disagreement.NONE, Disagreement.of(1, 2, colours(), false));
    assertEquals(Disagreement.REFERENCE_ONLY, Disagreement.of(1, 0, colours(), false));
    assertEquals(Disagreement.MACHINE_ONLY, Disagreement.of(0, 2, colours(), false));
  }

  @Test
  void aTintedLayerDrawsEveryObjectInItsTint() {
    int[] argb = new int[30];
    MaskPainter.paint(blocks(0), colours(), new LayerStyle(true, 1, false, false, 0x00FF00), argb);
    assertEquals(0xFF00FF00, argb[6 + 1], "object 1");
    assertEquals(0xFF00FF00, argb[4 * 6], "object 2");
    assertEquals(0, argb[0], "background untouched");
    assertThrows(IllegalArgumentException.class, () -> new LayerStyle(true, 1, false, false, -2));
  }

  @Test
  void aModelLayerIsComparedWithThePseudoLabelWhereThereIsNoHumanMask() {
    ViewLayer pseudo = ViewLayer.of(MachineLayer.pseudo());
    ViewLayer model = ViewLayer.of(MachineLayer.model("u2netp"));
    LabelMask pseudoMask = Masks.fromLabels(0, 3, 1, new byte[] {2, 2, 0});
    LabelMask modelMask = Masks.fromLabels(0, 3, 1, new byte[] {1, 0, 1});
    FrameMasks masks = new FrameMasks(0, Map.of(pseudo, pseudoMask, model, modelMask));
    LayerStyle hidden = new LayerStyle(false, 1, false, false);

    int[] argb =
        OverlayComposer.compose(
            masks,
            Map.of(pseudo, hidden, model, new LayerStyle(true, 1, false, true, 0x00FF00)),
            colours(),
            3,
            1);

    assertEquals(0, argb[0], "both say object: agreement, whatever the ids");
    assertEquals(0xFF000000 | Disagreement.REFERENCE_ONLY.rgb(), argb[1]);
    assertEquals(0xFF000000 | Disagreement.MACHINE_ONLY.rgb(), argb[2]);
  }

  @Test
  void composerStacksHumanOverMachineAndDrawsDifferenceInsteadOfFill() {
    ViewLayer pseudo = ViewLayer.of(MachineLayer.pseudo());
    LabelMask human = Masks.fromLabels(0, 2, 1, new byte[] {1, 0});
    LabelMask machine = Masks.fromLabels(0, 2, 1, new byte[] {2, 2});
    FrameMasks masks = new FrameMasks(0, Map.of(ViewLayer.HUMAN, human, pseudo, machine));
    LayerStyle opaque = new LayerStyle(true, 1, false, false);

    int[] plain =
        OverlayComposer.compose(
            masks, Map.of(ViewLayer.HUMAN, opaque, pseudo, opaque), colours(), 2, 1);
    assertEquals(0xFFFF0000, plain[0], "human on top");
    assertEquals(0xFF0000FF, plain[1]);

    int[] difference =
        OverlayComposer.compose(
            masks,
            Map.of(ViewLayer.HUMAN, opaque, pseudo, new LayerStyle(true, 1, false, true)),
            colours(),
            2,
            1);
    assertEquals(0xFFFFFF00, difference[0], "over the human fill, not under it");
    assertEquals(0xFFFF00FF, difference[1]);

    int[] invisible =
        OverlayComposer.compose(
            masks,
            Map.of(ViewLayer.HUMAN, new LayerStyle(false, 1, false, false)),
            colours(),
            2,
            1);
    assertEquals(0, invisible[0] | invisible[1]);
  }

  @Test
  void aBufferOfTheWrongSizeIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            MaskPainter.paint(
                blocks(3), colours(), new LayerStyle(true, 1, false, false), new int[5]));
  }

  @Test
  void layersAreOrderedModelsThenPseudoThenHuman() {
    List<ViewLayer> sorted =
        List.of(
                ViewLayer.HUMAN,
                ViewLayer.of(MachineLayer.pseudo()),
                ViewLayer.of(MachineLayer.model("kmn")))
            .stream()
            .sorted(ViewLayer.BOTTOM_FIRST)
            .toList();
    assertEquals(
        List.of("model/kmn", "pseudo", "human"), sorted.stream().map(ViewLayer::name).toList());
  }
}
