package org.inbetween.app.ui.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.paint.Color;
import org.inbetween.app.editing.view.LayerStyle;
import org.inbetween.app.editing.view.ViewLayer;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.demo.DemoVideo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layers panel's state, without JavaFX running. */
class LayersViewModelTest {
  private static final ViewLayer PSEUDO = ViewLayer.of(MachineLayer.pseudo());

  @Test
  void startsWithHumanAndPseudoLayersAndTheirDefaults() {
    LayersViewModel layers = new LayersViewModel();
    assertEquals(List.of("human", "pseudo"), names(layers));
    assertEquals(new LayerStyle(true, 0.5, false, false), layers.row(ViewLayer.HUMAN).style());
    assertEquals(new LayerStyle(true, 0.5, false, false), layers.row(PSEUDO).style());
  }

  @Test
  void modelLayersAreAddedOnceInNameOrderAsOutlines() {
    LayersViewModel layers = new LayersViewModel();
    layers.include(Set.of(MachineLayer.model("rcrnet"), MachineLayer.model("kmn")));
    layers.include(Set.of(MachineLayer.pseudo(), MachineLayer.model("kmn")));
    assertEquals(List.of("human", "pseudo", "model/kmn", "model/rcrnet"), names(layers));
    assertTrue(layers.row(ViewLayer.of(MachineLayer.model("kmn"))).style().contourOnly());
  }

  @Test
  void eachModelLayerHasItsOwnColourAndTheOthersKeepTheObjectColours() {
    LayersViewModel layers = new LayersViewModel();
    Set<MachineLayer> models =
        Set.of(
            MachineLayer.model("u2netp"),
            MachineLayer.model("kmn"),
            MachineLayer.model("rcrnet-ner"));
    layers.include(models);
    Set<Integer> tints =
        models.stream()
            .map(model -> layers.row(ViewLayer.of(model)).style().tint())
            .collect(Collectors.toSet());
    assertEquals(3, tints.size(), "distinct defaults: " + tints);
    assertFalse(tints.contains(LayerStyle.OBJECT_COLOURS));
    assertEquals(LayerStyle.OBJECT_COLOURS, layers.row(ViewLayer.HUMAN).style().tint());
    assertEquals(LayerStyle.OBJECT_COLOURS, layers.row(PSEUDO).style().tint());

    LayersViewModel again = new LayersViewModel();
    again.include(Set.of(MachineLayer.model("kmn")));
    assertEquals(
        layers.row(ViewLayer.of(MachineLayer.model("kmn"))).style().tint(),
        again.row(ViewLayer.of(MachineLayer.model("kmn"))).style().tint(),
        "a name keeps its colour");

    LayerRow kmn = layers.row(ViewLayer.of(MachineLayer.model("kmn")));
    long before = layers.revisionProperty().get();
    kmn.tintProperty().set(Color.rgb(0x12, 0x34, 0x56));
    assertEquals(0x123456, kmn.style().tint());
    assertEquals(before + 1, layers.revisionProperty().get());
  }

  @Test
  void compareTogglesTheDifferenceOfTheFirstVisibleModelLayer() {
    LayersViewModel layers = new LayersViewModel();
    assertFalse(layers.toggleCompare(), "no model layer: nothing to compare");
    layers.include(Set.of(MachineLayer.model("a"), MachineLayer.model("b")));
    LayerRow a = layers.row(ViewLayer.of(MachineLayer.model("a")));
    LayerRow b = layers.row(ViewLayer.of(MachineLayer.model("b")));
    a.visibleProperty().set(false);

    assertTrue(layers.toggleCompare());
    assertFalse(a.differenceProperty().get());
    assertTrue(b.differenceProperty().get());
    assertFalse(layers.row(PSEUDO).differenceProperty().get());

    assertTrue(layers.toggleCompare());
    assertFalse(b.differenceProperty().get(), "the second press turns it off");
  }

  @Test
  void sideBySideNeedsAModelLayerAndMovesTheRevision() {
    LayersViewModel layers = new LayersViewModel();
    assertFalse(layers.toggleSideBySide(), "no model layer: nothing to put beside the labels");
    assertFalse(layers.sideBySideProperty().get());
    layers.include(Set.of(MachineLayer.model("a")));
    LayerRow a = layers.row(ViewLayer.of(MachineLayer.model("a")));
    a.visibleProperty().set(false);
    long before = layers.revisionProperty().get();
    assertTrue(layers.toggleSideBySide());
    assertTrue(layers.sideBySideProperty().get());
    assertTrue(a.visibleProperty().get(), "a hidden model is shown: the copy is never empty");
    assertTrue(layers.revisionProperty().get() > before, "the viewer recomposes");
    assertTrue(layers.toggleSideBySide());
    assertFalse(layers.sideBySideProperty().get(), "the second press turns it off");
  }

  @Test
  void everyStyleChangeAndEveryHiddenObjectMovesTheRevision() {
    LayersViewModel layers = new LayersViewModel();
    LayerRow human = layers.row(ViewLayer.HUMAN);
    long before = layers.revisionProperty().get();
    human.opacityProperty().set(0.8);
    human.opacityProperty().set(0.7);
    human.contourOnlyProperty().set(true);
    human.visibleProperty().set(false);
    layers.row(PSEUDO).differenceProperty().set(true);
    layers.hiddenObjectIds().add(3);
    layers.hiddenObjectIds().remove(3);
    assertEquals(before + 7, layers.revisionProperty().get());
    assertEquals(new LayerStyle(false, 0.7, true, false), layers.styles().get(ViewLayer.HUMAN));
    assertTrue(layers.styles().get(PSEUDO).difference());
  }

  @Test
  void theHumanLayerHasNoDifferenceViewAndOpacityIsClamped() {
    LayerRow human = new LayersViewModel().row(ViewLayer.HUMAN);
    human.differenceProperty().set(true);
    assertFalse(human.differenceProperty().get());
    assertFalse(human.canShowDifference());
    human.opacityProperty().set(1.7);
    assertEquals(1.0, human.style().opacity());
  }

  @Test
  void aModelLayerWrittenDuringTheSessionGetsARowAfterTheEdit(@TempDir Path dir) throws Exception {
    try (EditorSession session = ViewerTestProjects.demoSession(dir)) {
      ViewerViewModel model =
          new ViewerViewModel(session, UiText.load(Locale.ENGLISH, UiText.VIEWER));
      assertEquals(List.of("human", "pseudo", "model/rcrnet"), names(model.layers()));
      session
          .store()
          .putMachineMask(
              MachineLayer.model("kmn"),
              new DemoVideo().groundTruth(3),
              Provenance.of("kmn", "", "", Map.of()));
      session.edited();
      assertEquals(List.of("human", "pseudo", "model/rcrnet", "model/kmn"), names(model.layers()));
      assertNotEquals(null, model.layers().row(ViewLayer.of(MachineLayer.model("kmn"))));
    }
  }

  private static List<String> names(LayersViewModel layers) {
    return layers.rows().stream().map(r -> r.layer().name()).toList();
  }
}
