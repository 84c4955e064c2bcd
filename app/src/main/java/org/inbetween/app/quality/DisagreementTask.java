package org.inbetween.app.quality;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;

/**
 * {@link ModelDisagreement} of one model layer on every frame of a project, as a {@link Task}: it
 * reads two masks per frame, too slow for the JavaFX thread on a long video. Frames where it is not
 * available (no prediction, nothing to compare with) are left out of the result.
 */
public final class DisagreementTask implements Task<Map<Integer, Double>> {
  private final ProjectStore store;
  private final MachineLayer model;

  public DisagreementTask(ProjectStore store, MachineLayer model) {
    if (model.isPseudo()) {
      throw new IllegalArgumentException("the pseudo-labels are the reference, not a model layer");
    }
    this.store = store;
    this.model = model;
  }

  @Override
  public String title() {
    return "Disagreement (" + model.folder() + ")";
  }

  /** Disagreement by frame index, in frame order. */
  @Override
  public Map<Integer, Double> run(Progress progress) throws Exception {
    int frames = store.project().frameCount();
    Map<Integer, Double> result = new TreeMap<>();
    for (int frame = 0; frame < frames; frame++) {
      progress.checkCancelled();
      OptionalDouble value = ModelDisagreement.onFrame(store, model, frame);
      if (value.isPresent()) {
        result.put(frame, value.getAsDouble());
      }
      progress.update(frame + 1, frames, "frame " + frame);
    }
    return result;
  }
}
