package org.inbetween.app.project;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a machine-made mask came to be: which method, which model file and version, with which
 * parameters, when. Every mask in a machine layer has one, so that a reviewer, an exporter or a
 * paper can tell exactly what produced a label.
 *
 * @param method the algorithm, e.g. "fgplg", "rcrnet-ner", "kmn"
 * @param model the model file or identifier it ran with; empty if none
 * @param modelVersion the model's version or checksum; empty if unknown
 * @param parameters the settings that influence the output (sorted by name)
 * @param time when the mask was computed
 */
public record Provenance(
    String method,
    String model,
    String modelVersion,
    Map<String, String> parameters,
    Instant time) {
  public Provenance {
    Objects.requireNonNull(method, "method");
    if (method.isBlank()) {
      throw new IllegalArgumentException("provenance needs a method name");
    }
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(modelVersion, "modelVersion");
    Objects.requireNonNull(time, "time");
    parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
  }

  /** Provenance stamped now. */
  public static Provenance of(
      String method, String model, String modelVersion, Map<String, String> parameters) {
    return new Provenance(method, model, modelVersion, parameters, Instant.now());
  }
}
