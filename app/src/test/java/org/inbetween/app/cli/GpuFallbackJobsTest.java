package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.fgplg.CheckpointInfo;
import org.inbetween.models.testdata.SharedData;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every job names its device when it starts, and a GPU that fails inside the engine leaves the job
 * to finish on the CPU. The failing GPU is faked: {@link Devices} reports one, the CPU-only engine
 * then refuses CUDA with its real error.
 */
class GpuFallbackJobsTest {
  private static final String FELL_BACK = "Device: cpu: the GPU could not run the network (";
  private static final String[] FAST_FLOW = {"--preset", "ultrafast", "--flow-scale", "0.5"};

  @TempDir Path tmp;
  private Path model;

  @BeforeEach
  void untrainedModel() throws Exception {
    model = BusKeyframes.untrainedModel(tmp.resolve("base"));
  }

  /** Runs the command (with fast flow options) where a GPU is reported but cannot work. */
  private static CliRun withFailingGpu(String... args) {
    assumeTrue(Devices.resolve(ComputeDevice.AUTO) == ComputeDevice.CPU, "a real GPU would work");
    String[] all = new String[args.length + FAST_FLOW.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(FAST_FLOW, 0, all, args.length, FAST_FLOW.length);
    try (Devices.Restore fake = Devices.countGpusWith(() -> 1)) {
      return CliRun.of(all);
    }
  }

  @Test
  void pseudoLabellingFinishesOnTheCpuAndSaysWhy() throws Exception {
    Path project = tmp.resolve("bus");
    BusKeyframes.create(project, 0, 10).close();

    CliRun run =
        withFailingGpu(
            "pseudo-label",
            "--project",
            project.toString(),
            "--method",
            "fgplg",
            "--model",
            model.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains(FELL_BACK), run.err());
    assertTrue(run.out().contains("Pseudo-labelled 9 frames in 1 gaps"), run.out());
    try (ProjectStore store = ProjectStore.open(project)) {
      assertTrue(store.machineMask(MachineLayer.pseudo(), 5).isPresent());
    }
  }

  @Test
  void adaptingOnAnExplicitGpuTrainsOnTheCpuAndSaysWhy() throws Exception {
    Path project = tmp.resolve("bus");
    BusKeyframes.create(project, 0, 10, 20, 30).close();
    Path out = tmp.resolve("adapted");

    CliRun run =
        withFailingGpu(
            "adapt",
            "--project",
            project.toString(),
            "--model",
            model.toString(),
            "--steps",
            "2",
            "--device",
            "gpu",
            "--no-regenerate",
            "--out",
            out.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("Adapting "), run.err());
    assertTrue(run.err().contains(" on cpu: "), run.err());
    assertTrue(run.err().contains(FELL_BACK), run.err());
    assertEquals(2, CheckpointInfo.read(out).steps());
  }

  @Test
  void theBenchmarkNamesEachMethodsDevice() {
    CliRun run =
        withFailingGpu(
            "bench",
            "pseudo-labels",
            "--davis",
            SharedData.davis().toString(),
            "--sequences",
            "bus",
            "--interval",
            "40",
            "--method",
            "warp,fgplg",
            "--model",
            model.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("Device: warp: cpu (no network)"), run.err());
    assertTrue(run.err().contains("Device: fgplg: cpu: the GPU could not run"), run.err());
  }
}
