package org.inbetween.app.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.exchange.export.ExportInput;
import org.inbetween.app.exchange.export.ExportOptions;
import org.inbetween.app.exchange.export.ExportRequest;
import org.inbetween.app.exchange.export.Selection;
import org.inbetween.app.ui.commands.UiText;

/**
 * File → Export dataset: the format, which labels to include and the dataset folder. The export
 * itself runs as a job (progress and Cancel in the jobs panel) and is atomic, like the command
 * line's {@code export}.
 */
final class ExportDialog {
  /** The layout most video-segmentation training code reads. */
  private static final String DEFAULT_FORMAT = "davis";

  private ExportDialog() {}

  /** Asks for the export of the project in {@code projectDir}; empty when the user cancels. */
  static Optional<ExportRequest> ask(Window owner, UiText text, Path projectDir) {
    ChoiceBox<DatasetFormat> format = new ChoiceBox<>();
    format.getItems().setAll(DatasetFormats.all());
    format.setConverter(named(DatasetFormat::name));
    format.setValue(DatasetFormats.byName(DEFAULT_FORMAT));
    ChoiceBox<Selection> include = new ChoiceBox<>();
    include.getItems().setAll(Selection.values());
    include.setConverter(named(s -> text.format("export.include." + s.name())));
    include.setValue(ExportOptions.defaults().selection());
    Path name = projectDir.toAbsolutePath().normalize().getFileName();
    TextField folder =
        new TextField(projectDir.toAbsolutePath().resolveSibling(name + "-dataset").toString());
    folder.setId("export-folder");
    Button choose = new Button(text.format("export.choose"));
    choose.setOnAction(
        event -> {
          DirectoryChooser chooser = new DirectoryChooser();
          File parent = chooser.showDialog(owner);
          if (parent != null) {
            folder.setText(parent.toPath().resolve(name + "-dataset").toString());
          }
        });
    HBox.setHgrow(folder, Priority.ALWAYS);

    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, new Label(text.format("export.format")), format);
    grid.addRow(1, new Label(text.format("export.include")), include);
    grid.addRow(2, new Label(text.format("export.folder")), new HBox(6, folder, choose));

    Dialog<ExportRequest> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(text.format("export.title"));
    dialog.setHeaderText(text.format("export.header"));
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.setResultConverter(
        button ->
            button == ButtonType.OK
                ? new ExportRequest(
                    List.of(ExportInput.of(projectDir)),
                    format.getValue(),
                    Path.of(folder.getText().trim()),
                    ExportOptions.defaults().withSelection(include.getValue()))
                : null);
    return dialog.showAndWait();
  }

  private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : name.apply(value);
      }

      @Override
      public T fromString(String string) {
        throw new UnsupportedOperationException("choices are not typed in");
      }
    };
  }
}
