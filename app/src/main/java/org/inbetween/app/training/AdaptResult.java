package org.inbetween.app.training;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.inbetween.app.labeling.PseudoLabelSummary;

/**
 * What {@link AdaptTask} did.
 *
 * @param steps steps taken
 * @param heldOut examples held out to measure J; 0 when there were too few to spare any
 * @param priorJ held-out J of the warp prior alone, NaN when nothing was held out
 * @param beforeJ held-out J of the model before adapting, NaN when nothing was held out
 * @param afterJ held-out J of the adapted model, NaN when nothing was held out
 * @param checkpoint the folder of the adapted checkpoint
 * @param relabelled the relabelling run, empty when it was not asked for
 * @param rejectedKept frames a reviewer rejected, left as they were
 */
public record AdaptResult(
    long steps,
    int heldOut,
    double priorJ,
    double beforeJ,
    double afterJ,
    Path checkpoint,
    Optional<PseudoLabelSummary> relabelled,
    int rejectedKept) {

  /** "held-out J 0.8123 before, 0.8456 after adapting" or "no held-out J". */
  public String heldOutJ() {
    return heldOut == 0
        ? "no held-out J"
        : String.format(
            Locale.ROOT, "held-out J %.4f before, %.4f after adapting", beforeJ, afterJ);
  }

  /** One line for the jobs panel: steps, the before/after J and what was relabelled. */
  public String summary() {
    String line = String.format(Locale.ROOT, "Adapted %d steps; %s", steps, heldOutJ());
    return relabelled
        .map(run -> line + String.format(Locale.ROOT, "; %d frames relabelled", run.frames()))
        .orElse(line);
  }
}
