package org.inbetween.app.project.store;

import static org.inbetween.app.project.store.TestProjects.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.HumanLabel;
import org.inbetween.app.project.HumanMaskConflictException;
import org.inbetween.app.project.HumanOrigin;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame state machine and the rule that machine output never replaces human work. */
class ReviewWorkflowTest {
  @TempDir Path tmp;
  private Path dir;
  private ProjectStore store;
  private final MachineLayer pseudo = MachineLayer.pseudo();
  private final Provenance fgplg = TestProjects.provenance("fgplg");

  @BeforeEach
  void setUp() throws IOException {
    dir = tmp.resolve("p");
    store = TestProjects.createDemo(dir);
    store.addObject("a");
    store.addObject("b");
  }

  @org.junit.jupiter.api.AfterEach
  void tearDown() throws IOException {
    store.close();
  }

  private FrameState state(int frame) {
    return store.project().frame(frame).state();
  }

  @Test
  void acceptCopiesThePseudoLabelWithReviewerAndProvenance() throws IOException {
    LabelMask label = rect(3, 1, 4, 4, 6, 6);
    store.putMachineMask(pseudo, label, fgplg);
    assertEquals(FrameState.PSEUDO_LABELLED, state(3));
    assertTrue(store.humanMask(3).isEmpty());

    store.review(3, Decision.accept(), "rev");
    assertEquals(FrameState.ACCEPTED, state(3));
    assertEquals(label, store.humanMask(3).orElseThrow());
    HumanLabel human = store.project().frame(3).human();
    assertEquals("rev", human.author());
    assertEquals(HumanOrigin.ACCEPTED, human.origin());
    assertEquals(fgplg, human.acceptedFrom());

    store.close();
    store = TestProjects.reopen(dir);
    assertEquals(fgplg, store.project().frame(3).human().acceptedFrom());
    assertEquals(label, store.humanMask(3).orElseThrow());
    assertEquals(fgplg, store.machineProvenance(pseudo, 3).orElseThrow());
  }

  @Test
  void reopeningAnAcceptedFrameTakesItsCopyOutOfTheHumanLayerAndKeepsTheHistory()
      throws IOException {
    LabelMask label = rect(3, 1, 4, 4, 6, 6);
    store.putMachineMask(pseudo, label, fgplg);
    store.review(3, Decision.accept(), "rev");
    store.review(3, Decision.reopen("keyframe 10 was redrawn"), "inbetween");
    assertEquals(FrameState.PSEUDO_LABELLED, state(3));
    assertTrue(store.humanMask(3).isEmpty());

    store.close();
    store = TestProjects.reopen(dir);
    assertEquals(FrameState.PSEUDO_LABELLED, state(3));
    assertTrue(store.humanMask(3).isEmpty());
    assertEquals(label, store.machineMask(pseudo, 3).orElseThrow(), "the pseudo-label stays");
    List<Decision.Kind> history =
        store.project().frame(3).reviews().stream().map(r -> r.decision()).toList();
    assertEquals(List.of(Decision.Kind.ACCEPT, Decision.Kind.REOPEN), history);
    assertEquals("keyframe 10 was redrawn", store.project().frame(3).lastReview().get().reason());
    store.review(3, Decision.accept(), "rev");
    assertEquals(FrameState.ACCEPTED, state(3));
    assertThrows(
        IllegalStateException.class,
        () -> store.review(4, Decision.reopen("nothing was accepted"), "inbetween"));
  }

  @Test
  void rejectDeletesNothingAndKeepsTheReason() throws IOException {
    LabelMask label = rect(3, 1, 4, 4, 6, 6);
    store.putMachineMask(pseudo, label, fgplg);
    store.review(3, Decision.reject("leaks into shadow"), "rev");
    store.close();
    store = TestProjects.reopen(dir);
    assertEquals(FrameState.REJECTED, state(3));
    assertEquals(label, store.machineMask(pseudo, 3).orElseThrow());
    assertEquals("leaks into shadow", store.project().frame(3).lastReview().orElseThrow().reason());
    assertTrue(store.humanMask(3).isEmpty());
    store.review(3, Decision.accept(), "rev2");
    assertEquals(FrameState.ACCEPTED, state(3));
    assertEquals(2, store.project().frame(3).reviews().size());
  }

  @Test
  void correctReplacesThePseudoLabelInTheHumanLayer() throws IOException {
    store.putMachineMask(pseudo, rect(3, 1, 4, 4, 6, 6), fgplg);
    store.review(3, Decision.accept(), "rev");
    LabelMask fixed = rect(3, 1, 5, 5, 6, 6);
    store.review(3, Decision.correct(fixed), "rev");
    assertEquals(FrameState.CORRECTED, state(3));
    assertEquals(fixed, store.humanMask(3).orElseThrow());
    assertEquals(HumanOrigin.CORRECTED, store.project().frame(3).human().origin());
    assertThrows(IllegalStateException.class, () -> store.review(3, Decision.reject(""), "rev"));
    assertThrows(
        IllegalArgumentException.class,
        () -> store.review(3, Decision.correct(rect(4, 1, 0, 0, 1, 1)), "rev"));
  }

