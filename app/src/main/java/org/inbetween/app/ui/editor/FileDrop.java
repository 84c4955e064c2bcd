package org.inbetween.app.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Drag and drop of a video file, an image folder or a project folder onto the window: the pointer
 * shows a copy only over something that can be opened, and a drop opens it like File &gt; Open.
 */
final class FileDrop {
  private FileDrop() {}

  static void install(Scene scene, Consumer<Path> open) {
    scene.addEventHandler(
        DragEvent.DRAG_OVER,
        event -> {
          if (openable(event.getDragboard()).isPresent()) {
            event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            event.consume();
          }
        });
    scene.addEventHandler(
        DragEvent.DRAG_DROPPED,
        event -> {
          Optional<Path> path = openable(event.getDragboard());
          event.setDropCompleted(path.isPresent());
          event.consume();
          // after the drop has been answered: an import asks for the interval in a dialog
          path.ifPresent(p -> javafx.application.Platform.runLater(() -> open.accept(p)));
        });
  }

  private static Optional<Path> openable(Dragboard board) {
    return board.hasFiles() ? openable(board.getFiles()) : Optional.empty();
  }

  /** The first dropped file that can be opened; only one project is open at a time. */
  static Optional<Path> openable(List<File> files) {
    return files.stream().map(File::toPath).filter(OpenTarget::acceptsDrop).findFirst();
  }
}
