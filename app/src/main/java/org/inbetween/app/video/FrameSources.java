package org.inbetween.app.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Opens the right {@link FrameSource} for a path: an image folder for a directory, the video
 * decoder for a file with a known video extension, and for any other file whatever FFmpeg can probe
 * as a video, so renamed or extension-less videos still open.
 */
public final class FrameSources {
  private static final Set<String> VIDEO_EXTENSIONS =
      Set.of("mp4", "m4v", "mkv", "mov", "avi", "webm", "mpg", "mpeg", "ts", "mts", "wmv", "flv");

  private FrameSources() {}

  /**
   * @throws IOException naming the path when it is missing, an image file (open its folder), or
   *     neither an image folder nor a video FFmpeg can read
   */
  public static FrameSource open(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return ImageFolderFrameSource.open(path);
    }
    if (!Files.exists(path)) {
      throw new IOException(path + ": no such video file or image folder");
    }
    String name = path.getFileName().toString();
    if (ImageFolderFrameSource.isImageName(name)) {
      throw new IOException(
          path + ": a single image is not a video; open the folder that holds the frames");
    }
    if (VIDEO_EXTENSIONS.contains(extension(name))) {
      return VideoFileFrameSource.open(path);
    }
    try {
      return VideoFileFrameSource.open(path);
    } catch (IOException e) {
      throw new IOException(
          path
              + ": neither an image folder nor a video file FFmpeg can read ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  /**
   * Opens {@code path} with the rotation a project recorded for it: a video's frames are turned
   * {@code clockwise} degrees whatever its display matrix says; an image folder has none.
   *
   * @throws IOException as {@link #open(Path)}, or when an image folder is given a rotation
   */
  public static FrameSource open(Path path, int clockwise) throws IOException {
    FrameRotation.check(clockwise);
    if (Files.isDirectory(path) || !Files.exists(path)) {
      if (clockwise != 0) {
        throw new IOException(
            path + ": the project turns its video " + clockwise + " degrees, but this is no video");
      }
      return open(path);
    }
    try {
      return VideoFileFrameSource.open(path, clockwise);
    } catch (IOException e) {
      if (isVideoName(path.getFileName().toString())) {
        throw e;
      }
      throw new IOException(
          path + ": not a video file FFmpeg can read (" + e.getMessage() + ")", e);
    }
  }

  /** Whether a file name has the extension of a video container this opener knows. */
  public static boolean isVideoName(String name) {
    return VIDEO_EXTENSIONS.contains(extension(name));
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
