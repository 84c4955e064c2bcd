package org.inbetween.app.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where Inbetween keeps projects the user did not place: the demo project, and the project made
 * when a bare video or image folder is opened (so that reopening the same video continues the same
 * work instead of starting over).
 *
 * <p>The root is {@code $INBETWEEN_HOME}, else {@code $XDG_DATA_HOME/inbetween}, else {@code
 * ~/.local/share/inbetween}.
 */
public final class Workspace {
  private final Path root;

  public Workspace(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The workspace of this user, from the environment. */
  public static Workspace ofUser() {
    String home = System.getenv("INBETWEEN_HOME");
    if (home != null && !home.isBlank()) {
      return new Workspace(Path.of(home));
    }
    String data = System.getenv("XDG_DATA_HOME");
    Path base =
        data != null && !data.isBlank()
            ? Path.of(data)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return new Workspace(base.resolve("inbetween"));
  }

  public Path root() {
    return root;
  }

  /** The demo project's folder. */
  public Path demoProject() {
    return root.resolve("demo");
  }

  /**
   * The project folder for a video file or image folder opened without a project: named after the
   * source, made unique by a hash of its absolute path.
   */
  public Path projectFor(Path source) throws IOException {
    Path absolute = source.toAbsolutePath().normalize();
    Path name = absolute.getFileName();
    String base = name == null ? "root" : name.toString().replaceAll("[^A-Za-z0-9._-]", "_");
    return root.resolve("projects").resolve(base + "-" + shortHash(absolute.toString()));
  }

  private static String shortHash(String text) throws IOException {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IOException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
