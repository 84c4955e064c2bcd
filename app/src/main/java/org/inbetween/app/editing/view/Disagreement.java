package org.inbetween.app.editing.view;

/**
 * How a machine label and the reference label of one pixel (the human mask, else the pseudo-label)
 * disagree, and the colour the difference view uses for it: colours far from the usual object
 * palette so they read as "look here".
 */
public enum Disagreement {
  /** Both agree (the same object, or both background): not highlighted. */
  NONE(0),
  /** The machine layer found an object where the reference has background: magenta. */
  MACHINE_ONLY(0xFF00FF),
  /** The reference has an object the machine layer missed: cyan. */
  REFERENCE_ONLY(0x00FFFF),
  /** Both found an object, but not the same one: yellow. */
  OTHER_OBJECT(0xFFFF00);

  private final int rgb;

  Disagreement(int rgb) {
    this.rgb = rgb;
  }

  public int rgb() {
    return rgb;
  }

  /**
   * The class of a pixel labelled {@code reference} and {@code machine}; labels the colour table
   * does not draw (hidden objects) count as background on both sides.
   *
   * @param sameObjectMatters false for a class-agnostic comparison (a model layer against the
   *     pseudo-label), where any object on both sides agrees
   */
  public static Disagreement of(
      int reference, int machine, int[] colours, boolean sameObjectMatters) {
    boolean referenceObject = ObjectColours.isDrawn(colours, reference);
    boolean machineObject = ObjectColours.isDrawn(colours, machine);
    if (referenceObject && machineObject) {
      return reference == machine || !sameObjectMatters ? NONE : OTHER_OBJECT;
    }
    if (machineObject) {
      return MACHINE_ONLY;
    }
    return referenceObject ? REFERENCE_ONLY : NONE;
  }
}
