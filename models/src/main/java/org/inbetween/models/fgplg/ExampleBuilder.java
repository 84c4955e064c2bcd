package org.inbetween.models.fgplg;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.inbetween.models.flow.FlowScaling;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.FlowGuidance;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.GuidanceInputs;
import org.inbetween.models.pseudo.PseudoLabelRequest;

/**
 * Turns FGPLG's full-frame guidance into network-sized planes: the {@link ObjectCrop} window of
 * {@code [RGB_k ImageNet-normalised, WG_i, WG_j, |O_ki|n, |O_kj|n]} resized bilinearly to the
 * network's input (aspect ratio not kept where the window is not square, as in the reference,
 * specs/models.md §1.6), the window of the {@code warp} blend as the prior logits, and the target
 * resized the same way so it stays soft. Shared by training and by the generator, so both see
 * identical inputs.
 */
public final class ExampleBuilder {
  /** ImageNet channel means of RGB in [0, 1]. */
  static final float[] MEAN = {0.485f, 0.456f, 0.406f};

  /** ImageNet channel standard deviations. */
  static final float[] STD = {0.229f, 0.224f, 0.225f};

  /** Input planes: 3 RGB, 2 warped masks, 2 flow magnitudes. */
  public static final int CHANNELS = 7;

  private final int height;
  private final int width;

  public ExampleBuilder(int height, int width) {
    if (height < 1 || width < 1) {
      throw new IllegalArgumentException("input size must be positive: " + width + "x" + height);
    }
    this.height = height;
    this.width = width;
  }

  /**
   * Where the network looks: around both warped masks. Empty unless both have the object: where it
   * enters or leaves the view between the keyframes, one side says "absent" and the network,
   * trained on sequences where objects stay in view, erases the object (DAVIS surf, frames 40 to
   * 54: J 0.13 against warp's 0.96 on frame 45), so the {@code warp} blend stands there.
   */
  public static Optional<ObjectCrop> window(GuidanceInputs in) {
    if (!ObjectCrop.hasObject(in.warpedBefore()) || !ObjectCrop.hasObject(in.warpedAfter())) {
      return Optional.empty();
    }
    RgbImage frame = in.frame();
    return ObjectCrop.around(in.warpedBefore(), in.warpedAfter(), frame.width(), frame.height());
  }

  /** The seven network-sized input planes of {@code window} of {@code in}. */
  public float[] input(GuidanceInputs in, ObjectCrop window) {
    int fw = in.frame().width();
    int n = in.frame().width() * in.frame().height();
    float[] out = new float[CHANNELS * height * width];
    float[] rgb = in.rgbPlanes();
    for (int c = 0; c < 3; c++) {
      // Normalised after the cut: only the window's pixels are worth the arithmetic.
      float[] channel = window.cut(Arrays.copyOfRange(rgb, c * n, (c + 1) * n), fw);
      for (int p = 0; p < channel.length; p++) {
        channel[p] = (channel[p] - MEAN[c]) / STD[c];
      }
      put(out, c, resize(channel, window));
    }
    put(out, 3, resize(window.cut(in.warpedBefore(), fw), window));
    put(out, 4, resize(window.cut(in.warpedAfter(), fw), window));
    put(out, 5, resize(window.cut(in.magnitudeBefore(), fw), window));
    put(out, 6, resize(window.cut(in.magnitudeAfter(), fw), window));
    return out;
  }

  /** The prior logits: {@code blend} (frame-sized) in {@code window}, network-sized. */
  public float[] prior(float[] blend, int frameWidth, ObjectCrop window) {
    return Logits.of(resize(window.cut(blend, frameWidth), window));
  }

  /**
   * A training example: {@link #input}, {@link #prior} and k's ground truth in the same window,
   * resized (soft) to the network's size.
   */
  public TrainingExample example(
      GuidanceInputs in, float[] blend, ObjectCrop window, SoftMask truth) {
    int fw = in.frame().width();
    float[] target = resize(window.cut(truth.probabilities(), fw), window);
    for (int p = 0; p < target.length; p++) {
      target[p] = Math.min(1f, Math.max(0f, target[p]));
    }
    return new TrainingExample(input(in, window), prior(blend, fw, window), target, height, width);
  }

