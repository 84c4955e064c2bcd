package org.inbetween.app.exchange.export;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses sequence names that could not be a plain folder of the dataset: a name becomes a path
 * component, so "../x", "/abs" or "a/b" would write outside the output folder, and two names that
 * differ only in case would collide on case-insensitive file systems.
 */
public final class SequenceNames {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private SequenceNames() {}

  /** Throws naming the first name that is unsafe or taken twice. */
  public static void check(List<ExportInput> inputs) {
    Map<String, ExportInput> seen = new HashMap<>();
    for (ExportInput input : inputs) {
      String name = input.name();
      if (!SAFE.matcher(name).matches() || name.contains("..")) {
        throw new IllegalArgumentException(
            "sequence name \""
                + name
                + "\" (project "
                + input.project()
                + ") is refused: use 1 to 128 letters, digits, '.', '_' or '-', starting with a"
                + " letter or digit, no '..' (rename it with --name)");
      }
      ExportInput other = seen.put(name.toLowerCase(Locale.ROOT), input);
      if (other != null) {
        throw new IllegalArgumentException(
            "sequence name \""
                + name
                + "\" is given to both "
                + other.project()
                + " and "
                + input.project()
                + "; rename one of them");
      }
    }
  }
}
