package org.inbetween.app.project;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who put the current human mask of a frame there, when, and how.
 *
 * @param author the person (for an accepted pseudo-label: the reviewer)
 * @param time when the mask was written
 * @param origin drawn, accepted or corrected
 * @param acceptedFrom the provenance of the pseudo-label that was accepted; null unless {@code
 *     origin} is {@link HumanOrigin#ACCEPTED}
 */
public record HumanLabel(String author, Instant time, HumanOrigin origin, Provenance acceptedFrom) {
  public HumanLabel {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(origin, "origin");
    if ((origin == HumanOrigin.ACCEPTED) != (acceptedFrom != null)) {
      throw new IllegalArgumentException("an accepted mask, and only it, names its machine origin");
    }
  }

  public Optional<Provenance> machineOrigin() {
    return Optional.ofNullable(acceptedFrom);
  }
}
