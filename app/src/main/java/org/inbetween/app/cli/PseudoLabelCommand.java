package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.inbetween.app.labeling.PseudoLabelJob;
import org.inbetween.app.labeling.PseudoLabelSummary;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween pseudo-label}: fills every frame between two human keyframes of a project.
 *
 * <pre>
 * inbetween pseudo-label --project work/bus --method warp --preset ultrafast
 * </pre>
 *
 * <p>Human masks are never touched; results go to the pseudo layer with their provenance. Ctrl+C
 * stops after the current frame, keeping every finished frame.
 */
@Command(
    name = "pseudo-label",
    mixinStandardHelpOptions = true,
    description = {
      "Fill the frames between human keyframes with pseudo-labels (machine layer; human masks"
          + " are never changed).",
      "Methods: copy (nearest keyframe), warp (both keyframes warped by optical flow), and any"
          + " installed generator plug-in."
    })
public final class PseudoLabelCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--project", required = true, paramLabel = "DIR", description = "The project.")
  private Path project;

  @Option(
      names = "--method",
      paramLabel = "NAME",
      description = "Generator: copy, warp, ... (default: ${DEFAULT-VALUE}).")
  private String method = "warp";

  @Mixin private FlowOptions flow;

  @Override
  public Integer call() throws Exception {
    GeneratorFactory factory = GeneratorRegistry.standard().get(method);
    GeneratorSettings settings = flow.settings();
    PrintWriter out = spec.commandLine().getOut();
    try (ProjectStore store = ProjectStore.open(project);
        FrameSource source = ProjectFrames.open(store.project(), project);
        PseudoLabelJob job = new PseudoLabelJob(store, source, factory, settings)) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("Device: " + job.device());
      err.flush();
      PseudoLabelSummary summary = new ConsoleTaskRunner(System.err).run(job);
      out.printf(
          Locale.ROOT,
          "Pseudo-labelled %d frames in %d gaps with %s (%.1f frames/s).%n",
          summary.frames(),
          summary.gaps(),
          method,
          summary.framesPerSecond());
      out.flush();
      return ExitCodes.OK;
    } catch (CancellationException e) {
      spec.commandLine().getErr().println("Cancelled; every frame finished before that is saved.");
      return ExitCodes.CANCELLED;
    }
  }
}
