package org.inbetween.app.ui.tools;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The brush radius in image pixels, shared by brush, eraser and smart-select strokes. Steps grow
 * with the size (about 15 % a step), so that both a 2-pixel and a 150-pixel brush are a few key
 * presses or wheel notches from where the annotator wants them.
 */
public final class BrushSettings {
  public static final int MIN_RADIUS = 1;
  public static final int MAX_RADIUS = 200;
  public static final int DEFAULT_RADIUS = 8;

  private final IntegerProperty radius = new SimpleIntegerProperty(DEFAULT_RADIUS);

  public BrushSettings() {
    radius.addListener(
        (obs, old, now) -> {
          int clamped = clamp(now.intValue());
          if (clamped != now.intValue()) {
            radius.set(clamped);
          }
        });
  }

  /** Values outside {@link #MIN_RADIUS}..{@link #MAX_RADIUS} are clamped. */
  public IntegerProperty radiusProperty() {
    return radius;
  }

  public int radius() {
    return radius.get();
  }

  /** One step bigger (key {@code ]}). */
  public void grow() {
    radius.set(radius.get() + step());
  }

  /** One step smaller (key {@code [}). */
  public void shrink() {
    radius.set(radius.get() - step());
  }

  /**
   * Ctrl+wheel: positive {@code deltaY} (wheel away from the user) grows, negative shrinks, one
   * step per notch whatever the platform's notch size.
   */
  public void scroll(double deltaY) {
    if (deltaY > 0) {
      grow();
    } else if (deltaY < 0) {
      shrink();
    }
  }

  private int step() {
    return Math.max(1, Math.round(radius.get() * 0.15f));
  }

  private static int clamp(int value) {
    return Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, value));
  }
}
