package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.inbetween.app.labeling.predict.ModelChoice;
import org.inbetween.app.labeling.predict.PredictJob;
import org.inbetween.app.labeling.predict.PredictSummary;
import org.inbetween.app.labeling.predict.PredictionModels;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.video.FrameSource;
import picocli.CommandLine.Command;
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
          + " model's weights from FOLDER instead of the bundled ones."
    })
public final class PredictCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--project", required = true, paramLabel = "DIR", description = "The project.")
  private Path project;

  @Option(
      names = "--model",
      paramLabel = "NAME[=FOLDER]",
      description = "The model (default: ${DEFAULT-VALUE}).")
  private String model = "u2netp";

  @Override
  public Integer call() throws Exception {
    ModelChoice choice = ModelChoice.parse(model);
    PredictionModels models = PredictionModels.standard();
    models.get(choice.name()); // an unknown name is refused before the project is opened
    PrintWriter out = spec.commandLine().getOut();
    try (ProjectStore store = ProjectStore.open(project);
        FrameSource source = ProjectFrames.open(store.project(), project);
        PredictJob job = new PredictJob(store, source, models, choice)) {
      PredictSummary summary = new ConsoleTaskRunner(System.err).run(job);
      out.printf(
          Locale.ROOT,
          "Predicted %d frames into %s (%.2f s/frame).%n",
          summary.frames(),
          summary.layer(),
          summary.secondsPerFrame());
      out.flush();
      return ExitCodes.OK;
    } catch (CancellationException e) {
      spec.commandLine().getErr().println("Cancelled; every frame finished before that is saved.");
      return ExitCodes.CANCELLED;
    }
  }
}
