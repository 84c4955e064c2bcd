package org.inbetween.models.testdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real frames and masks in {@code ../shared/data}, referenced in place (never copied).
 *
 * <p>The build passes their location as the system property {@code inbetween.sharedData}. Where the
 * folder is absent (a checkout without its neighbours) the calling test is skipped with a message
 * that says so, rather than passing silently.
 */
public final class SharedData {
  private SharedData() {}

  /** The data root; skips the calling test with a clear message when it is missing. */
  public static Path root() {
    String configured = System.getProperty("inbetween.sharedData", "../../shared/data");
    Path root = Path.of(configured).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(root), "shared test data not found at " + root);
    return root;
  }

  public static Path davis() {
    return root().resolve("DAVIS");
  }

  public static Path davisMask(String sequence, int frame) {
    return davis().resolve("Annotations/480p/" + sequence + String.format("/%05d.png", frame));
  }
}
