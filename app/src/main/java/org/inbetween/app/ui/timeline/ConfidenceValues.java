package org.inbetween.app.ui.timeline;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;

/**
 * The confidence trace's values, one per frame, from a caller's function or, by default, from the
 * pseudo-labels' provenance, e.g. {@code "confidence": "0.83"} written by the pseudo-label
 * generator. Only touched frames can hold a pseudo-label (writing one touches the frame), so the
 * cost follows the labelled frames, not the video length.
 */
final class ConfidenceValues {
  /** The provenance parameter the timeline reads unless told otherwise. */
  static final String DEFAULT_PARAMETER = "confidence";

  private ConfidenceValues() {}

  /**
   * Values clamped to 0..1, NaN where a frame has no pseudo-label or no readable value.
   *
   * @return null when no frame has a value: the timeline then draws no trace at all
   */
  static double[] fromProvenance(ProjectStore store, Project project, String parameter) {
    double[] values = new double[project.frameCount()];
    Arrays.fill(values, Double.NaN);
    boolean any = false;
    for (FrameRecord record : project.frames().values()) {
      Optional<Provenance> provenance =
          store.machineProvenance(MachineLayer.pseudo(), record.frame());
      String text = provenance.map(p -> p.parameters().get(parameter)).orElse(null);
      double value = parse(text);
      if (!Double.isNaN(value)) {
        values[record.frame()] = Math.max(0, Math.min(1, value));
        any = true;
      }
    }
    return any ? values : null;
  }

  /**
   * {@code source} asked for every frame (it is called frameCount times per edit), clamped to 0..1.
   *
   * @return null when it gives NaN everywhere
   */
  static double[] sample(IntToDoubleFunction source, int frameCount) {
    double[] values = new double[frameCount];
    boolean any = false;
    for (int f = 0; f < frameCount; f++) {
      double value = source.applyAsDouble(f);
      values[f] = Double.isNaN(value) ? value : Math.max(0, Math.min(1, value));
      any |= !Double.isNaN(value);
    }
    return any ? values : null;
  }

  private static double parse(String text) {
    if (text == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException notANumber) {
      return Double.NaN;
    }
  }
}