  /**
   * One example per triple of a sequence that has a {@link #window} (elsewhere the generator does
   * not run the network), flows computed once per sequence.
   *
   * @param frames the sequence's frames
   * @param truth one object's ground truth on a frame, for every frame a triple names
   */
  public List<TrainingExample> examples(
      Frames frames, IntFunction<SoftMask> truth, List<Triple> triples, GeneratorSettings settings)
      throws IOException {
    return examples(frames, truth, triples, k -> 1, settings);
  }

  /**
   * {@link #examples(Frames, IntFunction, List, GeneratorSettings)} with each example weighted by
   * its target: where some targets are pseudo-labels, they count less than ground truth.
   *
   * @param weight the loss weight of frame k's target, positive, for every middle frame of {@code
   *     triples}
   */
  public List<TrainingExample> examples(
      Frames frames,
      IntFunction<SoftMask> truth,
      List<Triple> triples,
      IntToDoubleFunction weight,
      GeneratorSettings settings)
      throws IOException {
    List<TrainingExample> examples = new ArrayList<>(triples.size());
    try (FlowGuidance guidance = new FlowGuidance(frames, settings)) {
      for (Triple triple : triples) {
        PseudoLabelRequest request =
            new PseudoLabelRequest(
                triple.middle(), truth.apply(triple.before()), truth.apply(triple.after()));
        GuidanceInputs in = guidance.inputs(request);
        Optional<ObjectCrop> window = window(in);
        if (window.isPresent()) {
          float[] blend = guidance.warpBlend(request, in);
          examples.add(
              example(in, blend, window.get(), truth.apply(triple.middle()))
                  .withWeight((float) weight.applyAsDouble(triple.middle())));
        }
      }
    }
    return examples;
  }

  /**
   * The same example seen in reverse time (i and j swapped): the warped masks trade places and so
   * do the flow magnitudes; the prior stays, since the {@code warp} blend is symmetric in i and j.
   * The reference reverses clips with p = 0.5 while training.
   */
  public static TrainingExample reversed(TrainingExample example) {
    if (example.channels() != CHANNELS) {
      throw new IllegalArgumentException(
          "only 7-channel FGPLG examples can be reversed, got " + example.channels());
    }
    int plane = example.h() * example.w();
    float[] in = example.input();
    float[] out = in.clone();
    System.arraycopy(in, 4 * plane, out, 3 * plane, plane);
    System.arraycopy(in, 3 * plane, out, 4 * plane, plane);
    System.arraycopy(in, 6 * plane, out, 5 * plane, plane);
    System.arraycopy(in, 5 * plane, out, 6 * plane, plane);
    return new TrainingExample(
        out, example.prior(), example.target(), example.h(), example.w(), example.weight());
  }

  /**
   * The same example mirrored left to right, every plane alike: a scene seen in a mirror moves and
   * occludes just as plausibly, and the train split is small.
   */
  public static TrainingExample mirrored(TrainingExample example) {
    int w = example.w();
    return new TrainingExample(
        mirror(example.input(), w),
        mirror(example.prior(), w),
        mirror(example.target(), w),
        example.h(),
        w,
        example.weight());
  }

  private static float[] mirror(float[] planes, int width) {
    float[] out = new float[planes.length];
    for (int start = 0; start < planes.length; start += width) {
      for (int col = 0; col < width; col++) {
        out[start + col] = planes[start + width - 1 - col];
      }
    }
    return out;
  }

  public int height() {
    return height;
  }

  public int width() {
    return width;
  }

  private float[] resize(float[] cut, ObjectCrop window) {
    return FlowScaling.resize(cut, window.width(), window.height(), width, height);
  }

  private void put(float[] out, int channel, float[] plane) {
    System.arraycopy(plane, 0, out, channel * height * width, plane.length);
  }
}
