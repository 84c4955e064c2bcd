package org.inbetween.models.ner;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.nn.Resize;
import org.inbetween.models.train.Checkpoints;

/**
 * Runs a trained RCRNet+NER (or static RCRNet) checkpoint over a video in clips of {@value
 * RcrNetNer#CLIP_LENGTH} consecutive frames and returns one full-resolution salient-object map per
 * frame.
 *
 * <p>Windows: frames 0–3, 4–7, …; the last window is shifted back to end at the last frame, so
 * every window is a full clip and every frame is taken from exactly one window ({@link
 * #windowStart}). A video shorter than a clip is one shorter clip.
 *
 * <pre>{@code
 * try (NerPredictor predictor = NerPredictor.load(folder)) {
 *   List<SoftMask> maps = predictor.predictAll(frames, frameCount);
 * }
 * }</pre>
 *
 * <p>Not thread-safe. CPU only.
 */
public final class NerPredictor implements AutoCloseable {
  private final NerCheckpoint info;
  private final Model model;
  private final AbstractBlock net;

  private NerPredictor(NerCheckpoint info, Path folder) throws IOException {
    this.info = info;
    model = Model.newInstance("rcrnet-ner", "PyTorch");
    try {
      net = NerNetworks.create(info.network(), info.frameByFrame(), 1, model.getNDManager());
      Checkpoints.loadParameters(folder, net, model.getNDManager());
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /**
   * Loads the checkpoint in {@code folder}.
   *
   * @throws IOException naming the folder when it holds no RCRNet+NER checkpoint, or weights that
   *     do not fit the network it describes
   */
  public static NerPredictor load(Path folder) throws IOException {
    return new NerPredictor(NerCheckpoint.read(folder), folder);
  }

  /** The checkpoint's description. */
  public NerCheckpoint checkpoint() {
    return info;
  }

  /**
   * The first frame of the window that frame {@code frame} of a {@code frameCount}-frame video is
   * taken from.
   */
  public static int windowStart(int frame, int frameCount) {
    if (frame < 0 || frame >= frameCount) {
      throw new IndexOutOfBoundsException(
          "frame " + frame + " of a " + frameCount + "-frame video");
    }
    int length = windowLength(frameCount);
    return Math.min(frame / length * length, frameCount - length);
  }

  /** Frames per window for a video of {@code frameCount} frames. */
  public static int windowLength(int frameCount) {
    return Math.min(RcrNetNer.CLIP_LENGTH, frameCount);
  }

  /**
   * The maps of {@code clip}, consecutive frames whose first is frame {@code first}, each at its
   * frame's size and filed under its frame index.
   */
  public List<SoftMask> predictClip(List<RgbImage> clip, int first) {
    NerPreset preset = info.network();
    try (NDManager scope = model.getNDManager().newSubManager()) {
      NDList inputs = new NDList();
      for (RgbImage image : clip) {
        inputs.add(preset.input(scope, image));
      }
      NDArray input = NDArrays.stack(inputs).expandDims(0);
      NDArray probabilities =
          net.forward(new ParameterStore(scope, false), new NDList(input), false)
              .head()
              .getNDArrayInternal()
              .sigmoid();
      List<SoftMask> maps = new ArrayList<>(clip.size());
      for (int t = 0; t < clip.size(); t++) {
        RgbImage image = clip.get(t);
        NDArray map = probabilities.get(0, t).expandDims(0);
        float[] values =
            Resize.bilinear(map, image.height(), image.width()).clip(0f, 1f).toFloatArray();
        maps.add(Masks.softFromProbabilities(first + t, image.width(), image.height(), values));
      }
      return maps;
    }
  }

  /** The maps of the window holding {@code frame}, in frame order, first frame first. */
  public List<SoftMask> predictWindow(Frames frames, int frameCount, int frame) throws IOException {
    int start = windowStart(frame, frameCount);
    List<RgbImage> clip = new ArrayList<>();
    for (int k = start; k < start + windowLength(frameCount); k++) {
      clip.add(frames.frame(k));
    }
    return predictClip(clip, start);
  }

  /** One map per frame of a {@code frameCount}-frame video, in order. */
  public List<SoftMask> predictAll(Frames frames, int frameCount) throws IOException {
    List<SoftMask> maps = new ArrayList<>(frameCount);
    while (maps.size() < frameCount) {
      List<SoftMask> window = predictWindow(frames, frameCount, maps.size());
      int start = windowStart(maps.size(), frameCount);
      maps.addAll(window.subList(maps.size() - start, window.size()));
    }
    return maps;
  }

  @Override
  public void close() {
    model.close();
  }
}
