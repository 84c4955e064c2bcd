package org.inbetween.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs JavaFX without a display for GUI tests: TestFX's glass robot on Monocle's headless platform
 * with software rendering. Must run before the toolkit starts, hence from a static initialiser of
 * each GUI test class.
 */
public final class HeadlessFx {
  private HeadlessFx() {}

  public static void configure() {
    System.setProperty("testfx.robot", "glass");
    System.setProperty("testfx.headless", "true");
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("java.awt.headless", "true");
    keepUserSettingsOut();
  }

  /** Recent projects and other per-user settings go to a temporary folder, never the user's. */
  private static void keepUserSettingsOut() {
    try {
      Path config = Files.createTempDirectory("inbetween-test-config");
      config.toFile().deleteOnExit();
      System.setProperty("inbetween.config", config.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
