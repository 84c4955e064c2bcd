package org.inbetween.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inbetween.app.exchange.ImportSummary;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.exchange.export.DatasetImport;
import org.inbetween.app.exchange.export.DatasetImportRequest;
import org.inbetween.app.task.ConsoleTaskRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inbetween import-dataset}: one sequence of a training dataset back into a project. */
@Command(
    name = "import-dataset",
    mixinStandardHelpOptions = true,
    description = {
      "Create a project from one sequence of a dataset (davis, youtube-vos, coco).",
      "  import-dataset --format davis DATASET --sequence NAME --project DIR",
      "With an inbetween-manifest.json each mask returns as keyframe, accepted, corrected or"
          + " unreviewed pseudo-label, as it was exported."
    })
final class DatasetImportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset root folder.")
  Path dataset;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "NAME",
      completionCandidates = FormatNames.class,
      description = "Dataset format: ${COMPLETION-CANDIDATES}.")
  String format;

  @Option(
      names = "--project",
      required = true,
      paramLabel = "DIR",
      description = "New project folder (missing or empty).")
  Path project;

  @Option(
      names = "--sequence",
      paramLabel = "NAME",
      description = "The sequence to import (needed when the dataset has several).")
  String sequence;

  @Option(
      names = "--author",
      paramLabel = "NAME",
      description = "Whose work masks without a manifest record are (default: ${DEFAULT-VALUE}).")
  String author = "imported ground truth";

  @Override
  public Integer call() throws Exception {
    DatasetImportRequest request =
        new DatasetImportRequest(
            DatasetFormats.byName(format), dataset, Optional.ofNullable(sequence), project, author);
    ImportSummary summary = new ConsoleTaskRunner(System.err).run(new DatasetImport(request));
    spec.commandLine().getOut().println(summary);
    return ExitCodes.OK;
  }
}
