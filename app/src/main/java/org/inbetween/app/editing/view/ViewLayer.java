package org.inbetween.app.editing.view;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.inbetween.app.project.MachineLayer;

/**
 * One mask layer the viewer can overlay: the human masks, or a machine layer (the pseudo-labels or
 * one model's predictions).
 *
 * @param machine the machine layer; empty for the human layer
 */
public record ViewLayer(Optional<MachineLayer> machine) {
  public static final ViewLayer HUMAN = new ViewLayer(Optional.empty());

  /**
   * The drawing order, bottom first: model predictions, then pseudo-labels, then human masks on
   * top, since human work is what the annotator edits and must never be hidden by machine output.
   */
  public static final Comparator<ViewLayer> BOTTOM_FIRST =
      Comparator.comparingInt(ViewLayer::rank).thenComparing(ViewLayer::name);

  public ViewLayer {
    Objects.requireNonNull(machine, "machine");
  }

  public static ViewLayer of(MachineLayer layer) {
    return new ViewLayer(Optional.of(layer));
  }

  public boolean isHuman() {
    return machine.isEmpty();
  }

  /** "human", "pseudo" or the model's folder, e.g. "model/rcrnet". */
  public String name() {
    return machine.map(MachineLayer::folder).orElse("human");
  }

  private int rank() {
    if (isHuman()) {
      return 2;
    }
    return machine.get().isPseudo() ? 1 : 0;
  }
}
