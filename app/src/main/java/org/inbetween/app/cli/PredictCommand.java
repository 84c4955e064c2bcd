package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inbetween.app.labeling.PseudoLabelJob;
import org.inbetween.app.labeling.PseudoLabelSummary;
import org.inbetween.app.labeling.predict.ModelChoice;
import org.inbetween.app.labeling.predict.PredictJob;
import org.inbetween.app.labeling.predict.PredictSummary;
import org.inbetween.app.labeling.predict.PredictionModels;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween predict}: runs a pretrained model over every frame of a project into the layer
 * {@code model/<name>}.
 *
 * <pre>
 * inbetween predict --project work/bus --model u2netp
 * inbetween predict --project work/bus --model u2netp=my-weights/
 * </pre>
 *
 * <p>Human and pseudo layers are never touched. Ctrl+C stops after the current frame; finished
 * frames are kept and a rerun overwrites them.
 */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = {
      "Run a pretrained model over every frame into the layer model/<name> (soft maps; human and"
          + " pseudo-label layers are never changed).",
      "Models: u2netp (U2-Net-p salient object detector, bundled). NAME=FOLDER reads the"
          + " model's weights from FOLDER instead of the bundled ones.",
      "ner (RCRNet+NER over clips of 4 frames) fills model/rcrnet-ner; give a checkpoint folder from"
          + " 'train ner' as ner=FOLDER.",
      "kmn (KMN memory read from the human keyframes, bundled decoder) fills model/kmn on every"
          + " frame without a human mask: between keyframes and, from the nearest one, beyond."
    })
public final class PredictCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private ProjectJobOptions project;

  @Option(
      names = "--model",
      paramLabel = "NAME[=FOLDER]",
      description = "The model (default: ${DEFAULT-VALUE}).")
  private String model = "u2netp";

  /** Models that read the project's keyframes: pseudo-label methods written to a model layer. */
  private static final String KEYFRAME_MODEL = "kmn";

  @Override
  public Integer call() throws Exception {
    if (model.equals(KEYFRAME_MODEL)) {
      return predictFromKeyframes();
    }
    ModelChoice choice = ModelChoice.parse(model);
    PredictionModels models = PredictionModels.standard();
    models.get(choice.name()); // an unknown name is refused before the project is opened
    return project.run(
        (store, frames) -> {
          try (PredictJob job = new PredictJob(store, frames, models, choice)) {
            PredictSummary summary = new ConsoleTaskRunner(System.err).run(job);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                Locale.ROOT,
                "Predicted %d frames into %s (%.2f s/frame).%n",
                summary.frames(),
                summary.layer(),
                summary.secondsPerFrame());
            out.flush();
            return ExitCodes.OK;
          }
        });
  }

  private int predictFromKeyframes() throws Exception {
    GeneratorFactory factory = GeneratorRegistry.standard().get(KEYFRAME_MODEL);
    return project.run(
        (store, frames) -> {
          try (PseudoLabelJob job =
              PseudoLabelJob.intoModelLayer(store, frames, factory, GeneratorSettings.defaults())) {
            PseudoLabelSummary summary = new ConsoleTaskRunner(System.err).run(job);
            store.checkpoint();
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                Locale.ROOT,
                "Predicted %d frames into %s (%.2f s/frame).%n",
                summary.frames(),
                job.layer().folder(),
                summary.frames() > 0 ? summary.seconds() / summary.frames() : 0);
            out.flush();
            return ExitCodes.OK;
          }
        });
  }
}
