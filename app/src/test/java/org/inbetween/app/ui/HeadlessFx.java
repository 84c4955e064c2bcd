package org.inbetween.app.ui;

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
  }
}
