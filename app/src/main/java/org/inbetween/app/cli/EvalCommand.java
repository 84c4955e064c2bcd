package org.inbetween.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.models.metrics.eval.DatasetEvaluation;
import org.inbetween.models.metrics.eval.EvaluationReport;
import org.inbetween.models.metrics.eval.JTracePlot;
import org.inbetween.models.metrics.eval.PrecisionRecallPlot;
import org.inbetween.models.metrics.eval.SequenceResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween eval}: scores predicted masks against ground truth, per sequence and overall.
 *
 * <pre>
 * inbetween eval --pred results/ --gt ../shared/data/DAVIS --csv scores.csv --plot pr.png
 * </pre>
 *
 * <p>Reports DAVIS J, F and J&amp;F per object (averaged over objects) and the saliency MAE, max-F
 * and S-measure with "any object" as foreground. Conventions are in {@link DatasetEvaluation} and
 * {@link org.inbetween.models.metrics.eval.SequenceResult}.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score predicted masks against ground truth: J, F, J&F, MAE, max-F and S per sequence.",
      "Both folders may be DAVIS roots (Annotations/480p/<sequence>/*.png) or folders of"
          + " <sequence>/*.png; frames are matched by file name. Predictions are label PNGs"
          + " (palette) or 8-bit grayscale probability maps. --pred may also be a project"
          + " folder: its human masks are scored as the sequence its frames came from.",
      "With --layer, --pred is a project or a folder of projects, and that machine layer is"
          + " scored instead (soft maps as probability maps: max-F, S and MAE over them, J and F"
          + " at 0.5)."
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--pred",
      required = true,
      paramLabel = "DIR",
      description = "Predicted masks (or a project); its sequences are the ones evaluated.")
  private Path predictions;

  @Option(names = "--gt", required = true, paramLabel = "DIR", description = "Ground-truth masks.")
  private Path truth;

  @Option(
      names = "--sequences",
      split = ",",
      paramLabel = "NAME",
      description = "Evaluate only these sequences (comma-separated).")
  private List<String> sequences = new ArrayList<>();

  @Option(
      names = "--layer",
      paramLabel = "LAYER",
      description = "Score this machine layer of the project(s), e.g. model/u2netp or pseudo.")
  private String layer;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write the table as CSV.")
  private Path csv;

  @Option(
      names = "--plot",
      paramLabel = "FILE.png",
      description =
          "Draw the precision-recall curves as a PNG (SVG when FILE ends in .svg), and beside it"
              + " one J-per-frame trace per sequence, FILE-J-<sequence>.png, with the keyframes"
              + " marked when --pred is a project.")
  private Path plot;

  @Override
  public Integer call() throws IOException {
    EvaluationReport report;
    if (layer != null) {
      try (ProjectMasks.Exported exported =
          LayerMaps.export(predictions, new MachineLayer(layer))) {
        report = DatasetEvaluation.of(exported.root(), truth, sequences).run();
      }
    } else if (ProjectMasks.isProject(predictions)) {
      try (ProjectMasks.Exported exported = ProjectMasks.exportHumanMasks(predictions)) {
        report = DatasetEvaluation.of(exported.root(), truth, sequences).run();
      }
    } else {
      report = DatasetEvaluation.of(predictions, truth, sequences).run();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(ResultTable.format(report));
    out.flush();
    if (csv != null) {
      report.writeCsv(csv);
    }
    if (plot != null) {
      PrecisionRecallPlot.write(report, plot);
      Map<String, Set<Integer>> keyframes = ProjectKeyframes.of(predictions);
      for (SequenceResult sequence : report.sequences()) {
        JTracePlot.write(
            sequence,
            keyframes.getOrDefault(sequence.name(), Set.of()),
            JTracePlot.fileFor(plot, sequence.name()));
      }
    }
    return ExitCodes.OK;
  }
}
