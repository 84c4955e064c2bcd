package org.inbetween.models.kmn;

/**
 * Maps between a frame's pixels and the cells of its key grid: a mask's mean over each cell (area
 * averaging, so thin parts still count in proportion), and a cell map back to pixels.
 */
final class GridPooling {
  private GridPooling() {}

  /** The mean of {@code values} ({@code width × height}) over each of the grid's cells. */
  static float[] average(float[] values, int width, int height, int gridWidth, int gridHeight) {
    float[] sums = new float[gridWidth * gridHeight];
    int[] counts = new int[sums.length];
    for (int y = 0; y < height; y++) {
      int row = Math.min(gridHeight - 1, y * gridHeight / height);
      for (int x = 0; x < width; x++) {
        int cell = row * gridWidth + Math.min(gridWidth - 1, x * gridWidth / width);
        sums[cell] += values[y * width + x];
        counts[cell]++;
      }
    }
    for (int cell = 0; cell < sums.length; cell++) {
      sums[cell] = counts[cell] == 0 ? 0 : sums[cell] / counts[cell];
    }
    return sums;
  }
}
