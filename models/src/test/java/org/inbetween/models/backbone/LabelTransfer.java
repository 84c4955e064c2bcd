package org.inbetween.models.backbone;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.testdata.SharedData;

/**
 * Nearest-neighbour label transfer, the probe that tells features from noise: every cell of a later
 * frame's feature map takes the foreground/background label of its most similar (cosine) cell in
 * frame 0, whose labels come from the ground-truth mask; the result is scored by IoU against the
 * later frame's ground truth on the same grid. Features that describe what is in a cell transfer
 * labels well; random features mostly transfer colour.
 */
final class LabelTransfer {
  /** Frames are resized to this (DAVIS 480p is 854×480, about the same aspect). */
  static final int HEIGHT = 256;

  static final int WIDTH = 448;

  private final MobileNetV2 trunk;
  private final int tap;

  /** Probes feature map {@code tap} (0: 1/4, 1: 1/8, 2: 1/16) of an initialised {@code trunk}. */
  LabelTransfer(MobileNetV2 trunk, int tap) {
    this.trunk = trunk;
    this.tap = tap;
  }

  /** The foreground IoU on frame {@code target} of labels carried over from frame 0. */
  double iou(NDManager manager, String sequence, int target) throws IOException {
    try (NDManager scope = manager.newSubManager()) {
      NDArray source = cells(scope, sequence, 0);
      NDArray query = cells(scope, sequence, target);
      boolean[] known = foreground(sequence, 0, source);
      boolean[] truth = foreground(sequence, target, query);
      long[] nearest = query.matMul(source.transpose()).argMax(1).toLongArray();
      int intersection = 0;
      int union = 0;
      for (int cell = 0; cell < nearest.length; cell++) {
        boolean predicted = known[(int) nearest[cell]];
        intersection += predicted && truth[cell] ? 1 : 0;
        union += predicted || truth[cell] ? 1 : 0;
      }
      return union == 0 ? 1 : intersection / (double) union;
    }
  }

  /** The probed feature map of one frame as (cells, channels), each row of unit length. */
  private NDArray cells(NDManager manager, String sequence, int frame) throws IOException {
    Path file =
        SharedData.davis().resolve(String.format("JPEGImages/480p/%s/%05d.jpg", sequence, frame));
    RgbImage image = RgbImage.fromBufferedImage(ImageIO.read(file.toFile()));
    NDArray input = MobileNetV2Input.of(manager, image, HEIGHT, WIDTH);
    NDList features = trunk.forward(new ParameterStore(manager, false), new NDList(input), false);
    NDArray map = features.get(tap);
    long channels = map.getShape().get(1);
    NDArray rows = map.reshape(channels, -1).transpose();
    return rows.div(rows.norm(new int[] {1}, true).add(1e-6f));
  }

  /** Ground-truth foreground per cell: more than half of the cell's pixels are foreground. */
  private boolean[] foreground(String sequence, int frame, NDArray cells) throws IOException {
    LabelMask mask = Masks.fromPng(SharedData.davisMask(sequence, frame), frame);
    long count = cells.getShape().get(0);
    int stride = trunk.featureStrides().get(tap);
    int gridWidth = (WIDTH + stride - 1) / stride;
    int gridHeight = (int) (count / gridWidth);
    double[] covered = new double[(int) count];
    byte[] labels = mask.labels();
    for (int y = 0; y < mask.height(); y++) {
      int row = Math.min(gridHeight - 1, (int) ((y + 0.5) * gridHeight / mask.height()));
      for (int x = 0; x < mask.width(); x++) {
        int column = Math.min(gridWidth - 1, (int) ((x + 0.5) * gridWidth / mask.width()));
        covered[row * gridWidth + column] += labels[y * mask.width() + x] != 0 ? 1 : 0;
      }
    }
    double cellArea = (double) mask.width() * mask.height() / count;
    boolean[] foreground = new boolean[(int) count];
    for (int cell = 0; cell < count; cell++) {
      foreground[cell] = covered[cell] > cellArea / 2;
    }
    return foreground;
  }

  /** Initialises {@code trunk} for the probe's frame size. */
  static MobileNetV2 initialised(MobileNetV2 trunk, NDManager manager) {
    trunk.initialize(manager, DataType.FLOAT32, new Shape(1, 3, HEIGHT, WIDTH));
    return trunk;
  }
}
