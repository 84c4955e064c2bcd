package org.inbetween.models.kmn;

/**
 * One frame's keys: a unit-length vector per cell of its 1/16 grid, row-major cells, engine-neutral
 * so that keys can be cached without holding native memory.
 *
 * @param keys {@code cells × dimensions} values, row after row of cells
 * @param dimensions the length of one key
 * @param gridWidth cells across
 * @param gridHeight cells down
 */
public record FrameKeys(float[] keys, int dimensions, int gridWidth, int gridHeight) {
  public FrameKeys {
    if (keys.length != (long) dimensions * gridWidth * gridHeight) {
      throw new IllegalArgumentException(
          keys.length
              + " key values do not make "
              + gridWidth
              + "x"
              + gridHeight
              + " cells of "
              + dimensions);
    }
  }

  public int cells() {
    return gridWidth * gridHeight;
  }
}
