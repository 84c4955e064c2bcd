package org.inbetween.models.flow;

import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_video.DISOpticalFlow;
import org.inbetween.models.image.RgbImage;

/**
 * Dense optical flow with OpenCV's DIS (Kroeger et al., ECCV 2016) on grayscale frames.
 *
 * <p>{@code flow(k, r)} is the flow <em>from k to r</em>: the reference code of FGPLG calls its
 * flow network with (target, reference) and warps backwards, {@code WG(x) = G_r(x + O(x))}. With a
 * {@code scale} below 1 the flow is computed on downsized frames: it costs about scale² as much and
 * loses detail at object boundaries (docs/benchmarks-pseudo.md weighs the two). Not thread-safe
 * (DIS keeps buffers between calls); close it when done.
 *
 * <pre>{@code
 * try (DisFlowEstimator dis = new DisFlowEstimator(FlowPreset.ULTRAFAST, 0.5)) {
 *   FlowField toKeyframe = dis.fullResolutionFlow(frameK, keyframeI);
 * }
 * }</pre>
 */
public final class DisFlowEstimator implements AutoCloseable {
  private final FlowPreset preset;
  private final double scale;
  private final DISOpticalFlow dis;

  /**
   * @param preset the DIS speed/quality preset
   * @param scale the resolution the flow is computed at, relative to the frames, in (0, 1]
   */
  public DisFlowEstimator(FlowPreset preset, double scale) {
    if (!(scale > 0 && scale <= 1)) {
      throw new IllegalArgumentException("flow scale must be in (0, 1], was " + scale);
    }
    this.preset = preset;
    this.scale = scale;
    this.dis = DISOpticalFlow.create(preset.openCvPreset());
  }

  public FlowPreset preset() {
    return preset;
  }

  public double scale() {
    return scale;
  }

  /**
   * {@code image} as DIS sees it: grayscale at the working resolution. Preparing each frame once
   * and reusing it for every flow that involves it saves a conversion per call.
   */
  public WorkingFrame prepare(RgbImage image) {
    int width = workingSize(image.width());
    int height = workingSize(image.height());
    try (Mat gray = OpenCvArrays.gray(image)) {
      if (width == image.width() && height == image.height()) {
        return WorkingFrame.of(gray);
      }
      try (Size small = new Size(width, height);
          Mat resized = new Mat()) {
        resize(gray, resized, small, 0, 0, INTER_AREA);
        return WorkingFrame.of(resized);
      }
    }
  }

  /**
   * The flow from {@code from} to {@code to} at the working resolution ({@code scale} times the
   * frames' size), in working-resolution pixels. Steps are composed there, which is cheaper; {@link
   * FlowScaling#resize} brings a field to the frames' size for warping masks.
   */
  public FlowField flow(RgbImage from, RgbImage to) {
    if (from.width() != to.width() || from.height() != to.height()) {
      throw new IllegalArgumentException(
          "frames differ in size: " + from + " and " + to + "; flow needs equal sizes");
    }
    return flow(prepare(from), prepare(to));
  }

  /** The flow between two prepared frames, in working-resolution pixels. */
  public FlowField flow(WorkingFrame from, WorkingFrame to) {
    try (Mat a = from.toMat();
        Mat b = to.toMat();
        Mat flow = new Mat()) {
      dis.calc(a, b, flow);
      return OpenCvArrays.flowField(flow);
    }
  }

  /** The full flow from {@code from} to {@code to} at the frames' resolution. */
  public FlowField fullResolutionFlow(RgbImage from, RgbImage to) {
    return FlowScaling.resize(flow(from, to), from.width(), from.height());
  }

  private int workingSize(int size) {
    return Math.min(size, Math.max(8, (int) Math.round(size * scale)));
  }

  @Override
  public void close() {
    dis.close();
  }
}
