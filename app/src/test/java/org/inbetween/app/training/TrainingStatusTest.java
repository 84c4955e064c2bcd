package org.inbetween.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inbetween.app.task.Progress;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.DeviceChoice;
import org.inbetween.models.train.TrainingProgress;
import org.junit.jupiter.api.Test;

/** Training steps become task progress with step, loss, held-out J and time left. */
class TrainingStatusTest {
  @Test
  void everyStepReportsStepLossLastJAndEtaAndValidatedStepsAreNotes() {
    List<String> updates = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Progress progress = recording(updates, notes);
    long[] now = {0};
    TrainingStatus status = new TrainingStatus(progress, 0, () -> now[0]);
    now[0] = 1_000_000_000L;
    status.progress(new TrainingProgress(1, 4, 0.5f, Double.NaN));
    now[0] = 2_000_000_000L;
    status.progress(new TrainingProgress(2, 4, 0.25f, 0.75));

    assertEquals(2, updates.size());
    assertTrue(updates.get(0).startsWith("1/4 step 1/4  loss 0.5000"), updates.get(0));
    assertFalse(updates.get(0).contains("held-out J"), "no J measured yet");
    assertTrue(updates.get(0).endsWith("ETA 0:03"), updates.get(0));
    assertTrue(updates.get(1).contains("loss 0.2500  held-out J 0.7500  ETA 0:02"), updates.get(1));
    assertEquals(List.of("step 2/4  loss 0.2500  held-out J 0.7500  ETA 0:02"), notes);
  }

  @Test
  void aMoveToTheCpuMidRunIsANoteSayingWhy() {
    List<String> notes = new ArrayList<>();
    new TrainingStatus(recording(new ArrayList<>(), notes), 0, () -> 0)
        .deviceChanged(
            DeviceChoice.fellBack(ComputeDevice.AUTO, "it failed at step 7: CUDA out of memory"));
    assertEquals(1, notes.size());
    assertTrue(notes.get(0).startsWith("Device: cpu: the GPU could not run"), notes.get(0));
    assertTrue(notes.get(0).contains("step 7: CUDA out of memory"), notes.get(0));
  }

  /** Progress that keeps every update ("done/total message") and every note. */
  private static Progress recording(List<String> updates, List<String> notes) {
    return new Progress() {
      @Override
      public void update(long done, long total, String message) {
        updates.add(done + "/" + total + " " + message);
      }

      @Override
      public void note(String line) {
        notes.add(line);
      }

      @Override
      public boolean isCancelled() {
        return false;
      }
    };
  }
}
