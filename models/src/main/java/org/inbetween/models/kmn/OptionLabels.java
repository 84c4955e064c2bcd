package org.inbetween.models.kmn;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kmn options that name one constant of an enum ({@link Fusion}, {@link ReadEdges}): the label
 * is the constant's name in lower case, matched without regard to case; an unknown one is refused
 * with the choices.
 */
final class OptionLabels {
  private OptionLabels() {}

  static String label(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant of {@code choices} that {@code label} names.
   *
   * @param what what the option sets, for the message ({@code "kmn-warp fusion"})
   */
  static <E extends Enum<E>> E parse(E[] choices, String label, String what) {
    for (E choice : choices) {
      if (label(choice).equalsIgnoreCase(label.trim())) {
        return choice;
      }
    }
    throw new IllegalArgumentException(
        "unknown "
            + what
            + " \""
            + label
            + "\"; choose one of "
            + Arrays.stream(choices).map(OptionLabels::label).collect(Collectors.joining(", ")));
  }
}
