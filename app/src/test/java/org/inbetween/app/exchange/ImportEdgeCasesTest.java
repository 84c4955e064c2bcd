package org.inbetween.app.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.inbetween.app.cli.CliRun;
import org.inbetween.app.cli.ExitCodes;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Non-DAVIS shared data, sparse palette masks, and bad input that must leave nothing behind. */
class ImportEdgeCasesTest {
  @TempDir Path tmp;

  @Test
  void segtrackRgbMasksAreThresholded() throws IOException {
    Path bmx = SharedData.root().resolve("segtrackv2/bmx");
    Path project = tmp.resolve("bmx");

    CliRun run = importFramesAndMasks(bmx.resolve("frames"), bmx.resolve("masks"), project);

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    try (ProjectStore store = ProjectStore.open(project)) {
      assertEquals(36, store.project().frameCount());
      assertEquals(List.of(1), objectIds(store.project()));
      LabelMask first = store.humanMask(0).orElseThrow();
      LabelMask original = Masks.fromPng(bmx.resolve("masks/bmx_06668.png"), 0);
      assertEquals(original, first);
    }
  }

  @Test
  void judoMaskOfTheWrongSizeIsRefusedAndNothingIsWritten() {
    Path judo = SharedData.root().resolve("partial/judo");
    Path project = tmp.resolve("judo");

    CliRun run = importFramesAndMasks(judo.resolve("frames"), judo.resolve("masks"), project);

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("00005.png"), run.err());
    assertTrue(run.err().contains("853x480") && run.err().contains("854x480"), run.err());
    assertNothingLeftIn(tmp);
  }

  @Test
  void judoImportsWithPaletteIdsKeptWhenPaddingIsAskedFor() throws IOException {
    Path judo = SharedData.root().resolve("partial/judo");
    Path project = tmp.resolve("judo");

    CliRun run =
        CliRun.of(
            "import",
            judo.resolve("frames").toString(),
            "--masks",
            judo.resolve("masks").toString(),
            "--project",
            project.toString(),
            "--fit-masks",
            "pad-crop");

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    try (ProjectStore store = ProjectStore.open(project)) {
      for (int frame : new int[] {0, 5, 8, 13}) {
        LabelMask stored = store.humanMask(frame).orElseThrow();
        LabelMask original =
            Masks.fromPng(judo.resolve(String.format("masks/%05d.png", frame)), frame);
        assertArrayEquals(original.objectIds(), stored.objectIds());
      }
      LabelMask padded = store.humanMask(5).orElseThrow();
      for (int y = 0; y < padded.height(); y++) {
        assertEquals(0, padded.label(853, y), "padded column must be background");
      }
      assertTrue(store.humanMask(1).isEmpty(), "frames without a mask stay unlabelled");
    }
  }

  @Test
  void emptyDavisMaskMarksTheObjectAbsent() throws IOException {
    Path project = tmp.resolve("surf");
    CliRun run =
        CliRun.of(
            "import",
            SharedData.davis().toString(),
            "--sequence",
            "surf",
            "--project",
            project.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    try (ProjectStore store = ProjectStore.open(project)) {
      assertTrue(store.project().frame(54).isAbsent(1));
      assertFalse(store.project().frame(53).isAbsent(1));
    }
  }

  @Test
  void notAVideoIsRefusedNamingTheFile() throws IOException {
    Path text = Files.writeString(tmp.resolve("notes.mp4"), "not a video");
    CliRun run = CliRun.of("import", text.toString(), "--project", tmp.resolve("p").toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("notes.mp4"), run.err());
    assertNothingLeftIn(tmp, "notes.mp4");
  }

  @Test
  void emptyFolderIsRefused() throws IOException {
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    CliRun run = CliRun.of("import", empty.toString(), "--project", tmp.resolve("p").toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("empty"), run.err());
    assertNothingLeftIn(tmp, "empty");
  }

  @Test
  void unreadableMaskIsRefusedAfterGoodOnesWithoutLeavingAProject() throws IOException {
    Path bus = SharedData.davis().resolve("Annotations/480p/bus");
    Path masks = Files.createDirectory(tmp.resolve("masks"));
    Files.copy(bus.resolve("00000.png"), masks.resolve("00000.png"));
    Files.copy(bus.resolve("00001.png"), masks.resolve("00001.png"));
    Files.write(masks.resolve("00002.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});

    CliRun run =
        importFramesAndMasks(
            SharedData.davis().resolve("JPEGImages/480p/bus"), masks, tmp.resolve("p"));

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("00002.png"), run.err());
    assertNothingLeftIn(tmp, "masks");
  }

  @Test
  void maskWithoutAFrameIsRefused() throws IOException {
    Path masks = Files.createDirectory(tmp.resolve("masks"));
    Files.copy(SharedData.davisMask("bus", 0), masks.resolve("99999.png"));
    CliRun run =
        importFramesAndMasks(
            SharedData.davis().resolve("JPEGImages/480p/bus"), masks, tmp.resolve("p"));
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("99999.png"), run.err());
    assertNothingLeftIn(tmp, "masks");
  }

  @Test
  void existingProjectIsNeverOverwritten() throws IOException {
    Path project = Files.createDirectory(tmp.resolve("p"));
    Path precious = Files.writeString(project.resolve("keep.txt"), "mine");
    CliRun run =
        CliRun.of(
            "import",
            SharedData.davis().resolve("JPEGImages/480p/bus").toString(),
            "--project",
            project.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertEquals("mine", Files.readString(precious));
  }

  @Test
  void cancellingMidwayLeavesNothingBehind() {
    Path bus = SharedData.davis();
    ImportRequest request =
        new ImportRequest(
            bus.resolve("JPEGImages/480p/bus"),
            Optional.of(bus.resolve("Annotations/480p/bus")),
            tmp.resolve("p"),
            5,
            MaskSizePolicy.REFUSE,
            "tester");
    Progress cancelAfterThree =
        new Progress() {
          long done;

          @Override
          public void update(long d, long total, String message) {
            done = d;
          }

          @Override
          public boolean isCancelled() {
            return done >= 3;
          }
        };

    assertThrows(
        CancellationException.class, () -> new ProjectImport(request).run(cancelAfterThree));
    assertNothingLeftIn(tmp);
  }

  private static CliRun importFramesAndMasks(Path frames, Path masks, Path project) {
    return CliRun.of(
        "import", frames.toString(), "--masks", masks.toString(), "--project", project.toString());
  }

  private static List<Integer> objectIds(Project p) {
    return p.objects().stream().map(o -> o.id()).toList();
  }

  /** The folder holds only {@code allowed}: no project, no staging folder. */
  private static void assertNothingLeftIn(Path folder, String... allowed) {
    try (Stream<Path> entries = Files.list(folder)) {
      List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(List.of(allowed), names, "left behind in " + folder);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
