package org.inbetween.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./inbetween} launcher's choice between the CPU and the GPU build ({@code flavour}),
 * run from the real script with a fake {@code nvidia-smi} as the only one on the PATH.
 */
class LauncherFlavourTest {
  private static final Path LAUNCHER = Path.of("..", "inbetween").toAbsolutePath().normalize();

  @TempDir Path tmp;

  private record Choice(String flavour, String err) {}

  /** A PATH holding only what the launcher's preamble needs, plus {@code nvidia-smi} if given. */
  private Path bin(String nvidiaSmi) throws IOException {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("dirname"), onPath("dirname"));
    if (nvidiaSmi != null) {
      Path fake = bin.resolve("nvidia-smi");
      Files.writeString(fake, "#!" + onPath("bash") + "\n" + nvidiaSmi + "\n");
      Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return bin;
  }

  private Choice flavour(Path bin, Map<String, String> env) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            onPath("bash").toString(),
            "-c",
            "source \"$1\" && flavour",
            "launcher-test",
            LAUNCHER.toString());
    builder.environment().clear();
    builder.environment().put("PATH", bin.toString());
    builder.environment().put("INBETWEEN_NVIDIA_PROC", tmp.resolve("no-driver").toString());
    builder.environment().putAll(env);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), err);
    return new Choice(out.strip(), err);
  }

  private static Path onPath(String program) {
    return Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(() -> new AssertionError(program + " is not on the PATH"));
  }

  @Test
  void aWorkingNvidiaSmiSelectsTheGpuBuild() throws Exception {
    String works = "echo 'GPU 0: NVIDIA H200 (UUID: GPU-0)'";
    assertEquals("gpu", flavour(bin(works), Map.of()).flavour());
  }

  @Test
  void inbetweenDeviceCpuKeepsTheCpuBuildDespiteAGpu() throws Exception {
    Choice choice = flavour(bin("echo 'GPU 0: NVIDIA H200'"), Map.of("INBETWEEN_DEVICE", "cpu"));
    assertEquals("cpu", choice.flavour());
    assertTrue(choice.err().contains("INBETWEEN_DEVICE=cpu"), choice.err());
  }

  @Test
  void anNvidiaSmiThatCannotReachTheDriverMeansCpuWithAReason() throws Exception {
    String fails =
        "echo 'NVIDIA-SMI has failed because it couldn''t communicate with the NVIDIA driver.'; exit 9";
    Choice choice = flavour(bin(fails), Map.of());
    assertEquals("cpu", choice.flavour());
    assertTrue(choice.err().contains("cannot talk to the NVIDIA driver"), choice.err());
  }

  @Test
  void withoutNvidiaSmiTheLoadedKernelModuleDecides() throws Exception {
    Path bin = bin(null);
    assertEquals("cpu", flavour(bin, Map.of()).flavour());
    Path driver = Files.createDirectories(tmp.resolve("driver"));
    Files.writeString(driver.resolve("version"), "NVRM version: NVIDIA UNIX x86_64 Kernel Module");
    assertEquals("gpu", flavour(bin, Map.of("INBETWEEN_NVIDIA_PROC", driver.toString())).flavour());
  }
}
