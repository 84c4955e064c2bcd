package org.inbetween.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.exchange.dataset.FrameSet;
import org.inbetween.app.exchange.export.ExportInput;
import org.inbetween.app.exchange.export.ExportOptions;
import org.inbetween.app.exchange.export.ExportRequest;
import org.inbetween.app.exchange.export.ExportSummary;
import org.inbetween.app.exchange.export.ProjectExport;
import org.inbetween.app.exchange.export.Selection;
import org.inbetween.app.task.ConsoleTaskRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inbetween export}: one or many projects as one training dataset, with its manifest. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export projects as a training dataset (DAVIS, DAVIS saliency, YouTube-VOS, COCO) with"
          + " inbetween-manifest.json, which tells human masks from pseudo-labels.",
      "  export --project DIR --format davis --out DATASET",
      "  export --project A --project B --format youtube-vos --out DATASET --include all",
      "  export --project DIR --format davis-saliency --out data/datasets  (RCRNet: DAVIS2016/)",
      "Dense or sparse: with labels on keyframes only, --frames all (dense) writes every frame's"
          + " JPEG and a PNG only for labelled frames, for loaders that look frames up by the"
          + " annotation's name (RCRNet, DAVIS 2016 ImageSets); --frames labelled (sparse) writes"
          + " a JPEG only for labelled frames, named as its PNG, for loaders that list the JPEGs"
          + " and open the PNG of each or pair them by position (DAVIS 2017 toolkit, XMem"
          + " training). YouTube-VOS keeps labelled frames in train/ (or valid/) either way and"
          + " every frame in train_all_frames/ with all; COCO writes labelled frames only unless"
          + " --frames all.",
      "Rejected pseudo-labels are never exported. Nothing is left at --out when the export"
          + " fails or is cancelled (Ctrl+C)."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--project",
      required = true,
      paramLabel = "DIR",
      description = "Project folder; repeat for several projects, one sequence each.")
  List<Path> projects;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "NAME",
      completionCandidates = FormatNames.class,
      description = "Dataset format: ${COMPLETION-CANDIDATES}.")
  String format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Dataset folder to create (missing or empty).")
  Path out;

  @Option(
      names = "--include",
      paramLabel = "WHAT",
      description =
          "human (drawn and corrected masks), accepted (also accepted pseudo-labels; default) or"
              + " all (also unreviewed pseudo-labels).")
  String include = "accepted";

  @Option(
      names = "--frames",
      paramLabel = "SET",
      description =
          "all (dense: every frame's image; default for davis, davis-saliency, youtube-vos) or"
              + " labelled (sparse: an image only where there is a label, named as its mask;"
              + " default for coco).")
  String frames;

  @Option(
      names = "--pseudo-every",
      paramLabel = "M",
      description = "Keep every M-th pseudo-label after each human frame (default: 1, all).")
  int pseudoEvery = 1;

  @Option(
      names = "--height",
      paramLabel = "H",
      description = "Resize to this height, keeping the aspect ratio (default: keep).")
  int height;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description =
          "Sequence name per --project, in order (default: the project's name, as 'info' shows"
              + " it and 'rename' sets it, made a safe folder name).")
  List<String> names = new ArrayList<>();

  @Option(
      names = "--split",
      paramLabel = "SPLIT",
      description = "train (default) or val, for every sequence.")
  String split = "train";

  @Override
  public Integer call() throws Exception {
    if (!names.isEmpty() && names.size() != projects.size()) {
      throw new IllegalArgumentException(
          "give one --name per --project (" + projects.size() + "), or none");
    }
    List<ExportInput> inputs = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      String name = names.isEmpty() ? null : names.get(i);
      inputs.add(new ExportInput(projects.get(i), name, split));
    }
    ExportOptions options =
        new ExportOptions(
            selection(include),
            pseudoEvery,
            height,
            frames == null ? null : FrameSet.byName(frames));
    ExportRequest request = new ExportRequest(inputs, DatasetFormats.byName(format), out, options);
    ExportSummary summary = new ConsoleTaskRunner(System.err).run(new ProjectExport(request));
    spec.commandLine()
        .getOut()
        .printf(
            "Exported %d sequences, %d frames into %s; labels by source: %s%n",
            summary.sequences(),
            summary.frames(),
            summary.out(),
            new java.util.TreeMap<>(summary.counts()));
    return ExitCodes.OK;
  }

  private static Selection selection(String include) {
    return switch (include.trim().toLowerCase(Locale.ROOT)) {
      case "human" -> Selection.HUMAN_ONLY;
      case "accepted" -> Selection.HUMAN_AND_ACCEPTED;
      case "all" -> Selection.ALL_PSEUDO;
      default ->
          throw new IllegalArgumentException(
              "--include must be human, accepted or all, was \"" + include + "\"");
    };
  }
}
