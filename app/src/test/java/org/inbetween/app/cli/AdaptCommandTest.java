package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.fgplg.CheckpointInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code adapt} on DAVIS bus projects with the bus's ground truth on some keyframes, starting from
 * an untrained compact network at 64x64 and taking three steps at 96x96.
 */
class AdaptCommandTest {
  @TempDir Path tmp;

  private Path project() {
    return tmp.resolve("bus");
  }

  private CliRun adapt(Path model, String... more) {
    String[] args = {
      "adapt",
      "--project",
      project().toString(),
      "--model",
      model.toString(),
      "--steps",
      "3",
      "--input-size",
      "96",
      "--device",
      "cpu",
      "--preset",
      "ultrafast",
      "--flow-scale",
      "0.5"
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CliRun.of(all);
  }

  /**
   * Keyframes every 3 frames up to 12, a rejected pseudo-label on 1 and an accepted one on 7 (a
   * keyframe from then on): 4 triples, one held out, and only 6 frames to relabel, so that the
   * default suite stays fast on 2 shared cores.
   */
  @Test
  void adaptsOnTheKeyframesThenRelabelsWithTheAdaptedModelKeepingEveryReview() throws Exception {
    adaptAndRelabel(new int[] {0, 3, 6, 9, 12}, 1, 7, 4);
  }

  /** Keyframes every 10 frames over the whole of bus, plus the accepted 25: 7 triples. */
  @Test
  @Tag("slow")
  void adaptsOnEveryTenthFrameOfTheWholeSequence() throws Exception {
    adaptAndRelabel(new int[] {0, 10, 20, 30, 40, 50, 60, 70}, 5, 25, 7);
  }

  private void adaptAndRelabel(int[] keyframes, int rejected, int accepted, int triples)
      throws Exception {
    Path model = BusKeyframes.untrainedModel(tmp.resolve("base"));
    try (ProjectStore store = BusKeyframes.create(project(), keyframes)) {
      store.putMachineMask(MachineLayer.pseudo(), BusKeyframes.truth(rejected), earlier());
      store.review(rejected, Decision.reject("misses the mirror"), "rev");
      store.putMachineMask(MachineLayer.pseudo(), BusKeyframes.truth(accepted), earlier());
      store.review(accepted, Decision.accept(), "rev");
    }
    Map<Path, byte[]> human = BusKeyframes.files(project().resolve("masks/human"));

    CliRun run = adapt(model);

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("Held-out J (1 examples): warp prior"), run.err());
    assertTrue(run.out().contains("Adapted 3 steps; held-out J"), run.out());
    assertTrue(run.out().contains("1 rejected frames kept"), run.out());
    Path adapted = project().resolve(AdaptCommand.DEFAULT_OUT).toAbsolutePath().normalize();
    CheckpointInfo info = CheckpointInfo.read(adapted);
    assertEquals(3, info.steps());
    assertEquals(96, info.inputHeight(), "fine-tuned at the side asked, not the base model's 64");
    assertEquals(96, info.inputWidth());
    assertTrue(
        info.data().contains(project().toAbsolutePath().normalize().toString()), info.data());
    assertTrue(info.data().contains(triples + " triples"), info.data());
    assertTrue(info.data().contains("priors undamaged"), info.data());

    Map<Path, byte[]> after = BusKeyframes.files(project().resolve("masks/human"));
    assertEquals(human.keySet(), after.keySet());
    human.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file.toString()));
    int last = keyframes[keyframes.length - 1];
    try (ProjectStore store = ProjectStore.open(project())) {
      assertEquals(FrameState.REJECTED, store.project().frame(rejected).state());
      assertEquals("earlier", provenance(store, rejected).method());
      assertEquals(FrameState.ACCEPTED, store.project().frame(accepted).state());
      for (int frame = 1; frame < last; frame++) {
        if (store.project().frame(frame).humanLabel().isPresent() || frame == rejected) {
          continue;
        }
        assertEquals(FrameState.PSEUDO_LABELLED, store.project().frame(frame).state());
        Provenance made = provenance(store, frame);
        assertEquals("fgplg", made.method(), "frame " + frame);
        assertEquals(adapted.toString(), made.model(), "frame " + frame);
        assertEquals("3", made.parameters().get("modelSteps"));
      }
      assertFalse(store.machineMask(MachineLayer.pseudo(), last + 1).isPresent());
    }
  }

  @Test
  void twoKeyframesAreRefusedAndTheProjectIsLeftAsItWas() throws Exception {
    Path model = BusKeyframes.untrainedModel(tmp.resolve("base"));
    BusKeyframes.create(project(), 0, 10).close();
    assertRefusedWith(model, "adapt needs at least three human keyframes of one object; found 2");
  }

  @Test
  void aCorruptionProbabilityAboveOneIsRefusedNamingTheOption() throws Exception {
    Path model = BusKeyframes.untrainedModel(tmp.resolve("base"));
    BusKeyframes.create(project(), 0, 10, 20).close();
    assertRefusedWith(
        model, "--corrupt-priors must be in [0, 1], was 1.5", "--corrupt-priors", "1.5");
  }

  @Test
  void anInputSizeTheNetworkCannotRunAtIsRefused() throws Exception {
    BusKeyframes.create(project(), 0, 10, 20).close();
    Map<Path, byte[]> before = BusKeyframes.files(project());

    CliRun run = CliRun.of("adapt", "--project", project().toString(), "--input-size", "100");

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("the input size must be a positive multiple of 16, was 100"), run.err());
    assertEquals(before.keySet(), BusKeyframes.files(project()).keySet());
    assertFalse(Files.exists(project().resolve("models")));
  }

  @Test
  void aKeyframeWhereTheObjectIsMarkedAbsentDoesNotCount() throws Exception {
    Path model = BusKeyframes.untrainedModel(tmp.resolve("base"));
    try (ProjectStore store = BusKeyframes.create(project(), 0, 10)) {
      store.putHumanMask(BusKeyframes.truth(20).withoutObject(1), BusKeyframes.AUTHOR);
      store.markAbsent(20, 1, BusKeyframes.AUTHOR);
    }
    assertRefusedWith(model, "adapt needs at least three human keyframes of one object; found 2");
  }

  private void assertRefusedWith(Path model, String message, String... more) throws IOException {
    Map<Path, byte[]> before = BusKeyframes.files(project());

    CliRun run = adapt(model, more);

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains(message), run.err());
    Map<Path, byte[]> after = BusKeyframes.files(project());
    assertEquals(before.keySet(), after.keySet());
    before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file.toString()));
    assertFalse(Files.exists(project().resolve("models")));
  }

  @Test
  void noRegenerateWritesTheCheckpointAndLeavesThePseudoLabelsAlone() throws Exception {
    Path model = BusKeyframes.untrainedModel(tmp.resolve("base"));
    try (ProjectStore store = BusKeyframes.create(project(), 0, 10, 20, 30)) {
      store.putMachineMask(MachineLayer.pseudo(), BusKeyframes.truth(5), earlier());
    }
    Map<Path, byte[]> pseudo = BusKeyframes.files(project().resolve("masks/pseudo"));
    Path out = tmp.resolve("elsewhere");

    CliRun run =
        adapt(model, "--no-regenerate", "--out", out.toString(), "--corrupt-priors", "0.5");

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("none held out"), run.err());
    assertTrue(run.out().contains("no held-out J"), run.out());
    assertFalse(run.out().contains("Pseudo-labelled"), run.out());
    assertEquals(3, CheckpointInfo.read(out).steps());
    String data = CheckpointInfo.read(out).data();
    assertTrue(data.contains("priors damaged with p=0.50"), data);
    assertFalse(Files.exists(project().resolve("models")));
    Map<Path, byte[]> after = BusKeyframes.files(project().resolve("masks/pseudo"));
    assertEquals(pseudo.keySet(), after.keySet());
    pseudo.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file.toString()));
    try (ProjectStore store = ProjectStore.open(project())) {
      assertEquals("earlier", provenance(store, 5).method());
      assertFalse(store.machineMask(MachineLayer.pseudo(), 15).isPresent());
    }
  }

  private static Provenance earlier() {
    return Provenance.of("earlier", "", "", Map.of());
  }

  private static Provenance provenance(ProjectStore store, int frame) {
    return store.machineProvenance(MachineLayer.pseudo(), frame).orElseThrow();
  }
}
