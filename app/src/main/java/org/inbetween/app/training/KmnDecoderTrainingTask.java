package org.inbetween.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inbetween.app.labeling.bench.DavisSequence;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.models.kmn.DecoderTraining;

/**
 * {@code train kmn} as a task: reads DAVIS sequences, trains the memory read's decoder for a number
 * of steps and writes its parameters, every {@code saveEvery} steps and at the end, so that a
 * cancelled run leaves the last saved weights. Progress shows the mean loss of the last steps.
 *
 * @param davis the DAVIS root
 * @param sequences the sequences to train on
 * @param steps steps in all
 * @param learningRate Adam's learning rate
 * @param seed seeds the examples drawn
 * @param out the parameter file written
 */
public record KmnDecoderTrainingTask(
    Path davis, List<String> sequences, long steps, float learningRate, long seed, Path out)
    implements Task<Float> {
  private static final int SAVE_EVERY = 100;
  private static final int LOSS_WINDOW = 100;

  @Override
  public String title() {
    return "Train the kmn decoder";
  }

  /** Returns the mean loss of the last steps. */
  @Override
  public Float run(Progress progress) throws IOException {
    List<DecoderTraining.Sequence> data = new ArrayList<>();
    for (String name : sequences) {
      progress.checkCancelled();
      DavisSequence sequence = DavisSequence.read(davis, name);
      data.add(new DecoderTraining.Sequence(name, sequence.frames(), sequence.truth()));
    }
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    float[] recent = new float[LOSS_WINDOW];
    try (DecoderTraining training = new DecoderTraining(data, seed, learningRate)) {
      for (long step = 1; step <= steps; step++) {
        if (progress.isCancelled()) {
          training.save(out);
          throw new TrainingCancelledException(step - 1, out);
        }
        recent[(int) ((step - 1) % LOSS_WINDOW)] = training.step();
        float mean = mean(recent, (int) Math.min(step, LOSS_WINDOW));
        progress.update(step, steps, String.format(Locale.ROOT, "loss %.4f", mean));
        if (step % SAVE_EVERY == 0 || step == steps) {
          training.save(out);
        }
      }
      return mean(recent, (int) Math.min(steps, LOSS_WINDOW));
    }
  }

  private static float mean(float[] values, int count) {
    float sum = 0;
    for (int i = 0; i < count; i++) {
      sum += values[i];
    }
    return count == 0 ? 0 : sum / count;
  }
}
