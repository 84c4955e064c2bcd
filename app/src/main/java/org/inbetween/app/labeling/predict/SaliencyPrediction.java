package org.inbetween.app.labeling.predict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.saliency.SaliencyModel;
import org.inbetween.models.saliency.U2NetP;

/**
 * A class-agnostic salient-object model as a {@link PredictionModel}. Its one map per frame says
 * "foreground" without telling objects apart, so it is filed under the project's first object (the
 * object of a single-object project; the union of all objects otherwise, which is how {@code eval}
 * scores it).
 */
final class SaliencyPrediction implements PredictionModel {
  /** Loads a saliency model from bundled weights (empty) or a folder. */
  interface Loader {
    SaliencyModel load(Optional<Path> folder) throws IOException;
  }

  private final String name;
  private final Loader loader;

  SaliencyPrediction(String name, Loader loader) {
    this.name = name;
    this.loader = loader;
  }

  /** U²-Net-p through OpenCV dnn. */
  static SaliencyPrediction u2netp() {
    return new SaliencyPrediction(
        U2NetP.NAME,
        folder -> folder.isPresent() ? U2NetP.fromFile(folder.get()) : U2NetP.bundled());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public FramePredictor open(Optional<Path> folder) throws IOException {
    SaliencyModel model = loader.load(folder);
    return new FramePredictor() {
      @Override
      public Map<Integer, SoftMask> predict(int frame, Frames frames, SortedSet<Integer> objectIds)
          throws IOException {
        return Map.of(objectIds.first(), model.predict(frame, frames.frame(frame)));
      }

      @Override
      public Map<String, String> parameters() {
        return Map.of("model", model.source(), "modelSha256", model.sha256());
      }

      @Override
      public void close() {
        model.close();
      }
    };
  }
}
