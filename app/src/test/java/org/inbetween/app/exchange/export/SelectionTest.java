package org.inbetween.app.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which labels an export writes, on the reviewed demo project. */
class SelectionTest {
  @TempDir static Path tmp;
  static Path project;

  @BeforeAll
  static void reviewedDemo() throws IOException {
    project = ExportFixtures.reviewedDemo(tmp.resolve("demo"));
  }

  @Test
  void defaultExportsHumanAcceptedAndCorrectedButNeverRejectedOrUnreviewed() throws IOException {
    Path out = tmp.resolve("default");
    ExportFixtures.export(project, "davis", out, ExportOptions.defaults());

    assertTrue(hasMask(out, 0), "keyframe");
    assertTrue(hasMask(out, 1), "accepted");
    assertTrue(hasMask(out, 4), "corrected");
    assertFalse(hasMask(out, 3), "rejected");
    assertFalse(hasMask(out, 21), "unreviewed");
    assertFalse(hasMask(out, 26), "unlabelled");
    assertTrue(Files.isRegularFile(image(out, 26)), "every frame has its image");
    Map<Integer, ManifestFrame> frames = manifestFrames(out);
    assertEquals(LabelSource.EXCLUDED, frames.get(3).source());
    assertEquals("rejected", frames.get(3).reason());
    assertEquals("not selected", frames.get(21).reason());
    assertEquals("ana", frames.get(1).reviewer());
    assertEquals("fgplg", frames.get(1).generator().method());
    assertTrue(frames.get(4).objects().contains(1));
    assertFalse(frames.get(4).objects().contains(2), "object 2 was corrected away");
  }

  @Test
  void humanOnlyLeavesAcceptedPseudoLabelsOut() throws IOException {
    Path out = tmp.resolve("human");
    ExportFixtures.export(
        project, "davis", out, ExportOptions.defaults().withSelection(Selection.HUMAN_ONLY));

    assertTrue(hasMask(out, 5));
    assertTrue(hasMask(out, 4), "corrected masks are a person's work");
    assertFalse(hasMask(out, 1));
    assertFalse(hasMask(out, 3));
  }

  @Test
  void allPseudoAddsUnreviewedButStillNotRejected() throws IOException {
    Path out = tmp.resolve("all");
    ExportSummary summary =
        ExportFixtures.export(
            project, "davis", out, ExportOptions.defaults().withSelection(Selection.ALL_PSEUDO));

    assertTrue(hasMask(out, 21));
    assertFalse(hasMask(out, 3));
    assertEquals(4, summary.counts().get(LabelSource.PSEUDO_UNREVIEWED));
    assertEquals(LabelSource.PSEUDO_UNREVIEWED, manifestFrames(out).get(21).source());
  }

  @Test
  void pseudoEveryKeepsEveryMthPseudoLabelAfterEachHumanFrame() throws IOException {
    Path out = tmp.resolve("every2");
    ExportFixtures.export(project, "davis", out, new ExportOptions(Selection.ALL_PSEUDO, 2, 0));

    // After keyframe 20: 21, 23 are odd distances, 22 and 24 even.
    assertFalse(hasMask(out, 21));
    assertTrue(hasMask(out, 22));
    assertFalse(hasMask(out, 23));
    assertTrue(hasMask(out, 24));
    // After keyframe 0: accepted 1 is dropped, accepted 2 kept; corrected 4 is human work.
    assertFalse(hasMask(out, 1));
    assertTrue(hasMask(out, 2));
    assertTrue(hasMask(out, 4));
    assertEquals("sub-sampled", manifestFrames(out).get(21).reason());
  }

  @Test
  void resizeScalesFramesAndMasksToTheTargetHeight() throws IOException {
    Path out = tmp.resolve("small");
    ExportFixtures.export(project, "davis", out, ExportOptions.defaults().withHeight(180));

    var mask = javax.imageio.ImageIO.read(mask(out, 0).toFile());
    var frame = javax.imageio.ImageIO.read(image(out, 0).toFile());
    assertEquals(320, mask.getWidth());
    assertEquals(180, mask.getHeight());
    assertEquals(320, frame.getWidth());
    assertEquals(180, frame.getHeight());
  }

  private static Map<Integer, ManifestFrame> manifestFrames(Path out) throws IOException {
    return ExportManifest.read(out).orElseThrow().sequences().get(0).frames().stream()
        .collect(Collectors.toMap(ManifestFrame::frame, Function.identity()));
  }

  private static boolean hasMask(Path out, int frame) {
    return Files.isRegularFile(mask(out, frame));
  }

  private static Path mask(Path out, int frame) {
    return out.resolve(String.format("Annotations/480p/demo/%05d.png", frame));
  }

  private static Path image(Path out, int frame) {
    return out.resolve(String.format("JPEGImages/480p/demo/%05d.jpg", frame));
  }
}
