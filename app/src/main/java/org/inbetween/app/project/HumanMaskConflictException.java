package org.inbetween.app.project;

/**
 * Refusal to let a machine-made mask replace human work, e.g. accepting a pseudo-label on a frame
 * that already holds a human mask. Nothing was changed.
 */
public class HumanMaskConflictException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public HumanMaskConflictException(String message) {
    super(message);
  }
}
