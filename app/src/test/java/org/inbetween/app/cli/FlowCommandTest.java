package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.flow.FlowPreset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inbetween flow} sets the optical flow of a project's jobs: {@code pseudo-label} without
 * {@code --preset} uses it, {@code info} shows it, a bad name changes nothing.
 */
class FlowCommandTest {
  @TempDir Path project;

  @BeforeEach
  void aDemoProjectWithTwoKeyframes() throws Exception {
    DemoKeyframesProject.create(project, 0, 5);
  }

  @Test
  void theSettingIsShownSetAndUsedByPseudoLabel() throws Exception {
    assertEquals("Flow: ultrafast", run("flow").out().strip());

    assertEquals("Flow: medium (was ultrafast)", run("flow", "medium").out().strip());
    assertTrue(run("info").out().contains("Flow       DIS medium"));

    run("pseudo-label", "--method", "warp");
    assertEquals("medium", presetOfFrame(3));

    run("pseudo-label", "--method", "warp", "--preset", "fast"); // this run only
    assertEquals("fast", presetOfFrame(3));
    assertEquals("Flow: medium", run("flow").out().strip());
  }

  @Test
  void anUnknownPresetIsRefusedBeforeTheProjectIsTouched() throws Exception {
    byte[] journal = Files.readAllBytes(project.resolve("journal.log"));

    CliRun refused = CliRun.of("flow", "--project", project.toString(), "superfast");

    assertEquals(ExitCodes.BAD_INPUT, refused.exitCode(), refused.err());
    assertTrue(refused.err().contains("choose ultrafast, fast or medium"), refused.err());
    assertArrayEquals(journal, Files.readAllBytes(project.resolve("journal.log")));
    try (ProjectStore store = ProjectStore.openReadOnly(project)) {
      assertEquals(FlowPreset.ULTRAFAST, store.project().flowPreset());
    }
  }

  private CliRun run(String command, String... more) {
    String[] args = new String[more.length + 3];
    args[0] = command;
    args[1] = "--project";
    args[2] = project.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    CliRun run = CliRun.of(args);
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    return run;
  }

  private String presetOfFrame(int frame) throws Exception {
    try (ProjectStore store = ProjectStore.openReadOnly(project)) {
      return store
          .machineProvenance(MachineLayer.pseudo(), frame)
          .orElseThrow()
          .parameters()
          .get("preset");
    }
  }
}