  @Test
  void paintingOverAPseudoLabelledFrameMakesItCorrected() throws IOException {
    store.putMachineMask(pseudo, rect(3, 1, 4, 4, 6, 6), fgplg);
    store.putHumanMask(rect(3, 2, 0, 0, 3, 3), "ana");
    assertEquals(FrameState.CORRECTED, state(3));
    store.putHumanMask(rect(7, 2, 0, 0, 3, 3), "ana");
    assertEquals(FrameState.KEYFRAME, state(7));
  }

  @Test
  void machineMasksNeverTouchTheHumanLayerOrItsState() throws IOException {
    LabelMask human = rect(5, 1, 0, 0, 8, 8);
    store.putHumanMask(human, "ana");
    store.putMachineMask(pseudo, rect(5, 2, 10, 10, 8, 8), fgplg);
    store.putMachineMask(
        MachineLayer.model("rcrnet"), rect(5, 1, 1, 1, 8, 8), TestProjects.provenance("rcrnet"));
    assertEquals(human, store.humanMask(5).orElseThrow());
    assertEquals(FrameState.KEYFRAME, state(5));
    assertEquals(
        rect(5, 1, 1, 1, 8, 8), store.machineMask(MachineLayer.model("rcrnet"), 5).orElseThrow());
    assertEquals(
        List.of("model/rcrnet", "pseudo"),
        store.machineLayers().stream().map(MachineLayer::folder).toList());
  }

  @Test
  void acceptingOntoHumanWorkIsRefusedAndChangesNothing() throws IOException {
    LabelMask human = rect(5, 1, 0, 0, 8, 8);
    store.putHumanMask(human, "ana");
    store.putMachineMask(pseudo, rect(5, 1, 10, 10, 8, 8), fgplg);
    HumanMaskConflictException e =
        assertThrows(
            HumanMaskConflictException.class, () -> store.review(5, Decision.accept(), "rev"));
    assertTrue(e.getMessage().contains("a mask by ana"), e.getMessage());
    assertEquals(human, store.humanMask(5).orElseThrow());
    assertEquals(FrameState.KEYFRAME, state(5));

    store.markAbsent(6, 2, "ana");
    store.putMachineMask(pseudo, rect(6, 2, 10, 10, 8, 8), fgplg);
    assertThrows(HumanMaskConflictException.class, () -> store.review(6, Decision.accept(), "rev"));
    assertTrue(store.humanMask(6).isEmpty());
  }

  @Test
  void decisionsOutOfTurnAreRefused() throws IOException {
    assertThrows(IllegalStateException.class, () -> store.review(2, Decision.accept(), "rev"));
    assertThrows(IllegalStateException.class, () -> store.review(2, Decision.reject("x"), "rev"));
    assertThrows(
        IllegalStateException.class,
        () -> store.review(2, Decision.correct(rect(2, 1, 0, 0, 2, 2)), "rev"));
    store.putMachineMask(pseudo, rect(2, 1, 0, 0, 2, 2), fgplg);
    store.review(2, Decision.accept(), "rev");
    assertThrows(HumanMaskConflictException.class, () -> store.review(2, Decision.accept(), "rev"));
    assertThrows(IllegalArgumentException.class, () -> store.review(2, Decision.accept(), ""));
  }

  @Test
  void aNewPseudoLabelReopensARejectedFrameButNotAnAcceptedOne() throws IOException {
    store.putMachineMask(pseudo, rect(2, 1, 0, 0, 2, 2), fgplg);
    store.review(2, Decision.reject("bad"), "rev");
    store.putMachineMask(pseudo, rect(2, 1, 0, 0, 3, 3), fgplg);
    assertEquals(FrameState.PSEUDO_LABELLED, state(2));
    store.review(2, Decision.accept(), "rev");
    store.putMachineMask(pseudo, rect(2, 1, 0, 0, 4, 4), fgplg);
    assertEquals(FrameState.ACCEPTED, state(2));
    assertEquals(rect(2, 1, 0, 0, 3, 3), store.humanMask(2).orElseThrow());
  }

  @Test
  void softMasksAreStoredQuantisedWithProvenance() throws IOException {
    float[] p = new float[TestProjects.WIDTH * TestProjects.HEIGHT];
    for (int i = 0; i < p.length; i++) {
      p[i] = (i % 97) / 96f;
    }
    SoftMask soft = Masks.softFromProbabilities(4, TestProjects.WIDTH, TestProjects.HEIGHT, p);
    MachineLayer kmn = MachineLayer.model("kmn");
    store.putMachineMask(kmn, 2, soft, TestProjects.provenance("kmn"));
    SoftMask before = store.machineSoftMask(kmn, 4, 2).orElseThrow();
    assertEquals(Math.round(p[50] * 255) / 255f, before.probabilities()[50]);
    store.close();
    store = TestProjects.reopen(dir);
    assertEquals(before, store.machineSoftMask(kmn, 4, 2).orElseThrow());
    assertTrue(store.machineSoftMask(kmn, 4, 1).isEmpty());
    assertTrue(dir.resolve("masks/model/kmn/soft/2/00004.png").toFile().isFile());
  }

  @Test
  void machineLayerNamesCannotEscapeTheirFolder() {
    assertThrows(IllegalArgumentException.class, () -> MachineLayer.model("../human"));
    assertThrows(IllegalArgumentException.class, () -> new MachineLayer("human"));
  }
}
