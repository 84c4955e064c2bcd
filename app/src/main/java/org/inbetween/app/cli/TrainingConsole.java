package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.inbetween.models.train.TrainingProgress;

/** Training progress as console lines: every tenth step, and every step that measured J. */
final class TrainingConsole {
  private static final int EVERY = 10;

  private TrainingConsole() {}

  static void print(PrintWriter err, TrainingProgress progress) {
    if (progress.validated()) {
      err.printf(
          Locale.ROOT,
          "step %d/%d  loss %.4f  val J %.4f%n",
          progress.step(),
          progress.totalSteps(),
          progress.loss(),
          progress.validationJ());
    } else if (progress.step() % EVERY == 0) {
      err.printf(
          Locale.ROOT,
          "step %d/%d  loss %.4f%n",
          progress.step(),
          progress.totalSteps(),
          progress.loss());
    } else {
      return;
    }
    err.flush();
  }
}
