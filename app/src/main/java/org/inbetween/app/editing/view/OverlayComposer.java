package org.inbetween.app.editing.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.models.image.LabelMask;

/**
 * Stacks a frame's visible mask layers into one ARGB image, bottom first (see {@link
 * ViewLayer#BOTTOM_FIRST}), so the scene holds a single overlay texture however many layers there
 * are.
 *
 * <p>A machine layer in difference mode is drawn as its disagreement with the frame's reference
 * instead of its own colours: the human mask where the frame has one, otherwise (for a model layer)
 * the pseudo-label. A model layer is compared class-agnostically (any object against any object),
 * the same way its disagreement number is computed; the pseudo-label against the human mask object
 * by object. On a frame without a reference the layer is drawn normally.
 */
public final class OverlayComposer {
  private static final ViewLayer PSEUDO = ViewLayer.of(MachineLayer.pseudo());

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
    List<ViewLayer> drawn =
        masks.masks().keySet().stream()
            .filter(layer -> styles.containsKey(layer) && styles.get(layer).visible())
            .sorted(ViewLayer.BOTTOM_FIRST)
            .toList();
    for (ViewLayer layer : drawn) {
      if (differenceReference(masks, layer, styles.get(layer)).isEmpty()) {
        MaskPainter.paint(masks.masks().get(layer), colours, styles.get(layer), argb);
      }
    }
    for (ViewLayer layer : drawn) {
      Optional<LabelMask> reference = differenceReference(masks, layer, styles.get(layer));
      if (reference.isPresent()) {
        DifferencePainter.paint(
            reference.get(),
            masks.masks().get(layer),
            colours,
            layer.equals(PSEUDO),
            styles.get(layer).alpha(),
            argb);
      }
    }
    return argb;
  }

  /** What {@code layer} is compared with, when it is drawn as a difference on this frame. */
  private static Optional<LabelMask> differenceReference(
      FrameMasks masks, ViewLayer layer, LayerStyle style) {
    if (!style.difference() || layer.isHuman()) {
      return Optional.empty();
    }
    Optional<LabelMask> human = masks.mask(ViewLayer.HUMAN);
    return human.isPresent() || layer.equals(PSEUDO) ? human : masks.mask(PSEUDO);
  }
}
