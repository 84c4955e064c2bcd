package org.inbetween.app.ui.editor;

import java.io.IOException;
import java.util.function.Consumer;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.session.EditorSession;

/**
 * File › Rename project…: asks for the project's name (what {@code info} shows and what names the
 * sequence in every export) and records it as a journaled edit, as {@code inbetween rename} does. A
 * refused name (empty, a path, control characters) is reported and the name stays as it was.
 */
final class ProjectRenaming {
  /** The text field's id, for tests. */
  static final String FIELD_ID = "project-name";

  private ProjectRenaming() {}

  static void ask(Stage owner, UiText text, EditorSession session, Consumer<Exception> report) {
    TextInputDialog dialog = new TextInputDialog(session.project().name());
    dialog.initOwner(owner);
    dialog.setTitle(text.format("rename.title"));
    dialog.setHeaderText(text.format("rename.header"));
    dialog.setContentText(text.format("rename.prompt"));
    dialog.getEditor().setId(FIELD_ID);
    dialog
        .showAndWait()
        .ifPresent(
            name -> {
              try {
                session.store().rename(name);
                session.edited();
              } catch (IOException | IllegalArgumentException e) {
                report.accept(e);
              }
            });
  }
}
