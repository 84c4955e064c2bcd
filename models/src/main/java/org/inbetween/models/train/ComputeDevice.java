package org.inbetween.models.train;

import java.util.Locale;

/**
 * Where a network runs, as the user names it; engine-neutral so the app can parse and report it
 * without touching the deep-learning engine ({@link Devices} resolves it).
 */
public enum ComputeDevice {
  /** The CPU, always available. */
  CPU,
  /** The first CUDA GPU; asking for it without one is an error. */
  GPU,
  /** The GPU when the engine reports one, else the CPU. */
  AUTO;

  /** The device called {@code name}: cpu, gpu or auto (case-insensitive). */
  public static ComputeDevice parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown device '" + name + "'; known: cpu, gpu, auto", e);
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
