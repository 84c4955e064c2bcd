package org.inbetween.app.ui.review;

import java.util.Optional;

/** Asks who is reviewing; a dialog in the window, a fixed answer in tests. */
@FunctionalInterface
public interface ReviewerNamePrompt {
  /**
   * @param suggestion the name remembered from an earlier session; empty if none
   * @return the name given, or empty if the user declined
   */
  Optional<String> ask(String suggestion);
}
