package org.inbetween.app.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.project.demo.DemoProject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor exports the project it holds open, through its own store (a project has one lock). */
class SharedStoreExportTest {
  @TempDir Path tmp;

  @Test
  void anOpenProjectExportsThroughItsStoreAndStaysOpen() throws Exception {
    Path dir = tmp.resolve("demo");
    try (ProjectStore open = DemoProject.openOrCreate(dir)) {
      Path out = tmp.resolve("dataset");
      ExportRequest request =
          new ExportRequest(
              List.of(ExportInput.of(dir)),
              DatasetFormats.byName("davis"),
              out,
              ExportOptions.defaults());

      ExportSummary summary =
          new ProjectExport(request, ProjectOpener.sharing(open)).run(Progress.NONE);

      assertEquals(open.project().frameCount(), summary.frames());
      assertTrue(Files.isRegularFile(out.resolve("Annotations/480p/demo/00005.png")));
      open.markAbsent(1, 1, "still usable after the export");
    }
  }
}
