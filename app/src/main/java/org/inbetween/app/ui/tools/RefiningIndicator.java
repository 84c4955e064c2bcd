package org.inbetween.app.ui.tools;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.inbetween.app.ui.commands.UiText;

/**
 * Shows that a smart selection is being worked out: GrabCut on a full-size frame takes seconds, and
 * without a sign the user thinks the drag did nothing and draws again (which is ignored meanwhile).
 * A spinning badge sits in the frame's top-right corner and the frame shows the wait cursor while
 * {@link MaskEditor#busyProperty()} is true.
 */
public final class RefiningIndicator {
  private final HBox badge;

  public RefiningIndicator(MaskEditor editor, UiText strings) {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(18, 18);
    badge = new HBox(6, spinner, new Label(strings.format("tools.refining")));
    badge.setId("refining-indicator");
    badge.getStyleClass().add("refining-indicator");
    badge.setAlignment(Pos.CENTER_LEFT);
    badge.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
    badge.setMouseTransparent(true);
    badge.visibleProperty().bind(editor.busyProperty());
    StackPane.setAlignment(badge, Pos.TOP_RIGHT);
    StackPane.setMargin(badge, new Insets(8));
  }

  /**
   * The frame with the badge over it. The wait cursor is set on the pair, so the frame's own
   * cursors (the hand while panning) still win where the frame sets one.
   */
  public Node over(Node frame) {
    StackPane pair = new StackPane(frame, badge);
    pair.cursorProperty()
        .bind(Bindings.when(badge.visibleProperty()).then(Cursor.WAIT).otherwise(Cursor.DEFAULT));
    return pair;
  }
}
