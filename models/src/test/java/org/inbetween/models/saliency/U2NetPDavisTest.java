package org.inbetween.models.saliency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The claim in the model card: about 0.73 mean IoU on the first frames of the 14 DAVIS sequences in
 * ../shared/data. Tagged slow: 14 forward passes take 7 s on an idle 2-core machine, much more on a
 * busy one.
 */
@Tag("slow")
class U2NetPDavisTest {
  @Test
  void meanIouOnFirstFramesMatchesTheModelCard() throws IOException {
    List<String> sequences = DavisFirstFrames.sequences().toList();
    assertEquals(14, sequences.size(), "sequences: " + sequences);
    double sum = 0;
    StringBuilder table = new StringBuilder();
    try (U2NetP model = U2NetP.bundled()) {
      for (String sequence : sequences) {
        double iou =
            DavisFirstFrames.iou(
                model.predict(0, DavisFirstFrames.frame(sequence, 0)), sequence, 0);
        table.append(String.format(Locale.ROOT, "%s %.3f%n", sequence, iou));
        sum += iou;
      }
    }
    double mean = sum / sequences.size();
    System.out.print(table);
    System.out.printf(Locale.ROOT, "mean IoU %.3f%n", mean);
    assertTrue(mean > 0.70 && mean < 0.78, "mean IoU " + mean + "\n" + table);
  }
}
