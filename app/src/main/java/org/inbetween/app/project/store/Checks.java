package org.inbetween.app.project.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.HumanMaskConflictException;
import org.inbetween.app.project.HumanOrigin;
import org.inbetween.app.project.Review;
import org.inbetween.app.project.TrackedObject;

/**
 * The input checks every edit passes before it is journaled. Each failure is an
 * IllegalArgumentException (bad values) or IllegalStateException (an edit the frame's state does
 * not allow) whose message names the frame, object or value at fault; the project is left as it
 * was.
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

  /**
   * Refuses to let an accepted pseudo-label replace human work (a mask or absent marks) on the
   * frame of {@code data}, which may be null (nothing there).
   */
  static void noHumanWork(FrameData data) {
    if (data == null || !data.hasHumanContent()) {
      return;
    }
    List<String> work = new ArrayList<>();
    if (data.human != null) {
      work.add("a mask by " + data.human.author() + " at " + data.human.time());
    }
    if (!data.absent.isEmpty()) {
      work.add("absent marks for objects " + data.absent.keySet());
    }
    throw new HumanMaskConflictException(
        "frame "
            + data.frame
            + " already holds human work ("
            + String.join(", ", work)
            + "); accepting the pseudo-label would replace it. Correct the frame instead");
  }

  /**
   * The frame's data, if its human mask may be cleared: a mask a person drew, on a frame that no
   * reviewer ever accepted or corrected. Clearing a reviewer's mask would silently undo a review
   * and leave a state (ACCEPTED without a mask) that means nothing.
   */
  static FrameData clearableHumanMask(ProjectState s, int frame) {
    FrameData data = s.existingFrame(frame);
    if (data == null || data.human == null) {
      throw new IllegalStateException("frame " + frame + " has no human mask to clear");
    }
    Optional<Review> review =
        data.reviews.stream().filter(r -> r.decision() != Decision.Kind.REJECT).findFirst();
    if (review.isPresent() || data.human.origin() != HumanOrigin.DRAWN) {
      String why =
          review
              .map(r -> r.decision() + " by " + r.reviewer() + " at " + r.time())
              .orElse("its mask is " + data.human.origin() + " by " + data.human.author());
      throw new IllegalStateException(
          "frame "
              + frame
              + " holds a reviewer's decision ("
              + why
              + "); clearing its human mask would undo the review. Correct the frame instead");
    }
    return data;
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
