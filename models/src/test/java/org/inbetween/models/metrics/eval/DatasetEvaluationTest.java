package org.inbetween.models.metrics.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.testdata.MaskFolders;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetEvaluationTest {
  private static final int FRAMES = 6;
  @TempDir Path tmp;

  @Test
  void davisAgainstItselfIsPerfect() throws IOException {
    Path davis = SharedData.davis();

    EvaluationReport report =
        DatasetEvaluation.of(davis, davis, List.of("blackswan", "car-shadow")).run();

    assertEquals(List.of("blackswan", "car-shadow", "ALL"), names(report));
    for (SequenceResult row : report.rows()) {
      assertEquals(1, row.j(), 0, row.name());
      assertEquals(1, row.f(), 0, row.name());
      assertEquals(0, row.saliency().mae(), 0, row.name());
      assertEquals(1, row.saliency().maxF(), 1e-12, row.name());
      assertEquals(1, row.saliency().sMeasure(), 1e-9, row.name());
    }
    assertEquals(50 + 40, report.overall().frames());
  }

  @Test
  void shiftedPredictionsInAFlatFolderScoreBelowOne() throws IOException {
    writeSequence(tmp.resolve("pred"), m -> MaskFolders.shiftedRight(m, 12));

    EvaluationReport report = DatasetEvaluation.of(tmp.resolve("pred"), truth(), List.of()).run();

    SequenceResult row = report.sequences().get(0);
    assertEquals("car-shadow", row.name());
    assertTrue(row.j() > 0.5 && row.j() < 1, "J=" + row.j());
    assertTrue(row.f() > 0 && row.f() < 1, "F=" + row.f());
    assertTrue(row.saliency().mae() > 0 && row.saliency().maxF() < 1);
    assertEquals(FRAMES, row.frames());
    assertEquals(row.j(), report.overall().j(), 0);
  }

  @Test
  void grayscalePredictionsAreProbabilityMaps() throws IOException {
    Path truthFile = SharedData.davisMask("bus", 0);
    LabelMask truth = Masks.fromPng(truthFile, 0);
    float[] probabilities = new float[truth.width() * truth.height()];
    byte[] labels = truth.labels();
    for (int i = 0; i < labels.length; i++) {
      probabilities[i] = labels[i] != 0 ? 0.8f : 0.2f;
    }
    SoftMask soft = Masks.softFromProbabilities(0, truth.width(), truth.height(), probabilities);
    Path file = tmp.resolve("00000.png");
    try (OutputStream out = Files.newOutputStream(file)) {
      Masks.writePng(soft, out);
    }

    Prediction prediction = Prediction.read(file, 0);

    assertEquals(truth, prediction.labels());
    assertEquals(Math.round(0.8f * 255), prediction.gray8()[firstObjectPixel(labels)]);
  }

  @Test
  void everyTruthObjectIsScoredOnEveryFrameAndAveraged() throws IOException {
    int w = 40;
    int h = 30;
    boolean[] left = rectangle(w, h, 5, 15);
    boolean[] right = rectangle(w, h, 25, 35);
    // object 1 on both frames, object 2 appears on frame 1; the prediction finds object 1 only
    LabelMask truth0 = Masks.fromBinary(0, w, h, left, 1);
    LabelMask truth1 = Masks.fromBinary(1, w, h, left, 1).withPainted(right, 2);
    MaskFolders.write(tmp.resolve("gt/seq/a.png"), truth0);
    MaskFolders.write(tmp.resolve("gt/seq/b.png"), truth1);
    MaskFolders.write(tmp.resolve("pred/seq/a.png"), truth0);
    MaskFolders.write(tmp.resolve("pred/seq/b.png"), truth0.onFrame(1));

    SequenceResult row =
        DatasetEvaluation.of(tmp.resolve("pred"), tmp.resolve("gt"), List.of())
            .run()
            .sequences()
            .get(0);

    assertEquals(2, row.objects().size());
    // object 2: frame 0 absent from both (J = F = 1), frame 1 missed (J = F = 0)
    assertEquals(0.5, row.objects().get(1).j().mean(), 0);
    assertEquals(0.5, row.objects().get(1).f().mean(), 0);
    assertEquals((1 + 0.5) / 2, row.j(), 0);
    assertEquals((1 + 0.5) / 2, row.f(), 0);
  }

  @Test
  void csvHasTheHeaderOneRowPerSequenceAndAllLast() throws IOException {
    Path davis = SharedData.davis();
    EvaluationReport report = DatasetEvaluation.of(davis, davis, List.of("car-shadow")).run();

    report.writeCsv(tmp.resolve("scores.csv"));

    assertEquals(
        List.of(
            "sequence,J,F,JF,MAE,maxF,S",
            "car-shadow,1.000000,1.000000,1.000000,0.000000,1.000000,1.000000",
            "ALL,1.000000,1.000000,1.000000,0.000000,1.000000,1.000000"),
        Files.readAllLines(tmp.resolve("scores.csv")));
  }

  @Test
  void missingPredictionIsNamedBeforeAnythingIsScored() throws IOException {
    writeSequence(tmp.resolve("pred"), m -> m);
    Path missing = tmp.resolve("pred/car-shadow/00004.png");
    Files.delete(missing);

    IOException e =
        assertThrows(
            EvaluationInputException.class,
            () -> DatasetEvaluation.of(tmp.resolve("pred"), truth(), List.of()));

    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("missing prediction"), e.getMessage());
  }

  @Test
  void sizeMismatchNamesThePrediction() throws IOException {
    writeSequence(tmp.resolve("pred"), m -> m);
    Path small = tmp.resolve("pred/car-shadow/00003.png");
    MaskFolders.write(small, Masks.empty(3, 853, 480));

    DatasetEvaluation evaluation = DatasetEvaluation.of(tmp.resolve("pred"), truth(), List.of());
    IOException e = assertThrows(EvaluationInputException.class, evaluation::run);

    assertTrue(e.getMessage().startsWith(small.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("853x480"), e.getMessage());
  }

  @Test
  void unreadablePngNamesTheFile() throws IOException {
    writeSequence(tmp.resolve("pred"), m -> m);
    Path broken = tmp.resolve("pred/car-shadow/00002.png");
    Files.write(broken, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});

    DatasetEvaluation evaluation = DatasetEvaluation.of(tmp.resolve("pred"), truth(), List.of());
    IOException e = assertThrows(IOException.class, evaluation::run);

    assertTrue(e.getMessage().contains(broken.toString()), e.getMessage());
  }

  @Test
  void predictedSequenceWithoutTruthIsRefused() throws IOException {
    MaskFolders.write(tmp.resolve("pred/no-such-sequence/00000.png"), Masks.empty(0, 8, 8));

    IOException e =
        assertThrows(
            EvaluationInputException.class,
            () -> DatasetEvaluation.of(tmp.resolve("pred"), truth(), List.of()));

    assertTrue(e.getMessage().contains("no-such-sequence"), e.getMessage());
  }

  /** The first frames of car-shadow, with {@code change} applied, as a flat folder under root. */
  private static void writeSequence(Path root, UnaryOperator<LabelMask> change) throws IOException {
    MaskFolders.writeSequence("car-shadow", FRAMES, root, change);
  }

  /** The unchanged ground truth of those frames. */
  private Path truth() throws IOException {
    Path truth = tmp.resolve("gt");
    if (!Files.isDirectory(truth)) {
      writeSequence(truth, m -> m);
    }
    return truth;
  }

  private static List<String> names(EvaluationReport report) {
    return report.rows().stream().map(SequenceResult::name).toList();
  }

  private static boolean[] rectangle(int w, int h, int x0, int x1) {
    boolean[] mask = new boolean[w * h];
    for (int y = 10; y < 20; y++) {
      for (int x = x0; x < x1; x++) {
        mask[y * w + x] = true;
      }
    }
    return mask;
  }

  private static int firstObjectPixel(byte[] labels) {
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != 0) {
        return i;
      }
    }
    throw new AssertionError("no object");
  }
}
