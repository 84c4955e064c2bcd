package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.testdata.SharedData;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code --device}, shared by pseudo-label, bench pseudo-labels and adapt through FlowOptions. */
class DeviceOptionTest {
  @TempDir static Path tmp;

  @Test
  void theDeviceReachesTheGeneratorSettingsOnlyWhenGiven() {
    FlowOptions cpu = new FlowOptions();
    new CommandLine(cpu).parseArgs("--device", "cpu");
    assertEquals("cpu", cpu.settings().options().get("device"));
    FlowOptions none = new FlowOptions();
    new CommandLine(none).parseArgs();
    assertFalse(none.settings().options().containsKey("device"));
  }

  static Stream<Arguments> commands() throws Exception {
    Path project = tmp.resolve("bus");
    BusKeyframes.create(project, 0, 10).close();
    String davis = SharedData.davis().toString();
    return Stream.of(
        Arguments.of((Object) new String[] {"pseudo-label", "--project", project.toString()}),
        Arguments.of((Object) new String[] {"adapt", "--project", project.toString()}),
        Arguments.of(
            (Object)
                new String[] {
                  "bench",
                  "pseudo-labels",
                  "--davis",
                  davis,
                  "--sequences",
                  "bus",
                  "--interval",
                  "20"
                }));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void aGpuOnAMachineWithoutOneIsRefusedBeforeAnyWork(String[] command) throws Exception {
    assumeTrue(Devices.resolve(ComputeDevice.AUTO) == ComputeDevice.CPU, "this machine has a GPU");
    String[] args =
        Stream.concat(Stream.of(command), Stream.of("--device", "gpu")).toArray(String[]::new);

    CliRun run = CliRun.of(args);

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("--device gpu was asked for"), run.err());
    assertTrue(run.err().contains("no CUDA GPU"), run.err());
    assertTrue(run.out().isEmpty(), run.out());
    try (ProjectStore store = ProjectStore.open(tmp.resolve("bus"))) {
      assertTrue(store.machineLayers().isEmpty(), "nothing generated");
      assertFalse(store.machineMask(MachineLayer.pseudo(), 5).isPresent());
    }
  }

  @Test
  void anUnknownDeviceIsBadInputListingTheChoices() {
    CliRun run = CliRun.of("pseudo-label", "--project", tmp.toString(), "--device", "tpu");
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("known: cpu, gpu, auto"), run.err());
  }
}
