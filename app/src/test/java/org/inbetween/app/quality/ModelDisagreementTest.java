package org.inbetween.app.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.project.store.StoreOptions;
import org.inbetween.app.task.Progress;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 1 − IoU between a model layer and the frame's reference, on real DAVIS masks. */
class ModelDisagreementTest {
  private static final MachineLayer MODEL = MachineLayer.model("u2netp");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"bus", "blackswan", "bmx-trees"})
  void theGroundTruthAgreesWithItselfAndNotWithNothing(String sequence) throws IOException {
    LabelMask truth = Masks.fromPng(SharedData.davisMask(sequence, 0), 0);
    LabelMask empty = Masks.empty(0, truth.width(), truth.height());

    assertEquals(0, ModelDisagreement.between(truth, truth));
    assertEquals(1, ModelDisagreement.between(truth, empty));
    assertEquals(1, ModelDisagreement.between(empty, truth));
    assertEquals(0, ModelDisagreement.between(empty, empty), "both empty: nothing to disagree on");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 40})
  void aShiftedMaskDisagreesByTheAreaItMoved(int shift) throws IOException {
    LabelMask truth = Masks.fromPng(SharedData.davisMask("bus", 0), 0);
    LabelMask shifted = ShiftedMasks.right(truth, shift);
    long intersection = 0;
    long union = 0;
    for (int y = 0; y < truth.height(); y++) {
      for (int x = 0; x < truth.width(); x++) {
        boolean a = truth.label(x, y) != 0;
        boolean b = shifted.label(x, y) != 0;
        intersection += a && b ? 1 : 0;
        union += a || b ? 1 : 0;
      }
    }
    double expected = 1 - (double) intersection / union;

    assertEquals(expected, ModelDisagreement.between(shifted, truth), 1e-12);
    assertTrue(expected > 0 && expected < 1, "the shift must move part of the bus: " + expected);
  }

  @Test
  void objectsAreUnitedSoAClassAgnosticModelIsNotPunishedForIds() throws IOException {
    LabelMask truth = Masks.fromPng(SharedData.davisMask("bus", 0), 0);
    byte[] labels = truth.labels();
    byte[] twoObjects = new byte[labels.length];
    for (int i = 0; i < labels.length; i++) {
      boolean left = i % truth.width() < truth.width() / 2;
      twoObjects[i] = (byte) (labels[i] == 0 ? 0 : left ? 1 : 2);
    }
    LabelMask split = Masks.fromLabels(0, truth.width(), truth.height(), twoObjects);
    assertEquals(2, split.objectIds().length, "the bus spans both halves");

    assertEquals(0, ModelDisagreement.between(truth, split));
  }

  @Test
  void tinyMaskHasTheHandComputedValue() {
    LabelMask a = Masks.fromLabels(0, 2, 2, new byte[] {1, 1, 0, 0});
    LabelMask b = Masks.fromLabels(0, 2, 2, new byte[] {0, 1, 1, 0});

    assertEquals(1 - 1.0 / 3, ModelDisagreement.between(a, b), 1e-12);
  }

  @Test
  void masksOfDifferentSizesAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ModelDisagreement.between(Masks.empty(0, 2, 2), Masks.empty(0, 3, 2)));
  }

  @Test
  void theProjectTaskUsesTheHumanMaskElseThePseudoLabelAndSkipsWhatIsMissing() throws Exception {
    DemoVideo demo = new DemoVideo();
    ProjectStore store =
        ProjectStore.create(dir, NewProject.demo(), StoreOptions.defaults().withoutAutosave());
    for (int id : demo.groundTruth(0).objectIds()) {
      store.addObject(id, "object " + id);
    }
    Provenance provenance = Provenance.of("test", "", "", Map.of());
    LabelMask truth0 = demo.groundTruth(0);
    store.putMachineMask(MachineLayer.pseudo(), ShiftedMasks.right(truth0, 30), provenance);
    store.putHumanMask(truth0, "tester");
    store.putMachineMask(MODEL, truth0, provenance);
    LabelMask truth1 = demo.groundTruth(1);
    store.putMachineMask(MachineLayer.pseudo(), truth1, provenance);
    store.putMachineMask(MODEL, ShiftedMasks.right(truth1, 12), provenance);
    store.putMachineMask(MODEL, demo.groundTruth(2), provenance);

    Map<Integer, Double> result = new DisagreementTask(store, MODEL).run(Progress.NONE);

    assertEquals(0.0, result.get(0), "frame 0 compares with its human mask");
    assertEquals(
        ModelDisagreement.between(ShiftedMasks.right(truth1, 12), truth1), result.get(1), 1e-12);
    assertTrue(result.get(1) > 0);
    assertEquals(Map.of(0, 0.0, 1, result.get(1)), result, "frame 2 has no reference: left out");
    assertEquals(OptionalDouble.empty(), ModelDisagreement.onFrame(store, MODEL, 3));
  }

  @Test
  void thePseudoLabelsAreNotAModel() {
    assertThrows(
        IllegalArgumentException.class, () -> new DisagreementTask(null, MachineLayer.pseudo()));
  }
}
