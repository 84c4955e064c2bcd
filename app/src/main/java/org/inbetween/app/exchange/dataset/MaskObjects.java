package org.inbetween.app.exchange.dataset;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.inbetween.models.image.LabelMask;

/** The objects of a sequence whose dataset stores no object list, found in its masks. */
public final class MaskObjects {
  private MaskObjects() {}

  /** Every id that has pixels in some mask of {@code sequence}, named "object N", ascending. */
  public static List<DatasetObject> unnamed(DatasetReader reader, String sequence)
      throws IOException {
    TreeSet<Integer> ids = new TreeSet<>();
    for (int index : reader.frames(sequence)) {
      Optional<LabelMask> mask = reader.mask(sequence, index);
      if (mask.isPresent()) {
        for (int id : mask.get().objectIds()) {
          ids.add(id);
        }
      }
    }
    return ids.stream().map(id -> new DatasetObject(id, "object " + id)).toList();
  }
}
