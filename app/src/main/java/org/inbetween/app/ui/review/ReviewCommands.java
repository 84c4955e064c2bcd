package org.inbetween.app.ui.review;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.inbetween.app.ui.commands.Command;

/**
 * The review commands and their default shortcuts: single keys for the decisions taken hundreds of
 * times a session (A, R, E, N), Shift for their rarer relatives.
 */
public final class ReviewCommands {
  public static final String MENU = "menu.review";
  public static final String ACCEPT = "review.accept";
  public static final String REJECT = "review.reject";
  public static final String EDIT = "review.edit";
  public static final String ACCEPT_RANGE = "review.acceptRange";
  public static final String NEXT = "review.next";
  public static final String PREVIOUS = "review.previous";

  private ReviewCommands() {}

  /**
   * The review commands, to register with the window's registry ({@link
   * ReviewView#registerCommands} does).
   *
   * @param beginReject opens the reason field (the view's part of rejecting)
   */
  public static List<Command> of(ReviewViewModel model, Runnable beginReject) {
    return List.of(
        command(ACCEPT, key(KeyCode.A), model::accept).enabledWhen(model.canDecide()),
        command(REJECT, key(KeyCode.R), beginReject).enabledWhen(model.canDecide()),
        command(EDIT, key(KeyCode.E), model::edit).enabledWhen(model.hasCurrent()),
        command(ACCEPT_RANGE, key(KeyCode.A, KeyCombination.SHIFT_DOWN), model::acceptRange),
        command(NEXT, key(KeyCode.N), model::next),
        command(PREVIOUS, key(KeyCode.N, KeyCombination.SHIFT_DOWN), model::previous));
  }

  private static Command command(String id, KeyCombination keys, Runnable action) {
    return Command.of(id, MENU, "command." + id, keys, action);
  }

  private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
    return new KeyCodeCombination(code, modifiers);
  }
}
