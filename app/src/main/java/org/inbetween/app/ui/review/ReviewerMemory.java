package org.inbetween.app.ui.review;

import java.util.prefs.Preferences;

/**
 * Remembers the reviewer's name between sessions, so that the prompt can suggest it. Only a
 * suggestion: the name is still asked once per session, because another person may sit at the
 * machine today.
 */
public interface ReviewerMemory {
  String recall();

  void remember(String name);

  /** The user's Java preferences (per OS account). */
  static ReviewerMemory preferences() {
    Preferences node = Preferences.userNodeForPackage(ReviewerMemory.class);
    String key = "reviewerName";
    return new ReviewerMemory() {
      @Override
      public String recall() {
        return node.get(key, "");
      }

      @Override
      public void remember(String name) {
        node.put(key, name);
      }
    };
  }

  /** Remembers nothing: tests, and machines where preferences cannot be written. */
  static ReviewerMemory none() {
    return new ReviewerMemory() {
      @Override
      public String recall() {
        return "";
      }

      @Override
      public void remember(String name) {}
    };
  }
}
