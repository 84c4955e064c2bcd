package org.inbetween.app.ui.viewer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.inbetween.app.editing.view.Disagreement;
import org.inbetween.app.editing.view.ViewLayer;
import org.inbetween.app.ui.commands.UiText;

/**
 * The layers panel: per layer a visibility check box with its name and, on the line below, an
 * opacity slider, an outline toggle, for machine layers a difference toggle and for model layers a
 * colour picker; under them the difference colours' legend. A view only: every control binds to a
 * {@link LayerRow} of the {@link LayersViewModel}.
 *
 * <p>Node ids are {@code layer-<what>-<layer>}, the layer's name with '/' as '-' (for example
 * {@code layer-opacity-human}, {@code layer-difference-model-rcrnet}, {@code
 * layer-colour-model-u2netp}).
 */
final class LayersPanel extends VBox {
  private final UiText strings;
  private final GridPane grid = new GridPane();

  LayersPanel(LayersViewModel model, UiText strings) {
    this.strings = strings;
    getStyleClass().add("layers-panel");
    Label title = new Label(strings.format("layers.title"));
    title.getStyleClass().add("layers-title");
    grid.getStyleClass().add("layers-grid");
    getChildren().addAll(title, grid, legend());
    model.rows().addListener((ListChangeListener<LayerRow>) change -> rebuild(model));
    rebuild(model);
  }

  private void rebuild(LayersViewModel model) {
    grid.getChildren().clear();
    int line = 0;
    for (LayerRow row : model.rows()) {
      String id = row.layer().name().replace('/', '-');
      CheckBox visible = new CheckBox(displayName(row.layer()));
      visible.setId("layer-visible-" + id);
      visible.setTooltip(new Tooltip(strings.format("layer.visible.tooltip")));
      visible.selectedProperty().bindBidirectional(row.visibleProperty());

      Slider opacity = new Slider(0, 1, row.opacityProperty().get());
      opacity.setId("layer-opacity-" + id);
      opacity.setTooltip(new Tooltip(strings.format("layer.opacity.tooltip")));
      opacity.valueProperty().bindBidirectional(row.opacityProperty());
      opacity.setPrefWidth(90);

      ToggleButton contour = new ToggleButton(strings.format("layer.contour"));
      contour.setId("layer-contour-" + id);
      contour.setTooltip(new Tooltip(strings.format("layer.contour.tooltip")));
      contour.selectedProperty().bindBidirectional(row.contourOnlyProperty());
      // the name on a line of its own: model names are long, and the controls must not squeeze it
      grid.add(visible, 0, line++, 4, 1);
      grid.addRow(line++, opacity, contour);

      if (row.canShowDifference()) {
        ToggleButton difference = new ToggleButton(strings.format("layer.difference"));
        difference.setId("layer-difference-" + id);
        difference.setTooltip(new Tooltip(strings.format("layer.difference.tooltip")));
        difference.selectedProperty().bindBidirectional(row.differenceProperty());
        grid.add(difference, 2, line - 1);
      }
      if (row.tintProperty().get() != null) {
        ColorPicker colour = new ColorPicker(row.tintProperty().get());
        colour.setId("layer-colour-" + id);
        colour.getStyleClass().addAll(ColorPicker.STYLE_CLASS_BUTTON, "layer-colour");
        colour.setTooltip(new Tooltip(strings.format("layer.colour.tooltip")));
        colour.valueProperty().bindBidirectional(row.tintProperty());
        grid.add(colour, 3, line - 1);
      }
    }
    grid.getChildren()
        .forEach(
            node -> {
              node.setFocusTraversable(false);
              if (node instanceof Region region && !(node instanceof Slider)) {
                region.setMinWidth(Region.USE_PREF_SIZE);
              }
            });
  }

  private String displayName(ViewLayer layer) {
    if (layer.isHuman()) {
      return strings.format("layer.human");
    }
    return layer.machine().get().isPseudo()
        ? strings.format("layer.pseudo")
        : strings.format("layer.model", layer.name().substring("model/".length()));
  }

  private Node legend() {
    FlowPane legend = new FlowPane();
    legend.getStyleClass().add("layers-legend");
    legend.setAlignment(Pos.CENTER_LEFT);
    legend
        .getChildren()
        .addAll(
            swatch(Disagreement.MACHINE_ONLY, "legend.machineOnly"),
            swatch(Disagreement.REFERENCE_ONLY, "legend.referenceOnly"),
            swatch(Disagreement.OTHER_OBJECT, "legend.otherObject"));
    return legend;
  }

  private Label swatch(Disagreement kind, String key) {
    Label label =
        new Label(
            strings.format(key),
            new Rectangle(
                10,
                10,
                Color.rgb(kind.rgb() >> 16 & 0xFF, kind.rgb() >> 8 & 0xFF, kind.rgb() & 0xFF)));
    label.getStyleClass().add("legend-entry");
    return label;
  }
}
