package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.metrics.RegionSimilarity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code predict --model u2netp} and {@code eval --layer} on three real DAVIS frames (blackswan
 * 0–2, keyframes 0 and 2, frame 1 pseudo-labelled by warp before the model runs).
 */
class PredictThenEvalTest {
  private static final MachineLayer U2NETP = MachineLayer.model("u2netp");

  @TempDir static Path tmp;
  private static DavisExcerpt excerpt;
  private static Path project;
  private static Map<String, String> before;
  private static Map<Integer, FrameState> statesBefore;
  private static CliRun predicted;

  @BeforeAll
  static void importPseudoLabelAndPredict() throws IOException {
    excerpt = DavisExcerpt.of(tmp, "blackswan", 3, 2);
    project = tmp.resolve("project");
    CliRun imported =
        CliRun.of(
            "import",
            excerpt.images().toString(),
            "--masks",
            excerpt.keyframes().toString(),
            "--project",
            project.toString());
    assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
    CliRun pseudo = CliRun.of("pseudo-label", "--project", project.toString(), "--method", "copy");
    assertEquals(ExitCodes.OK, pseudo.exitCode(), pseudo.err());
    before = humanAndPseudoFiles(project);
    statesBefore = states(project);
    predicted = CliRun.of("predict", "--project", project.toString(), "--model", "u2netp");
  }

  @Test
  void fillsTheModelLayerAndFindsTheSwan() throws IOException {
    assertEquals(ExitCodes.OK, predicted.exitCode(), predicted.err());
    assertTrue(predicted.out().contains("Predicted 3 frames into model/u2netp"), predicted.out());
    try (ProjectStore store = ProjectStore.open(project)) {
      for (int f = 0; f < 3; f++) {
        assertTrue(store.machineSoftMask(U2NETP, f, 1).isPresent(), "soft map on frame " + f);
      }
      assertEquals(
          "309c8469258dda742793dce0ebea8e6dd393174f89934733ecc8b14c76f4ddd8",
          store.machineProvenance(U2NETP, 0).orElseThrow().modelVersion());
      LabelMask label = store.machineMask(U2NETP, 0).orElseThrow();
      LabelMask truth = store.humanMask(0).orElseThrow();
      double iou = RegionSimilarity.jaccard(label, truth, 1);
      assertTrue(iou > 0.8, "IoU on blackswan 0: " + iou);
    }
  }

  @Test
  void leavesHumanAndPseudoLayersByteIdentical() throws IOException {
    assertEquals(ExitCodes.OK, predicted.exitCode(), predicted.err());
    assertTrue(
        before
            .keySet()
            .containsAll(
                List.of(
                    "masks/human/00000.png", "masks/human/00002.png", "masks/pseudo/00001.png")),
        "two human masks and a pseudo-label: " + before.keySet());
    assertEquals(before, humanAndPseudoFiles(project));
    assertEquals(statesBefore, states(project));
  }

  @Test
  void evalOfTheLayerEqualsEvalOfTheSameMapsAsPngs() throws IOException {
    assertEquals(ExitCodes.OK, predicted.exitCode(), predicted.err());
    Path pngs = Files.createDirectories(tmp.resolve("pngs/blackswan"));
    try (ProjectStore store = ProjectStore.open(project)) {
      for (int f = 0; f < 3; f++) {
        try (OutputStream out = Files.newOutputStream(pngs.resolve(String.format("%05d.png", f)))) {
          Masks.writePng(store.machineSoftMask(U2NETP, f, 1).orElseThrow(), out);
        }
      }
    }
    Path layerCsv = tmp.resolve("layer.csv");
    Path pngCsv = tmp.resolve("png.csv");
    String gt = excerpt.truth().toString();
    CliRun layer =
        CliRun.of(
            "eval",
            "--pred",
            project.toString(),
            "--layer",
            "model/u2netp",
            "--gt",
            gt,
            "--csv",
            layerCsv.toString());
    CliRun png =
        CliRun.of(
            "eval", "--pred", pngs.getParent().toString(), "--gt", gt, "--csv", pngCsv.toString());
    assertEquals(ExitCodes.OK, layer.exitCode(), layer.err());
    assertEquals(ExitCodes.OK, png.exitCode(), png.err());
    List<String> rows = Files.readAllLines(layerCsv);
    assertEquals(Files.readAllLines(pngCsv), rows);
    String[] all = rows.get(rows.size() - 1).split(",");
    assertTrue(Double.parseDouble(all[1]) > 0.8, "J over the 3 frames: " + rows);
  }

  @Test
  void evalRefusesALayerTheProjectLacks() {
    CliRun eval =
        CliRun.of(
            "eval",
            "--pred",
            project.toString(),
            "--layer",
            "model/kmn",
            "--gt",
            excerpt.truth().toString());
    assertEquals(ExitCodes.BAD_INPUT, eval.exitCode(), eval.out());
    assertTrue(eval.err().contains(project.toString()), eval.err());
    assertTrue(eval.err().contains("model/kmn"), eval.err());
  }

  @Test
  void refusesABadModelFileNamingItAndChangesNothing() throws IOException {
    Path weights = Files.createDirectories(tmp.resolve("bad-weights"));
    Path bad = Files.writeString(weights.resolve("u2netp.onnx"), "not a network");
    Map<String, String> allBefore = allFiles(project);

    CliRun run =
        CliRun.of("predict", "--project", project.toString(), "--model", "u2netp=" + weights);

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.out());
    assertTrue(run.err().contains(bad.toString()), run.err());
    assertEquals(allBefore, allFiles(project));
  }

  @Test
  void refusesAMissingProjectNamingIt() {
    Path missing = tmp.resolve("no-such-project");
    CliRun run = CliRun.of("predict", "--project", missing.toString(), "--model", "u2netp");
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.out());
    assertTrue(run.err().contains(missing.toString()), run.err());
    assertFalse(Files.exists(missing));
  }

  @Test
  void refusesAnUnknownModelNamingTheKnownOnes() {
    CliRun run = CliRun.of("predict", "--project", project.toString(), "--model", "sam");
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.out());
    assertTrue(run.err().contains("u2netp"), run.err());
  }

  private static Map<Integer, FrameState> states(Path dir) throws IOException {
    try (ProjectStore store = ProjectStore.open(dir)) {
      Map<Integer, FrameState> states = new TreeMap<>();
      for (int f = 0; f < store.project().frameCount(); f++) {
        states.put(f, store.project().frame(f).state());
      }
      return states;
    }
  }

  private static Map<String, String> humanAndPseudoFiles(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>(hashes(dir.resolve("masks/human"), dir));
    files.putAll(hashes(dir.resolve("masks/pseudo"), dir));
    return files;
  }

  private static Map<String, String> allFiles(Path dir) throws IOException {
    return hashes(dir, dir);
  }

  private static Map<String, String> hashes(Path folder, Path base) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.put(base.relativize(file).toString(), sha256(Files.readAllBytes(file)));
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
