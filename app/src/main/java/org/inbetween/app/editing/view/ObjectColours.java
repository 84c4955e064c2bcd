package org.inbetween.app.editing.view;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.models.image.DavisPalette;

/**
 * The colour each label value is drawn in, as a 256-entry lookup table so that painting a frame
 * costs one array read per pixel. Background (0) and hidden objects map to {@link #NOT_DRAWN}.
 */
public final class ObjectColours {
  /** Table entry for labels that leave the picture untouched. */
  public static final int NOT_DRAWN = -1;

  private ObjectColours() {}

  /**
   * Each project object in its own colour ({@link TrackedObject#rgb}). Labels that belong to no
   * live object still show, in their DAVIS palette colour, so that stray pixels are never
   * invisible.
   */
  public static int[] table(List<TrackedObject> objects, Set<Integer> hiddenIds) {
    int[] table = new int[256];
    for (int id = 1; id < 256; id++) {
      table[id] = DavisPalette.rgb(id);
    }
    table[0] = NOT_DRAWN;
    for (TrackedObject object : objects) {
      table[object.id()] = object.rgb();
    }
    for (int hidden : hiddenIds) {
      if (hidden > 0 && hidden < 256) {
        table[hidden] = NOT_DRAWN;
      }
    }
    return table;
  }

  /** True when {@code table} draws label {@code label}. */
  public static boolean isDrawn(int[] table, int label) {
    return table[label] != NOT_DRAWN;
  }

  /** A table that draws nothing; the start of tests and of empty projects. */
  public static int[] none() {
    int[] table = new int[256];
    Arrays.fill(table, NOT_DRAWN);
    return table;
  }
}
