package org.inbetween.app.editing.view;

import java.util.Collection;

/**
 * The colour a model layer starts with: one of a few saturated colours that stay apart from each
 * other and from the difference view's magenta, cyan and yellow. The choice depends on the layer's
 * name, so "model/u2netp" keeps its colour from one session to the next; a colour another model
 * layer already wears is skipped while a free one is left.
 */
public final class ModelColours {
  /** Orange, lime, violet, sky blue, red, teal, white, olive. */
  private static final int[] PALETTE = {
    0xFF8C00, 0x7CFC00, 0x8A2BE2, 0x1E90FF, 0xE8112D, 0x00A383, 0xF0F0F0, 0x9A9A2E
  };

  private ModelColours() {}

  /**
   * @param name the layer's name, e.g. "model/rcrnet-ner"
   * @param taken the tints (0xRRGGBB) of the model layers already shown
   */
  public static int defaultFor(String name, Collection<Integer> taken) {
    int start = Math.floorMod(name.hashCode(), PALETTE.length);
    for (int i = 0; i < PALETTE.length; i++) {
      int colour = PALETTE[(start + i) % PALETTE.length];
      if (!taken.contains(colour)) {
        return colour;
      }
    }
    return PALETTE[start];
  }
}
