package org.inbetween.models.kmn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * KMN's kernelized memory read (specs/models.md §2.2) between a query frame and memory frames on
 * the same grid. With c(p, q) the cosine of memory cell p's key and query cell q's key:
 *
 * <pre>
 * q̂(p)    = argmax_q c(p, q)                               Memory-to-Query: p's best match
 * g(p, q) = exp(−|q − q̂(p)|² / (2σ²))                       σ in grid cells
 * w(p, q) = exp(c(p, q)/τ)·g(p, q) / Σ_p' exp(c(p', q)/τ)·g(p', q)
 * </pre>
 *
 * The kernel keeps a query cell from reading memory cells whose own best match lies far from it,
 * which is what stops a second, similar-looking object from taking the label. The weights are
 * returned as an engine-neutral {@link Weights}; reading a memory value (an object's mask on the
 * memory grid) is then a weighted sum per query cell.
 *
 * <p>The temperature τ stands where STM has 1/√d: our keys are unit vectors (cosines in [−1, 1]),
 * not learned ones, so the sharpness of the softmax is a parameter of its own.
 */
public final class KernelizedRead {
  /** KMN's σ, in cells of the 1/16 grid. */
  public static final float DEFAULT_SIGMA = 7f;

  /** Chosen on DAVIS train sequences (docs/benchmarks.md, "kmn"). */
  public static final float DEFAULT_TEMPERATURE = 0.02f;

  private KernelizedRead() {}

  /**
   * The read weights: for each query cell, a distribution over the memory cells.
   *
   * @param memoryCells cells in all memory frames, in {@code memory} order
   * @param queryCells cells of the query frame
   * @param weights {@code memoryCells × queryCells}, row-major by memory cell; each column sums to
   *     one
   */
  public record Weights(int memoryCells, int queryCells, float[] weights) {
    /** {@code values} (one per memory cell) read into each query cell. */
    public float[] read(float[] values) {
      if (values.length != memoryCells) {
        throw new IllegalArgumentException(
            values.length + " values for " + memoryCells + " memory cells");
      }
      float[] out = new float[queryCells];
      for (int p = 0; p < memoryCells; p++) {
        float value = values[p];
        if (value == 0f) {
          continue;
        }
        int row = p * queryCells;
        for (int q = 0; q < queryCells; q++) {
          out[q] += value * weights[row + q];
        }
      }
      return out;
    }
  }

  /** The weights with which {@code query} reads from {@code memory} (same grid size). */
  public static Weights weights(
      NDManager manager, FrameKeys query, List<FrameKeys> memory, float temperature, float sigma) {
    int dimensions = query.dimensions();
    int queryCells = query.cells();
    int memoryCells = 0;
    for (FrameKeys frame : memory) {
      if (frame.gridWidth() != query.gridWidth() || frame.gridHeight() != query.gridHeight()) {
        throw new IllegalArgumentException("memory and query frames differ in size");
      }
      memoryCells += frame.cells();
    }
    float[] memoryKeys = new float[memoryCells * dimensions];
    int offset = 0;
    for (FrameKeys frame : memory) {
      System.arraycopy(frame.keys(), 0, memoryKeys, offset, frame.keys().length);
      offset += frame.keys().length;
    }
    try (NDManager scope = manager.newSubManager()) {
      NDArray m = scope.create(memoryKeys, new Shape(memoryCells, dimensions));
      NDArray q = scope.create(query.keys(), new Shape(queryCells, dimensions));
      NDArray affinity = m.matMul(q.transpose());
      NDArray best = affinity.argMax(1);
      NDArray bestX = best.toType(DataType.FLOAT32, false).mod(query.gridWidth());
      NDArray bestY = best.toType(DataType.FLOAT32, false).sub(bestX).div(query.gridWidth());
      NDArray cells = scope.arange(queryCells).toType(DataType.FLOAT32, false);
      NDArray x = cells.mod(query.gridWidth());
      NDArray y = cells.sub(x).div(query.gridWidth());
      NDArray dx = x.reshape(1, queryCells).sub(bestX.reshape(memoryCells, 1));
      NDArray dy = y.reshape(1, queryCells).sub(bestY.reshape(memoryCells, 1));
      NDArray logits =
          affinity.div(temperature).sub(dx.square().add(dy.square()).div(2 * sigma * sigma));
      float[] weights = logits.softmax(0).toFloatArray();
      return new Weights(memoryCells, queryCells, weights);
    }
  }

  /**
   * One object's read on {@code query}'s grid, with the default temperature and σ, from its masks
   * on the memory frames (probabilities at the frames' {@code width × height}, averaged over each
   * grid cell as the memory values): how training and adapting the decoder build their reads.
   */
  static float[] readMasks(
      NDManager manager,
      FrameKeys query,
      List<FrameKeys> memory,
      List<float[]> masks,
      int width,
      int height) {
    float[] values = new float[memory.size() * query.cells()];
    for (int m = 0; m < memory.size(); m++) {
      float[] pooled =
          GridPooling.average(masks.get(m), width, height, query.gridWidth(), query.gridHeight());
      System.arraycopy(pooled, 0, values, m * query.cells(), query.cells());
    }
    return weights(manager, query, memory, DEFAULT_TEMPERATURE, DEFAULT_SIGMA).read(values);
  }
}
