package org.inbetween.models.metrics.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.metrics.SaliencyMeter;

/**
 * Evaluates a folder of predicted masks against a folder of ground-truth masks.
 *
 * <p>The sequences are those of the prediction folder (optionally narrowed to a list of names);
 * each needs a ground-truth folder of the same name. Within a sequence, every ground-truth PNG
 * needs a prediction PNG with the same file name and size; extra predictions are ignored, so a
 * method may predict frames that have no annotation. All frames are evaluated, the first and last
 * included. The pairing is checked for every sequence before any mask is decoded, so a missing file
 * is reported at once.
 *
 * <pre>{@code
 * EvaluationReport report = DatasetEvaluation.of(predictions, davisRoot, List.of()).run();
 * }</pre>
 */
public final class DatasetEvaluation {
  private final List<SequencePairs> plan;

  private DatasetEvaluation(List<SequencePairs> plan) {
    this.plan = plan;
  }

  /**
   * Pairs the files of both folders.
   *
   * @param onlySequences sequence names to keep; empty for every predicted sequence
   * @throws EvaluationInputException naming the first missing folder or file
   */
  public static DatasetEvaluation of(
      Path predictionRoot, Path truthRoot, Collection<String> onlySequences) throws IOException {
    SortedMap<String, Path> predicted = SequenceFolders.sequences(predictionRoot);
    SortedMap<String, Path> truth = SequenceFolders.sequences(truthRoot);
    List<String> names =
        new ArrayList<>(onlySequences.isEmpty() ? predicted.keySet() : onlySequences);
    List<SequencePairs> plan = new ArrayList<>();
    for (String name : names) {
      Path predictedFolder = predicted.get(name);
      if (predictedFolder == null) {
        throw new EvaluationInputException(
            SequenceFolders.sequencesRoot(predictionRoot).resolve(name), "no such sequence folder");
      }
      Path truthFolder = truth.get(name);
      if (truthFolder == null) {
        throw new EvaluationInputException(
            SequenceFolders.sequencesRoot(truthRoot).resolve(name),
            "no ground truth for predicted sequence '" + name + "'");
      }
      plan.add(SequencePairs.of(name, predictedFolder, truthFolder));
    }
    return new DatasetEvaluation(plan);
  }

  /** Reads and scores every frame; pooled scores go into the {@code ALL} row. */
  public EvaluationReport run() throws IOException {
    List<SequenceResult> results = new ArrayList<>();
    List<ObjectResult> allObjects = new ArrayList<>();
    SaliencyMeter pooled = new SaliencyMeter();
    for (SequenceEvaluation evaluation : evaluateAll()) {
      SequenceResult result = evaluation.result();
      results.add(result);
      allObjects.addAll(result.objects());
      pooled.addAll(evaluation.saliency());
    }
    SequenceResult overall =
        new SequenceResult(
            SequenceResult.OVERALL,
            pooled.images(),
            allObjects,
            pooled.scores(),
            pooled.precisionCurve(),
            pooled.recallCurve());
    return new EvaluationReport(results, overall);
  }

  /**
   * Evaluates the sequences in parallel (each sequence's frames in order), results in plan order.
   */
  private List<SequenceEvaluation> evaluateAll() throws IOException {
    try {
      return plan.parallelStream()
          .map(
              sequence -> {
                try {
                  return sequence.evaluate();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The frames of one sequence: ground-truth files and their predictions, by file name. */
  private record SequencePairs(String name, List<Path> truthFiles, List<Path> predictionFiles) {
    static SequencePairs of(String name, Path predictedFolder, Path truthFolder)
        throws IOException {
      List<String> frameNames = SequenceFolders.frameNames(truthFolder);
      if (frameNames.isEmpty()) {
        throw new EvaluationInputException(truthFolder, "no ground-truth PNG masks");
      }
      List<Path> truthFiles = new ArrayList<>();
      List<Path> predictionFiles = new ArrayList<>();
      for (String frameName : frameNames) {
        Path prediction = predictedFolder.resolve(frameName);
        if (!Files.isRegularFile(prediction)) {
          throw new EvaluationInputException(
              prediction, "missing prediction for ground truth " + truthFolder.resolve(frameName));
        }
        truthFiles.add(truthFolder.resolve(frameName));
        predictionFiles.add(prediction);
      }
      return new SequencePairs(name, truthFiles, predictionFiles);
    }

    SequenceEvaluation evaluate() throws IOException {
      SequenceEvaluation evaluation = new SequenceEvaluation(name);
      for (int frame = 0; frame < truthFiles.size(); frame++) {
        LabelMask truth = Masks.fromPng(truthFiles.get(frame), frame);
        Prediction prediction = Prediction.read(predictionFiles.get(frame), frame);
        LabelMask labels = prediction.labels();
        if (labels.width() != truth.width() || labels.height() != truth.height()) {
          throw new EvaluationInputException(
              predictionFiles.get(frame),
              "prediction is "
                  + labels.width()
                  + "x"
                  + labels.height()
                  + " but ground truth "
                  + truthFiles.get(frame)
                  + " is "
                  + truth.width()
                  + "x"
                  + truth.height());
        }
        evaluation.add(truth, prediction);
      }
      return evaluation;
    }
  }
}
