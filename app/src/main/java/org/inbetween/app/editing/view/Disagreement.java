package org.inbetween.app.editing.view;

/**
 * How a machine label and the human label of one pixel disagree, and the colour the difference view
 * uses for it: colours far from the usual object palette so they read as "look here".
 */
public enum Disagreement {
  /** Both agree (the same object, or both background): not highlighted. */
  NONE(0),
  /** The machine found an object where the human painted background: magenta. */
  MACHINE_ONLY(0xFF00FF),
  /** The human painted an object the machine missed: cyan. */
  HUMAN_ONLY(0x00FFFF),
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
   * The class of a pixel labelled {@code human} and {@code machine}; labels the colour table does
   * not draw (hidden objects) count as background on both sides.
   */
  public static Disagreement of(int human, int machine, int[] colours) {
    boolean humanObject = ObjectColours.isDrawn(colours, human);
    boolean machineObject = ObjectColours.isDrawn(colours, machine);
    if (humanObject && machineObject) {
      return human == machine ? NONE : OTHER_OBJECT;
    }
    if (machineObject) {
      return MACHINE_ONLY;
    }
    return humanObject ? HUMAN_ONLY : NONE;
  }
}
