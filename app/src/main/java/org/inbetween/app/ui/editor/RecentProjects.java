package org.inbetween.app.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The projects opened last, newest first, kept in a small text file (one absolute folder a line) so
 * File &gt; Open recent survives a restart. Folders that no longer hold a project are left out when
 * listed. A file that cannot be read or written only costs the list, never an open.
 *
 * <p>The file is {@code $INBETWEEN_CONFIG/recent-projects.txt}, else {@code
 * $XDG_CONFIG_HOME/inbetween/...}, else {@code ~/.config/inbetween/...}; the system property {@code
 * inbetween.config} overrides all three (tests point it at a temporary folder).
 */
public final class RecentProjects {
  /** Enough to find last week's work; a longer list is a file browser. */
  public static final int MAX = 10;

  private final Path file;

  public RecentProjects(Path file) {
    this.file = file;
  }

  /** This user's list. */
  public static RecentProjects ofUser() {
    return new RecentProjects(configDir().resolve("recent-projects.txt"));
  }

  private static Path configDir() {
    String property = System.getProperty("inbetween.config");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String own = System.getenv("INBETWEEN_CONFIG");
    if (own != null && !own.isBlank()) {
      return Path.of(own);
    }
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("inbetween");
  }

  public Path file() {
    return file;
  }

  /** Project folders that still hold a project, newest first. */
  public List<Path> list() {
    return stored().stream()
        .filter(dir -> Files.isRegularFile(dir.resolve("project.json")))
        .toList();
  }

  /** Puts {@code projectDir} first (once), keeping at most {@link #MAX}; written atomically. */
  public void add(Path projectDir) throws IOException {
    Path dir = projectDir.toAbsolutePath().normalize();
    List<Path> paths = new ArrayList<>(stored());
    paths.remove(dir);
    paths.add(0, dir);
    List<String> lines =
        paths.subList(0, Math.min(MAX, paths.size())).stream().map(Path::toString).toList();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temp, lines, StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private List<Path> stored() {
    try {
      if (!Files.isRegularFile(file)) {
        return List.of();
      }
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .map(Path::of)
          .toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
