package org.inbetween.app.ui.viewer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.inbetween.app.editing.view.FrameMasks;
import org.inbetween.app.editing.view.LayerStyle;
import org.inbetween.app.editing.view.ObjectColours;
import org.inbetween.app.editing.view.OverlayComposer;
import org.inbetween.app.editing.view.ViewLayer;
import org.inbetween.app.project.TrackedObject;

/**
 * A frozen copy of everything that decides the overlay's look: layer styles and object colours
 * (hidden objects left out). Taken on the JavaFX thread and handed to the loader thread, which then
 * composes overlays without touching any JavaFX property; a new copy is taken on every change, so
 * identity tells whether an overlay is stale.
 *
 * @param outlineMachineOnHumanFrames on a frame with a human mask, draw machine layers as outlines
 *     only: while the mask editor owns the human layer, a filled pseudo-label under it would show
 *     erased pixels in the very colour they had, as if erasing did nothing
 * @param sideBySide the model layers go on a second copy of the frame ({@link #composeSide}), and
 *     the main overlay leaves them out
 */
record OverlaySettings(
    Map<ViewLayer, LayerStyle> styles,
    int[] colours,
    boolean outlineMachineOnHumanFrames,
    boolean sideBySide) {
  /**
   * @param humanElsewhere the human layer is drawn by someone else (the mask editor): leave it out
   *     here, but keep it as the reference of the difference view
   */
  static OverlaySettings of(
      LayersViewModel layers,
      List<TrackedObject> objects,
      Set<Integer> hiddenIds,
      boolean humanElsewhere) {
    Map<ViewLayer, LayerStyle> styles = new HashMap<>(layers.styles());
    if (humanElsewhere) {
      styles.computeIfPresent(
          ViewLayer.HUMAN,
          (layer, style) ->
              new LayerStyle(false, style.opacity(), style.contourOnly(), style.difference()));
    }
    return new OverlaySettings(
        Map.copyOf(styles),
        ObjectColours.table(objects, Set.copyOf(hiddenIds)),
        humanElsewhere,
        layers.sideBySideProperty().get());
  }

  /** The overlay of the frame: every visible layer, or all but the models when side by side. */
  int[] compose(FrameMasks masks, int width, int height) {
    return OverlayComposer.compose(
        masks,
        only(stylesFor(masks), layer -> !sideBySide || !LayerRow.isModel(layer)),
        colours,
        width,
        height);
  }

  /** The overlay of the copy beside the frame: the visible model layers only, in their styles. */
  int[] composeSide(FrameMasks masks, int width, int height) {
    return OverlayComposer.compose(masks, only(styles, LayerRow::isModel), colours, width, height);
  }

  private static Map<ViewLayer, LayerStyle> only(
      Map<ViewLayer, LayerStyle> styles, Predicate<ViewLayer> kept) {
    Map<ViewLayer, LayerStyle> subset = new HashMap<>(styles);
    subset.keySet().removeIf(kept.negate());
    return subset;
  }

  private Map<ViewLayer, LayerStyle> stylesFor(FrameMasks masks) {
    if (!outlineMachineOnHumanFrames || masks.mask(ViewLayer.HUMAN).isEmpty()) {
      return styles;
    }
    Map<ViewLayer, LayerStyle> outlined = new HashMap<>(styles);
    outlined.replaceAll(
        (layer, style) ->
            layer.isHuman() || style.difference()
                ? style
                : new LayerStyle(style.visible(), style.opacity(), true, false));
    return outlined;
  }
}
