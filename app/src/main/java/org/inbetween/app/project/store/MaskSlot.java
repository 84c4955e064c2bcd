package org.inbetween.app.project.store;

import java.util.Comparator;
import org.inbetween.app.project.MachineLayer;

/**
 * Where one mask lives: its layer folder under {@code masks/}, its frame, and for a soft mask the
 * object it gives probabilities for.
 *
 * @param folder "human", "pseudo" or "model/&lt;name&gt;"
 * @param frame the frame index
 * @param softObjectId 0 for a label mask, otherwise the object of a soft mask
 */
record MaskSlot(String folder, int frame, int softObjectId) implements Comparable<MaskSlot> {
  static final String HUMAN = "human";
  private static final Comparator<MaskSlot> ORDER =
      Comparator.comparing(MaskSlot::folder)
          .thenComparingInt(MaskSlot::frame)
          .thenComparingInt(MaskSlot::softObjectId);

  static MaskSlot human(int frame) {
    return new MaskSlot(HUMAN, frame, 0);
  }

  /** The label mask of the pseudo-label layer (the one reviews decide on). */
  static MaskSlot pseudo(int frame) {
    return new MaskSlot(MachineLayer.pseudo().folder(), frame, 0);
  }

  boolean isSoft() {
    return softObjectId != 0;
  }

  /** The mask's file name relative to its layer folder: "00007.png" or "soft/2/00007.png". */
  String fileInLayer() {
    String name = String.format("%05d.png", frame);
    return isSoft() ? "soft/" + softObjectId + "/" + name : name;
  }

  /** The mask's path relative to the project folder. */
  String relativePath() {
    return "masks/" + folder + "/" + fileInLayer();
  }

  @Override
  public int compareTo(MaskSlot other) {
    return ORDER.compare(this, other);
  }
}
