package org.inbetween.app.project.store;

import org.inbetween.app.project.TrackedObject;

/**
 * The input checks every edit passes before it is journaled. Each failure is an
 * IllegalArgumentException whose message names the frame, object or value at fault; the project is
 * left as it was.
 */
final class Checks {
  private static final int MAX_NAME_LENGTH = 200;

  private Checks() {}

  static void frame(ProjectState s, int frame) {
    if (frame < 0 || frame >= s.frameCount) {
      throw new IllegalArgumentException(
          "frame " + frame + " is out of range: the project has frames 0.." + (s.frameCount - 1));
    }
  }

  static void size(ProjectState s, int frame, int width, int height) {
    if (width != s.width || height != s.height) {
      throw new IllegalArgumentException(
          "mask for frame "
              + frame
              + " is "
              + width
              + "x"
              + height
              + " but the project's frames are "
              + s.width
              + "x"
              + s.height);
    }
  }

  static TrackedObject liveObject(ProjectState s, int id) {
    TrackedObject object = s.liveObjects.get(id);
    if (object == null) {
      String why = s.deletedObjects.containsKey(id) ? " was deleted" : " does not exist";
      throw new IllegalArgumentException(
          "object " + id + why + "; the project's objects are " + s.liveObjects.keySet());
    }
    return object;
  }

  /** Every label in a mask must be a live object of the project. */
  static void labels(ProjectState s, int frame, int[] objectIds) {
    for (int id : objectIds) {
      if (!s.liveObjects.containsKey(id)) {
        throw new IllegalArgumentException(
            "mask for frame "
                + frame
                + " contains label "
                + id
                + ", which is not an object of this project "
                + s.liveObjects.keySet());
      }
    }
  }

  /** A person's name: the human layer accepts nothing without one. */
  static String person(String name, String role) {
    return text(name, role);
  }

  static String objectName(String name) {
    return text(name, "object name");
  }

  private static String text(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.length() > MAX_NAME_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          what + " must be one line of at most " + MAX_NAME_LENGTH + " characters");
    }
    return value;
  }
}
