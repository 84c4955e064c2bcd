package org.inbetween.app.training;

import java.util.Locale;
import java.util.function.LongSupplier;
import org.inbetween.app.task.Eta;
import org.inbetween.app.task.Progress;
import org.inbetween.models.train.DeviceChoice;
import org.inbetween.models.train.TrainingProgress;

/**
 * Turns the steps of a training loop into task progress, one message per step:
 *
 * <pre>
 * step 40/200  loss 0.2310  held-out J 0.8123  ETA 1:05
 * </pre>
 *
 * <p>The held-out J is the last one measured (absent before the first measurement, or when nothing
 * is held out). The time left is estimated from the steps of this run only: building the examples
 * beforehand takes a while and says nothing about the pace of a step. A step that measured J is
 * also a {@link Progress#note note}, so the console keeps every measurement.
 */
final class TrainingStatus implements TrainingProgress.Listener {
  private final Progress progress;
  private final LongSupplier nanoClock;
  private final long firstStep;
  private final long startedAt;
  private double lastJ = Double.NaN;

  /**
   * @param firstStep steps already taken when the run starts (a resumed checkpoint's)
   * @param nanoClock the time the estimate is measured with ({@code System::nanoTime})
   */
  TrainingStatus(Progress progress, long firstStep, LongSupplier nanoClock) {
    this.progress = progress;
    this.firstStep = firstStep;
    this.nanoClock = nanoClock;
    this.startedAt = nanoClock.getAsLong();
  }

  @Override
  public void progress(TrainingProgress step) {
    if (step.validated()) {
      lastJ = step.validationJ();
    }
    String line = message(step);
    progress.update(step.step(), step.totalSteps(), line);
    if (step.validated()) {
      progress.note(line);
    }
  }

  /** A move to the CPU is worth a line of its own: the job now runs far slower. */
  @Override
  public void deviceChanged(DeviceChoice now) {
    progress.note("Device: " + now);
  }

  private String message(TrainingProgress step) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT, "step %d/%d  loss %.4f", step.step(), step.totalSteps(), step.loss()));
    if (!Double.isNaN(lastJ)) {
      line.append(String.format(Locale.ROOT, "  held-out J %.4f", lastJ));
    }
    Eta.remaining(
            nanoClock.getAsLong() - startedAt,
            step.step() - firstStep,
            step.totalSteps() - firstStep)
        .ifPresent(left -> line.append("  ETA ").append(Eta.format(left)));
    return line.toString();
  }
}
