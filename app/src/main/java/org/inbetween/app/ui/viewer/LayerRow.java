package org.inbetween.app.ui.viewer;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
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
  }

  /**
   * How a layer looks when it first appears: human masks and pseudo-labels filled at half opacity,
   * human on top; model predictions as strong outlines so that several can be compared over the
   * same object.
   */
  static LayerRow withDefaults(ViewLayer layer) {
    boolean model = layer.machine().map(m -> !m.isPseudo()).orElse(false);
    return new LayerRow(
        layer,
        model ? new LayerStyle(true, 0.9, true, false) : new LayerStyle(true, 0.5, false, false));
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

  /** Only machine layers have a difference view: the human layer is what they are compared with. */
  public BooleanProperty differenceProperty() {
    return difference;
  }

  public boolean canShowDifference() {
    return !layer.isHuman();
  }

  public LayerStyle style() {
    return new LayerStyle(
        visible.get(),
        Math.max(0, Math.min(1, opacity.get())),
        contourOnly.get(),
        difference.get());
  }

  /** Everything that changes the style, for one listener to watch. */
  List<ObservableValue<?>> dependencies() {
    return List.of(visible, opacity, contourOnly, difference);
  }
}
