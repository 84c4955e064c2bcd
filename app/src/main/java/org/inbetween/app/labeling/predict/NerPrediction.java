package org.inbetween.app.labeling.predict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.ner.BundledNer;
import org.inbetween.models.ner.NerPredictor;
import org.inbetween.models.train.Checkpoints;

/**
 * RCRNet+NER as a {@link PredictionModel}: {@code --model ner=FOLDER} runs the checkpoint in FOLDER
 * ({@code train ner --out FOLDER}); plain {@code --model ner} runs the checkpoint bundled with the
 * build ({@link BundledNer}), if it has one. It fills {@code model/rcrnet-ner}.
 *
 * <p>The network sees clips of 4 frames; frames are asked one at a time, so the maps of the window
 * holding a frame are computed once and handed out while the job walks through it. Like U²-Net-p it
 * is class-agnostic: the map is filed under the project's first object.
 */
final class NerPrediction implements PredictionModel {
  /** The name after {@code --model}. */
  static final String NAME = "ner";

  /** The layer name, {@code model/rcrnet-ner}. */
  static final String LAYER = "rcrnet-ner";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String layerName() {
    return LAYER;
  }

  @Override
  public FramePredictor open(Optional<Path> folder) throws IOException {
    Path checkpoint = folder.isPresent() ? folder.get() : bundled();
    String source = folder.isPresent() ? checkpoint.toString() : BundledNer.RESOURCES;
    NerPredictor predictor = NerPredictor.load(checkpoint);
    String sha256;
    try {
      sha256 = Checkpoints.parametersSha256(checkpoint);
    } catch (IOException e) {
      predictor.close();
      throw e;
    }
    return new ClipWindows(predictor, source, sha256);
  }

  private static Path bundled() throws IOException {
    if (!BundledNer.isPresent()) {
      throw new IOException(
          "this build has no bundled RCRNet+NER model yet; train one with 'inbetween train ner"
              + " --davis ROOT --split train --steps N --out DIR' and run 'predict --model"
              + " ner=DIR'");
    }
    return BundledNer.folder();
  }

  /** Hands out the maps of the current window of 4 frames, computing each window once. */
  private static final class ClipWindows implements FramePredictor {
    private final NerPredictor predictor;
    private final String source;
    private final String sha256;
    private int frameCount;
    private int windowStart = -1;
    private List<SoftMask> window;

    ClipWindows(NerPredictor predictor, String source, String sha256) {
      this.predictor = predictor;
      this.source = source;
      this.sha256 = sha256;
    }

    @Override
    public void begin(int frameCount) {
      this.frameCount = frameCount;
      windowStart = -1;
    }

    @Override
    public Map<Integer, SoftMask> predict(int frame, Frames frames, SortedSet<Integer> objectIds)
        throws IOException {
      if (frameCount == 0) {
        throw new IllegalStateException("begin(frameCount) must come before predict");
      }
      int start = NerPredictor.windowStart(frame, frameCount);
      if (start != windowStart) {
        window = predictor.predictWindow(frames, frameCount, frame);
        windowStart = start;
      }
      return Map.of(objectIds.first(), window.get(frame - start));
    }

    @Override
    public Map<String, String> parameters() {
      return Map.of(
          "model",
          source,
          "modelSha256",
          sha256,
          "network",
          (predictor.checkpoint().frameByFrame() ? "static RCRNet " : "RCRNet+NER ")
              + predictor.checkpoint().preset(),
          "trainingSteps",
          Long.toString(predictor.checkpoint().steps()));
    }

    @Override
    public void close() {
      predictor.close();
    }
  }
}
