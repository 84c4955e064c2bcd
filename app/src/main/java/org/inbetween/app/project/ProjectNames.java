package org.inbetween.app.project;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A project's name: what people call it (project.json {@code "name"}), and the folder name an
 * export gives its sequence. By default it is the source's file name without its extension ({@code
 * VIDEO.mp4} → {@code VIDEO}), the image folder's name, or {@code demo}; {@code inbetween rename}
 * changes it.
 *
 * <pre>{@code
 * ProjectNames.check("Bus, take 2");        // accepted as it is
 * ProjectNames.folderName("Bus, take 2");   // "Bus_take_2"
 * ProjectNames.check("../x");               // IllegalArgumentException saying why
 * }</pre>
 *
 * <p>A name may hold spaces and letters of any script, but no path separator or control character
 * and is not {@code .} or {@code ..}, so that no reader mistakes it for a path.
 */
public final class ProjectNames {
  /** Longer names are refused: they would not fit a folder name on every file system. */
  public static final int MAX_LENGTH = 128;

  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

  private static final Pattern UNSAFE_FOLDER_CHARS = Pattern.compile("[^A-Za-z0-9._-]+");

  private ProjectNames() {}

  /**
   * {@code name} if it is a valid project name.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static String check(String name) {
    String problem = problem(name);
    if (problem != null) {
      throw new IllegalArgumentException(
          "project name \"" + name + "\" is refused: " + problem + " (the project is unchanged)");
    }
    return name;
  }

  private static String problem(String name) {
    if (name == null || name.isBlank()) {
      return "it is empty";
    }
    if (!name.strip().equals(name)) {
      return "it starts or ends with a space";
    }
    if (name.length() > MAX_LENGTH) {
      return "it is longer than " + MAX_LENGTH + " characters";
    }
    if (name.equals(".") || name.equals("..")) {
      return "it names a folder, not a project";
    }
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
      return "it holds a path separator ('/' or '\\')";
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      return "it holds a control character";
    }
    return null;
  }

  /** The name a new project from {@code spec} gets when none is given. */
  public static String fromSource(NewProject spec) {
    if (spec.source() == null) {
      return "demo";
    }
    Path fileName = spec.source().toAbsolutePath().normalize().getFileName();
    String name = fileName == null ? "" : fileName.toString();
    int dot = name.lastIndexOf('.');
    if (spec.kind() == SourceKind.VIDEO_FILE && dot > 0) {
      name = name.substring(0, dot);
    }
    name = name.strip();
    if (name.length() > MAX_LENGTH) {
      name = name.substring(0, MAX_LENGTH).strip();
    }
    return problem(name) == null ? name : "project";
  }

  /**
   * {@code name} as a dataset's sequence folder: accents dropped ({@code é} → {@code e}), then
   * every run of characters other than ASCII letters, digits, '.', '_' and '-' becomes one '_',
   * runs of dots become '_', and it starts with a letter or digit ({@code "project"} when nothing
   * is left).
   */
  public static String folderName(String name) {
    String plain =
        DIACRITICS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String folder = UNSAFE_FOLDER_CHARS.matcher(plain).replaceAll("_");
    folder = folder.replaceAll("\\.{2,}", "_").replaceAll("^[^A-Za-z0-9]+", "");
    if (folder.length() > MAX_LENGTH) {
      folder = folder.substring(0, MAX_LENGTH);
    }
    return folder.isEmpty() ? "project" : folder;
  }

  /** The name of a project whose project.json has none (older projects): its folder's name. */
  public static String ofFolder(Path dir) {
    Path fileName = dir.toAbsolutePath().normalize().getFileName();
    String name = fileName == null ? "" : fileName.toString();
    return problem(name) == null ? name : "project";
  }
}
