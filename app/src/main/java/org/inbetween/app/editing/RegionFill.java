package org.inbetween.app.editing;

/**
 * Flood fill of the label map: the 4-connected region of pixels that share the clicked pixel's
 * label gets the ink. Clicking the background inside an outline fills the hole; clicking a stray
 * blob of the current object with {@link Ink#erase} removes just that blob.
 *
 * <p>Works on labels, not on image colours: annotators use it to close holes a brush left, where
 * colour similarity would leak into the neighbourhood. 4-connectivity keeps a fill from escaping
 * through a diagonal gap of a one-pixel outline.
 */
public final class RegionFill {
  private RegionFill() {}

  /**
   * @return the changed area, or {@link Rect#EMPTY} when the click is outside the image or the ink
   *     would not change the clicked label
   */
  public static Rect fill(WorkingMask mask, int x, int y, Ink ink) {
    if (!mask.contains(x, y) || !ink.changes(mask.label(x, y))) {
      return Rect.EMPTY;
    }
    int target = mask.label(x, y);
    int width = mask.width();
    IntStack seeds = new IntStack();
    seeds.push(y * width + x);
    int minX = x;
    int maxX = x;
    int minY = y;
    int maxY = y;
    while (!seeds.isEmpty()) {
      int seed = seeds.pop();
      int row = seed / width;
      int left = seed % width;
      if (mask.label(left, row) != target) {
        continue;
      }
      int right = left;
      while (left > 0 && mask.label(left - 1, row) == target) {
        left--;
      }
      while (right < width - 1 && mask.label(right + 1, row) == target) {
        right++;
      }
      mask.paintSpan(row, left, right, ink);
      minX = Math.min(minX, left);
      maxX = Math.max(maxX, right);
      minY = Math.min(minY, row);
      maxY = Math.max(maxY, row);
      pushRuns(mask, row - 1, left, right, target, seeds);
      pushRuns(mask, row + 1, left, right, target, seeds);
    }
    return Rect.spanning(minX, minY, maxX, maxY);
  }

  /** Pushes one seed per run of {@code target} in columns {@code left..right} of {@code row}. */
  private static void pushRuns(
      WorkingMask mask, int row, int left, int right, int target, IntStack seeds) {
    if (row < 0 || row >= mask.height()) {
      return;
    }
    boolean inRun = false;
    for (int x = left; x <= right; x++) {
      boolean matches = mask.label(x, row) == target;
      if (matches && !inRun) {
        seeds.push(row * mask.width() + x);
      }
      inRun = matches;
    }
  }

  /** A growable stack of pixel indices, without boxing. */
  private static final class IntStack {
    private int[] items = new int[256];
    private int size;

    void push(int value) {
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, size * 2);
      }
      items[size++] = value;
    }

    int pop() {
      return items[--size];
    }

    boolean isEmpty() {
      return size == 0;
    }
  }
}
