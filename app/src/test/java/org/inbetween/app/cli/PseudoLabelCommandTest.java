package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PseudoLabelCommandTest {
  @TempDir Path dir;

  @Test
  void labelsTheFramesBetweenKeyframesOfAProject() throws Exception {
    DemoKeyframesProject.create(dir, 0, 5);
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new PseudoLabelCommand());
    cli.setOut(new PrintWriter(out));

    int code =
        cli.execute("--project", dir.toString(), "--method", "warp", "--preset", "ultrafast");

    assertEquals(ExitCodes.OK, code, out.toString());
    // warp propagates: the gap 1-4, and 6-149 from keyframe 5 alone
    assertTrue(out.toString().contains("Pseudo-labelled 148 frames in 2 gaps"), out.toString());
    try (ProjectStore store = ProjectStore.open(dir)) {
      assertEquals(148, store.project().framesIn(FrameState.PSEUDO_LABELLED).size());
      assertEquals(
          "ultrafast",
          store
              .machineProvenance(MachineLayer.pseudo(), 3)
              .orElseThrow()
              .parameters()
              .get("preset"));
    }
  }
}
