package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inbetween.app.labeling.PseudoLabelJob;
import org.inbetween.app.labeling.PseudoLabelSummary;
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
 * {@code inbetween pseudo-label}: fills every frame between two human keyframes of a project, with
 * the project's optical flow ({@code inbetween flow}) unless {@code --preset} says otherwise.
 *
 * <pre>
 * inbetween pseudo-label --project work/bus --method warp --preset ultrafast
 * inbetween pseudo-label --project work/bus      # the default method, as Ctrl+G in the editor
 * </pre>
 *
 * <p>Human masks are never touched; results go to the pseudo layer with their provenance. Ctrl+C
 * stops after the current frame, keeping every finished frame.
 */
@Command(
    name = "pseudo-label",
    mixinStandardHelpOptions = true,
    modelTransformer = PseudoLabelMethods.class,
    description = {
      "Fill the frames between human keyframes with pseudo-labels (machine layer; human masks"
          + " are never changed)."
    })
public final class PseudoLabelCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private ProjectJobOptions project;

  /** The same default as the editor's Ctrl+G: {@link GeneratorRegistry#defaultMethod()}. */
  @Option(
      names = "--method",
      paramLabel = "NAME",
      completionCandidates = PseudoLabelMethods.class,
      description =
          "Generator: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; see Methods below).")
  private String method = GeneratorRegistry.standard().defaultMethod();

  @Option(
      names = "--all",
      description =
          "Redo every gap and open end, rejected frames too (default: only the gaps with frames"
              + " that have no pseudo-label yet, or a stale one because a keyframe changed).")
  private boolean all;

  @Mixin private FlowOptions flow;

  @Override
  public Integer call() throws Exception {
    GeneratorFactory factory = GeneratorRegistry.standard().get(method);
    flow.check();
    return project.run(
        (store, frames) -> {
          GeneratorSettings settings = flow.settings(store.project().flowSettings());
          PseudoLabelJob.Scope scope =
              all ? PseudoLabelJob.Scope.ALL : PseudoLabelJob.Scope.CHANGED;
          try (PseudoLabelJob job = new PseudoLabelJob(store, frames, factory, settings, scope)) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Device: " + job.device());
            err.flush();
            PseudoLabelSummary summary = new ConsoleTaskRunner(System.err).run(job);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                Locale.ROOT,
                "Pseudo-labelled %d frames in %d gaps with %s (%.1f frames/s).%n",
                summary.frames(),
                summary.gaps(),
                method,
                summary.framesPerSecond());
            if (summary.reopened() > 0) {
              out.printf(
                  Locale.ROOT,
                  "%d accepted frames went back to review: a keyframe they came from changed"
                      + " (see the review queue for each reason).%n",
                  summary.reopened());
            }
            out.flush();
            return ExitCodes.OK;
          }
        });
  }
}
