package org.inbetween.app.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.demo.DemoVideo;

/**
 * A demo project half-way through review: human keyframes 0 and 10 (the demo's exact ground truth),
 * pseudo-labels on 1..9 with the confidences below. Shared by the headless and the GUI review
 * tests.
 *
 * <p>Worst first, the queue is 4 (0.1), 6 (score 0.2), 2 (0.3), 5 (0.5), 3 (0.75), 1 (0.9), then 7,
 * 8 and 9, which recorded no usable confidence.
 */
public final class ReviewFixture {
  public static final String REVIEWER = "ana";
  public static final List<Integer> WORST_FIRST = List.of(4, 6, 2, 5, 3, 1, 7, 8, 9);

  private static final Map<Integer, Map<String, String>> PARAMETERS =
      Map.of(
          1, Map.of("confidence", "0.9"),
          2, Map.of("confidence", "0.3", "score", "0.95"),
          3, Map.of("confidence", "0.75"),
          4, Map.of("confidence", "0.1"),
          5, Map.of("confidence", "0.5"),
          6, Map.of("score", "0.2"),
          7, Map.of(),
          8, Map.of("flow", "dis-medium"),
          9, Map.of("confidence", "n/a"));

  private ReviewFixture() {}

  /** Creates the project in {@code dir} and returns it open. */
  public static ProjectStore create(Path dir) throws IOException {
    DemoVideo demo = new DemoVideo();
    ProjectStore store = ProjectStore.create(dir, NewProject.demo());
    store.addObject("ellipse");
    store.addObject("pentagon");
    store.addObject("star");
    store.putHumanMask(demo.groundTruth(0), "keyframer");
    store.putHumanMask(demo.groundTruth(10), "keyframer");
    for (int frame = 1; frame <= 9; frame++) {
      store.putMachineMask(
          MachineLayer.pseudo(),
          demo.groundTruth(frame),
          Provenance.of("fgplg", "test", "1", PARAMETERS.get(frame)));
    }
    return store;
  }

  /** The lines of the project's journal, as written so far (read while the store is open). */
  public static List<String> journal(Path dir) throws IOException {
    return Files.readAllLines(dir.resolve("journal.log"), StandardCharsets.UTF_8);
  }

  /** The journal line recording {@code decision} on {@code frame}, if there is one. */
  public static boolean journalHasDecision(Path dir, int frame, String decision, String reviewer)
      throws IOException {
    return journal(dir).stream()
        .anyMatch(
            line ->
                line.contains("\"type\":\"review\"")
                    && line.contains("\"frame\":" + frame + ",")
                    && line.contains("\"decision\":\"" + decision + "\"")
                    && line.contains("\"reviewer\":\"" + reviewer + "\""));
  }
}
