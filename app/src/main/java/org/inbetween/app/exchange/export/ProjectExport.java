package org.inbetween.app.exchange.export;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.inbetween.app.exchange.StagingFolder;
import org.inbetween.app.exchange.dataset.DatasetWriter;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.ProjectNames;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;

/**
 * Exports one or many projects into one dataset, with its manifest.
 *
 * <p>Each project becomes a sequence named after the project ({@link Project#name()}, made a safe
 * folder name) unless the request names it. Names are checked before anything is written. The
 * dataset is built in a {@link StagingFolder} beside the target and renamed into place only when
 * complete, so a failed or cancelled export leaves no partial dataset at the target (and no staging
 * folder either).
 */
public final class ProjectExport implements Task<ExportSummary> {
  private final ExportRequest request;
  private final ProjectOpener opener;

  public ProjectExport(ExportRequest request) {
    this(request, ProjectOpener.FROM_DISK);
  }

  /** An export whose projects are reached through {@code opener} (the editor's open store). */
  public ProjectExport(ExportRequest request, ProjectOpener opener) {
    this.request = request;
    this.opener = opener;
  }

  @Override
  public String title() {
    return "Export " + request.out().getFileName();
  }

  @Override
  public ExportSummary run(Progress progress) throws IOException {
    List<ExportInput> inputs = new ArrayList<>();
    long total = 0;
    for (ExportInput input : request.inputs()) {
      try (ProjectOpener.Opened opened = opener.open(input.project())) {
        Project project = opened.store().project();
        inputs.add(
            input.name() != null ? input : input.named(ProjectNames.folderName(project.name())));
        total += project.frameCount();
      }
    }
    SequenceNames.check(inputs);
    FrameCounter counter = new FrameCounter(progress, total);
    ExportOptions options = request.options().resolvedFor(request.format());
    try (StagingFolder staging = StagingFolder.beside(request.out())) {
      List<ManifestSequence> sequences = new ArrayList<>();
      try (DatasetWriter writer = request.format().writer(staging.path(), options.frames())) {
        for (ExportInput input : inputs) {
          sequences.add(new SequenceExport(input, options, opener).write(writer, counter));
        }
      }
      ExportManifest manifest =
          new ExportManifest(request.format().name(), options, sequences, Instant.now());
      manifest.write(staging.path());
      progress.checkCancelled();
      staging.moveTo();
      return new ExportSummary(
          request.out(), sequences.size(), (int) counter.done(), manifest.counts());
    }
  }
}
