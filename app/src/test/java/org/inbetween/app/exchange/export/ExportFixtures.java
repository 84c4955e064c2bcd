package org.inbetween.app.exchange.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.inbetween.app.exchange.ImportRequest;
import org.inbetween.app.exchange.MaskSizePolicy;
import org.inbetween.app.exchange.ProjectImport;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.task.Progress;
import org.inbetween.models.testdata.SharedData;

/** Projects and exports the export tests share. */
final class ExportFixtures {
  private ExportFixtures() {}

  /** Imports a shared DAVIS sequence as a project at {@code project}. */
  static Path importDavis(String sequence, Path project) throws IOException {
    Path davis = SharedData.davis();
    new ProjectImport(
            new ImportRequest(
                davis.resolve("JPEGImages/480p").resolve(sequence),
                Optional.of(davis.resolve("Annotations/480p").resolve(sequence)),
                project,
                5,
                MaskSizePolicy.REFUSE,
                "davis"))
        .run(Progress.NONE);
    return project;
  }

  static ExportSummary export(Path project, String format, Path out, ExportOptions options)
      throws IOException {
    return export(List.of(ExportInput.of(project)), DatasetFormats.byName(format), out, options);
  }

  static ExportSummary export(
      List<ExportInput> inputs, DatasetFormat format, Path out, ExportOptions options)
      throws IOException {
    return new ProjectExport(new ExportRequest(inputs, format, out, options)).run(Progress.NONE);
  }
}
