package org.inbetween.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScreenshotTest {
  @AfterEach
  void forgetProperty() {
    System.clearProperty(Screenshot.PROPERTY);
  }

  @Test
  void theSystemPropertyAsksForAScreenshot() {
    System.setProperty(Screenshot.PROPERTY, "docs/shot.png");
    assertEquals(Optional.of(Path.of("docs/shot.png")), Screenshot.requested());
  }

  @Test
  void aBlankPropertyAsksForNothing() {
    System.setProperty(Screenshot.PROPERTY, " ");
    assertEquals(Optional.empty(), Screenshot.requested());
  }
}
