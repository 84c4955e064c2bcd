package org.inbetween.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.flow.FlowPreset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween flow}: shows or sets the optical flow a project's jobs compute — the editor's
 * Ctrl+G, Adapt, quality estimate and keyframe suggestions, and {@code pseudo-label}, {@code
 * adapt}, {@code quality}, {@code suggest} without {@code --preset}. The editor's Pseudo-labels ›
 * Optical flow… sets the same.
 *
 * <pre>
 * inbetween flow --project work/bus            # prints the setting
 * inbetween flow --project work/bus medium     # the most accurate, about half the speed
 * </pre>
 */
@Command(
    name = "flow",
    mixinStandardHelpOptions = true,
    description = {
      "Show or set the optical flow of a project's pseudo-labelling, adapting and quality jobs"
          + " (in the editor too).",
      "ultrafast (default): the fastest. medium: the most accurate, at about half the frames/s"
          + " (val split, warp J&F +0.021 at l = 10 and +0.030 at l = 20; docs/benchmarks.md)."
          + " fast lies between.",
      "Labels already made keep their flow; the next run redoes those not yet reviewed."
    })
final class FlowCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--project", required = true, paramLabel = "DIR", description = "The project.")
  Path project;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PRESET",
      description = "ultrafast, fast or medium; left out, the setting is printed.")
  String preset;

  @Override
  public Integer call() throws Exception {
    if (preset == null) {
      try (ProjectStore store = ProjectStore.openReadOnly(project)) {
        spec.commandLine().getOut().println("Flow: " + store.project().flowPreset().label());
      }
      return ExitCodes.OK;
    }
    FlowPreset chosen = FlowPreset.parse(preset); // refused before the project is opened
    FlowPreset old;
    try (ProjectStore store = ProjectStore.open(project)) {
      old = store.project().flowPreset();
      store.setFlowPreset(chosen);
    }
    spec.commandLine().getOut().printf("Flow: %s (was %s)%n", chosen.label(), old.label());
    return ExitCodes.OK;
  }
}
