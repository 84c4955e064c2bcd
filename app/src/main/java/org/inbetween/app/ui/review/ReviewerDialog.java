package org.inbetween.app.ui.review;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import org.inbetween.app.ui.commands.UiText;

/** Asks the reviewer's name in a small modal dialog, suggesting the one remembered. */
public final class ReviewerDialog implements ReviewerNamePrompt {
  private final UiText text;

  public ReviewerDialog(UiText text) {
    this.text = text;
  }

  @Override
  public Optional<String> ask(String suggestion) {
    TextInputDialog dialog = new TextInputDialog(suggestion);
    dialog.setTitle(text.format("review.name.title"));
    dialog.setHeaderText(text.format("review.name.header"));
    dialog.setContentText(text.format("review.name.label"));
    dialog.getEditor().setId("reviewer-name");
    return dialog.showAndWait();
  }
}
