package org.inbetween.app.quality;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalDouble;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;

/**
 * How much a model layer disagrees with a frame's own label: 1 − IoU of their foregrounds (every
 * object united, so a class-agnostic salient-object map and a multi-object pseudo-label are
 * compared on the same terms). A reviewer sorts by it to look first where an independent model
 * contradicts the pseudo-label the most.
 *
 * <p>The reference is the human mask on a frame that has one (a keyframe or a reviewed correction),
 * otherwise the pseudo-label.
 *
 * <pre>{@code
 * OptionalDouble d = ModelDisagreement.onFrame(store, MachineLayer.model("u2netp"), 12);
 * }</pre>
 */
public final class ModelDisagreement {
  private ModelDisagreement() {}

  /**
   * 1 − |A ∩ B| / |A ∪ B| over the foreground (label ≠ 0) of both masks; 0 when both are empty.
   *
   * @throws IllegalArgumentException when the masks differ in size
   */
  public static double between(LabelMask model, LabelMask reference) {
    if (model.width() != reference.width() || model.height() != reference.height()) {
      throw new IllegalArgumentException(
          "model mask " + model + " and reference mask " + reference + " differ in size");
    }
    byte[] a = model.labels();
    byte[] b = reference.labels();
    long intersection = 0;
    long union = 0;
    for (int i = 0; i < a.length; i++) {
      boolean inA = a[i] != 0;
      boolean inB = b[i] != 0;
      if (inA || inB) {
        union++;
        if (inA && inB) {
          intersection++;
        }
      }
    }
    return union == 0 ? 0 : 1 - (double) intersection / union;
  }

  /**
   * The disagreement of {@code model} on {@code frame}; empty where the model has no mask there or
   * the frame has neither a human mask nor a pseudo-label.
   */
  public static OptionalDouble onFrame(ProjectStore store, MachineLayer model, int frame)
      throws IOException {
    Optional<LabelMask> predicted = store.machineMask(model, frame);
    if (predicted.isEmpty()) {
      return OptionalDouble.empty();
    }
    Optional<LabelMask> reference = reference(store, frame);
    return reference.isPresent()
        ? OptionalDouble.of(between(predicted.get(), reference.get()))
        : OptionalDouble.empty();
  }

  /** The human mask of {@code frame} where it has one, else its pseudo-label. */
  public static Optional<LabelMask> reference(ProjectStore store, int frame) throws IOException {
    Optional<LabelMask> human = store.humanMask(frame);
    return human.isPresent() ? human : store.machineMask(MachineLayer.pseudo(), frame);
  }
}
