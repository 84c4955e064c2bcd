package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.quality.ConfidenceSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inbetween info}: what a project holds, at a glance. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description =
        "Print a project's frame count and size, its objects and how many frames are in"
            + " each state.")
final class InfoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--project", required = true, paramLabel = "DIR", description = "Project folder.")
  Path project;

  @Option(
      names = "--recover",
      description = {
        "When the project refuses to open because its journal is damaged or missing: keep the"
            + " edits up to the last intact journal line, set the damaged journal aside as"
            + " journal.log.damaged-TIME, and save. Edits after the damage are lost; nothing"
            + " happens without this option."
      })
  boolean recover;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (recover) {
      ProjectStore.recover(project);
      out.printf("Recovered %s up to its last intact journal line%n", project);
    }
    Project p;
    ConfidenceSummary confidence;
    try (ProjectStore store = ProjectStore.openReadOnly(project)) {
      p = store.project();
      confidence = ConfidenceSummary.of(store);
    }
    out.printf("Project    %s%n", project.toAbsolutePath().normalize());
    out.printf("Name       %s%n", p.name());
    out.printf("Source     %s %s%n", p.source().kind(), p.source().path());
    out.printf("Frames     %d%n", p.frameCount());
    out.printf(
        "Frame size %dx%d%s%n",
        p.width(),
        p.height(),
        p.sourceRotation() == 0
            ? ""
            : " (the video's pictures turned " + p.sourceRotation() + " degrees clockwise)");
    out.printf("FPS        %s%n", p.fps());
    out.printf("Keyframes  every %d frames%n", p.keyframeInterval());
    out.printf("Flow       DIS %s (inbetween flow)%n", p.flowPreset().label());
    out.printf("Objects    %d%n", p.objects().size());
    for (TrackedObject o : p.objects()) {
      out.printf("  %3d  %-24s %s%n", o.id(), o.name(), o.hex());
    }
    out.println("States");
    countStates(p).forEach((state, n) -> out.printf("  %-16s %d%n", state, n));
    out.printf("Quality    %s%n", confidence.describe());
    out.printf(
        "           leave-one-out J per keyframe: inbetween quality --project %s%n", project);
    return ExitCodes.OK;
  }

  private static Map<FrameState, Integer> countStates(Project p) {
    Map<FrameState, Integer> counts = new EnumMap<>(FrameState.class);
    for (FrameState state : FrameState.values()) {
      counts.put(state, 0);
    }
    for (int f = 0; f < p.frameCount(); f++) {
      counts.merge(p.frame(f).state(), 1, Integer::sum);
    }
    return counts;
  }
}
