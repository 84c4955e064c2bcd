package org.inbetween.app.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.inbetween.app.ui.commands.UiText;

/** The window's answers to {@link Opening.Dialogs}: file choosers and two small dialogs. */
final class OpenDialogs implements Opening.Dialogs {
  private final Stage owner;
  private final UiText text;
  private final java.util.function.Consumer<Exception> report;

  OpenDialogs(Stage owner, UiText text, java.util.function.Consumer<Exception> report) {
    this.owner = owner;
    this.text = text;
    this.report = report;
  }

  @Override
  public Optional<Path> chooseProject() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(text.format("open.project.title"));
    return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
  }

  /** A video file; an image folder is opened with Open project's folder chooser as well. */
  @Override
  public Optional<Path> chooseSource() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(text.format("open.source.title"));
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter(
                text.format("open.source.videos"),
                "*.mp4",
                "*.m4v",
                "*.mkv",
                "*.mov",
                "*.avi",
                "*.webm",
                "*.mpg",
                "*.mpeg",
                "*.ts",
                "*.mts",
                "*.wmv",
                "*.flv"),
            new FileChooser.ExtensionFilter(text.format("open.source.all"), "*"));
    return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Integer> askInterval(Path source, int suggested) {
    TextInputDialog dialog = new TextInputDialog(Integer.toString(suggested));
    dialog.initOwner(owner);
    dialog.setTitle(text.format("open.interval.title"));
    dialog.setHeaderText(text.format("open.interval.header", source.getFileName()));
    dialog.setContentText(text.format("keyframeInterval.prompt"));
    Optional<String> answer = dialog.showAndWait();
    if (answer.isEmpty()) {
      return Optional.empty();
    }
    try {
      int interval = Integer.parseInt(answer.get().trim());
      if (interval >= 1) {
        return Optional.of(interval);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    report.accept(new IllegalArgumentException(text.format("error.badInterval", answer.get())));
    return Optional.empty();
  }

  @Override
  public void warn(Path source, List<String> warnings) {
    Alert alert = new Alert(Alert.AlertType.WARNING, String.join("\n", warnings));
    alert.initOwner(owner);
    alert.setTitle(text.format("open.warnings.title"));
    alert.setHeaderText(text.format("open.warnings.header", source.getFileName()));
    alert.getDialogPane().setId("import-warnings");
    alert.show();
  }

  @Override
  public Optional<Path> chooseRecent(List<Path> recent) {
    if (recent.isEmpty()) {
      report.accept(new IllegalStateException(text.format("open.recent.none")));
      return Optional.empty();
    }
    ChoiceDialog<Path> dialog = new ChoiceDialog<>(recent.get(0), recent);
    dialog.initOwner(owner);
    dialog.setTitle(text.format("open.recent.title"));
    dialog.setHeaderText(text.format("open.recent.header"));
    return dialog.showAndWait();
  }
}
