package org.inbetween.app.editing.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inbetween.models.image.LabelMask;

/**
 * Stacks a frame's visible mask layers into one ARGB image, bottom first (see {@link
 * ViewLayer#BOTTOM_FIRST}), so the scene holds a single overlay texture however many layers there
 * are.
 *
 * <p>A machine layer in difference mode is drawn as its disagreement with the human mask instead of
 * its own colours; on a frame without a human mask there is nothing to compare with, and the layer
 * is drawn normally.
 */
public final class OverlayComposer {
  private OverlayComposer() {}

  /**
   * @param styles how each layer is drawn; layers without a style are not drawn
   * @param colours the object colour table ({@link ObjectColours#table})
   * @return row-major ARGB pixels, {@code width} × {@code height}, transparent where nothing is
   *     drawn
   */
  public static int[] compose(
      FrameMasks masks, Map<ViewLayer, LayerStyle> styles, int[] colours, int width, int height) {
    int[] argb = new int[width * height];
    Optional<LabelMask> human = masks.mask(ViewLayer.HUMAN);
    List<ViewLayer> drawn =
        masks.masks().keySet().stream()
            .filter(layer -> styles.containsKey(layer) && styles.get(layer).visible())
            .sorted(ViewLayer.BOTTOM_FIRST)
            .toList();
    for (ViewLayer layer : drawn) {
      if (!showsDifference(layer, styles.get(layer), human)) {
        MaskPainter.paint(masks.masks().get(layer), colours, styles.get(layer), argb);
      }
    }
    for (ViewLayer layer : drawn) {
      if (showsDifference(layer, styles.get(layer), human)) {
        DifferencePainter.paint(
            human.get(), masks.masks().get(layer), colours, styles.get(layer).alpha(), argb);
      }
    }
    return argb;
  }

  private static boolean showsDifference(
      ViewLayer layer, LayerStyle style, Optional<LabelMask> human) {
    return style.difference() && !layer.isHuman() && human.isPresent();
  }
}
