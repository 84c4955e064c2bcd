package org.inbetween.app.ui.viewer;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.paint.Color;
import org.inbetween.app.editing.view.LayerStyle;
import org.inbetween.app.editing.view.ViewLayer;

/**
 * One row of the layers panel: how one mask layer is drawn. The panel's controls bind to these
 * properties; the viewer reads {@link #style()} when it composes the overlay.
 */
public final class LayerRow {
  private final ViewLayer layer;
  private final BooleanProperty visible;
  private final DoubleProperty opacity;
  private final BooleanProperty contourOnly;
  private final BooleanProperty difference = new SimpleBooleanProperty(false);
  private final ObjectProperty<Color> tint = new SimpleObjectProperty<>();

  LayerRow(ViewLayer layer, LayerStyle initial) {
    this.layer = layer;
    this.visible = new SimpleBooleanProperty(initial.visible());
    this.opacity = new SimpleDoubleProperty(initial.opacity());
    this.contourOnly = new SimpleBooleanProperty(initial.contourOnly());
    difference.set(initial.difference() && canShowDifference());
    difference.addListener(
        (obs, old, on) -> {
          if (on && !canShowDifference()) {
            difference.set(false);
          }
        });
    if (initial.tint() != LayerStyle.OBJECT_COLOURS) {
      tint.set(
          Color.rgb(
              initial.tint() >> 16 & 0xFF, initial.tint() >> 8 & 0xFF, initial.tint() & 0xFF));
    }
  }

  /**
   * How a layer looks when it first appears: human masks and pseudo-labels filled at half opacity
   * in the objects' colours, human on top; model predictions as strong outlines in the layer's own
   * colour ({@code modelTint}, 0xRRGGBB) so that several can be compared over the same object.
   */
  static LayerRow withDefaults(ViewLayer layer, int modelTint) {
    return new LayerRow(
        layer,
        isModel(layer)
            ? new LayerStyle(true, 0.9, true, false, modelTint)
            : new LayerStyle(true, 0.5, false, false));
  }

  static boolean isModel(ViewLayer layer) {
    return layer.machine().map(m -> !m.isPseudo()).orElse(false);
  }

  public ViewLayer layer() {
    return layer;
  }

  public BooleanProperty visibleProperty() {
    return visible;
  }

  /** 0..1; values outside are clamped when the style is read. */
  public DoubleProperty opacityProperty() {
    return opacity;
  }

  public BooleanProperty contourOnlyProperty() {
    return contourOnly;
  }

  /**
   * Only machine layers have a difference view: they are compared with the human mask, or (model
   * layers, on frames without one) with the pseudo-label.
   */
  public BooleanProperty differenceProperty() {
    return difference;
  }

  public boolean canShowDifference() {
    return !layer.isHuman();
  }

  /**
   * The colour every object of a model layer is drawn in; null (the objects' own colours) for the
   * human layer and the pseudo-labels. Opacity comes from {@link #opacityProperty()}, not from the
   * colour's alpha.
   */
  public ObjectProperty<Color> tintProperty() {
    return tint;
  }

  public LayerStyle style() {
    Color colour = tint.get();
    return new LayerStyle(
        visible.get(),
        Math.max(0, Math.min(1, opacity.get())),
        contourOnly.get(),
        difference.get(),
        colour == null ? LayerStyle.OBJECT_COLOURS : rgb(colour));
  }

  /** Everything that changes the style, for one listener to watch. */
  List<ObservableValue<?>> dependencies() {
    return List.of(visible, opacity, contourOnly, difference, tint);
  }

  static int rgb(Color colour) {
    return (int) Math.round(colour.getRed() * 255) << 16
        | (int) Math.round(colour.getGreen() * 255) << 8
        | (int) Math.round(colour.getBlue() * 255);
  }
}
