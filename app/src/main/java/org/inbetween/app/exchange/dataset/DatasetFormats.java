package org.inbetween.app.exchange.dataset;

import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * The dataset formats on the class path, found through {@link ServiceLoader}: each format lists
 * itself in {@code META-INF/services/org.inbetween.app.exchange.dataset.DatasetFormat}, so adding a
 * format touches no existing file.
 */
public final class DatasetFormats {
  private DatasetFormats() {}

  /** Every registered format, sorted by name. */
  public static List<DatasetFormat> all() {
    return ServiceLoader.load(DatasetFormat.class, DatasetFormats.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(java.util.Comparator.comparing(DatasetFormat::name))
        .toList();
  }

  /**
   * The format called {@code name} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the known formats when there is none of that name
   */
  public static DatasetFormat byName(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    List<DatasetFormat> formats = all();
    return formats.stream()
        .filter(f -> f.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown dataset format \""
                        + name
                        + "\"; known: "
                        + formats.stream().map(DatasetFormat::name).toList()));
  }
}
