package org.inbetween.app.quality;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;

/**
 * Which method made a project's pseudo-labels, read from their provenance: the leave-one-out
 * estimate must ask the same generator, or it would judge a different method than the one whose
 * labels are under review.
 */
public final class PseudoLabelMethod {
  private PseudoLabelMethod() {}

  /**
   * The method named by most pseudo-labelled frames (alphabetically first among equals); empty for
   * a project with no pseudo-label.
   */
  public static Optional<String> used(ProjectStore store) {
    Map<String, Integer> counts = new TreeMap<>();
    for (int frame = 0; frame < store.project().frameCount(); frame++) {
      Optional<Provenance> provenance = store.machineProvenance(MachineLayer.pseudo(), frame);
      provenance.ifPresent(p -> counts.merge(p.method(), 1, Integer::sum));
    }
    String most = null;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (most == null || entry.getValue() > counts.get(most)) {
        most = entry.getKey();
      }
    }
    return Optional.ofNullable(most);
  }
}
