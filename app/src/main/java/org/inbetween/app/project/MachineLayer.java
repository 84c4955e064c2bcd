package org.inbetween.app.project;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A layer that only machines write: the pseudo-labels under review, or one model's predictions.
 *
 * <p>The human layer is deliberately not a {@code MachineLayer}: no value of this type can name it,
 * so machine output cannot be routed into human ground truth by a wrong argument.
 *
 * @param folder the layer's folder under {@code masks/}: "pseudo" or "model/&lt;name&gt;"
 */
public record MachineLayer(String folder) {
  private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final String PSEUDO_FOLDER = "pseudo";
  private static final String MODEL_PREFIX = "model/";

  public MachineLayer {
    Objects.requireNonNull(folder, "folder");
    boolean model =
        folder.startsWith(MODEL_PREFIX)
            && MODEL_NAME.matcher(folder.substring(MODEL_PREFIX.length())).matches();
    if (!folder.equals(PSEUDO_FOLDER) && !model) {
      throw new IllegalArgumentException(
          "machine layer must be \"pseudo\" or \"model/<name>\" with a name of letters, digits,"
              + " '.', '_' or '-', was \""
              + folder
              + "\"");
    }
  }

  /** The pseudo-labels that the reviewer accepts, rejects or corrects. */
  public static MachineLayer pseudo() {
    return new MachineLayer(PSEUDO_FOLDER);
  }

  /** The predictions of one model, e.g. {@code model("rcrnet")}, shown for comparison. */
  public static MachineLayer model(String name) {
    return new MachineLayer(MODEL_PREFIX + name);
  }

  public boolean isPseudo() {
    return folder.equals(PSEUDO_FOLDER);
  }
}
