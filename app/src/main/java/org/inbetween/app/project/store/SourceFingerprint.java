package org.inbetween.app.project.store;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.project.SourceRef;

/**
 * Computes the {@link SourceRef} of a new project: where the source is, relative to the project if
 * it lies inside, and a checksum that tells later whether it is still the same source.
 *
 * <p>A video is hashed whole. An image folder is hashed over its listing, one line {@code
 * name<TAB>size<LF>} per regular file in name order (UTF-8), which notices added, removed, renamed
 * and resized frames without reading gigabytes of images.
 */
final class SourceFingerprint {
  private SourceFingerprint() {}

  static SourceRef of(NewProject spec, Path projectDir) throws IOException {
    if (spec.kind() == SourceKind.DEMO) {
      return SourceRef.demo();
    }
    Path source = spec.source().toAbsolutePath().normalize();
    MessageDigest sha = sha256();
    long size;
    if (spec.kind() == SourceKind.VIDEO_FILE) {
      if (!Files.isRegularFile(source)) {
        throw new NoSuchFileException(source.toString(), null, "source video not found");
      }
      size = Files.size(source);
      try (InputStream in = Files.newInputStream(source)) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          sha.update(buffer, 0, n);
        }
      }
    } else {
      if (!Files.isDirectory(source)) {
        throw new NoSuchFileException(source.toString(), null, "source image folder not found");
      }
      size = 0;
      for (Path file : listing(source)) {
        long fileSize = Files.size(file);
        size += fileSize;
        sha.update((file.getFileName() + "\t" + fileSize + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return new SourceRef(
        spec.kind(), storedPath(source, projectDir), size, HexFormat.of().formatHex(sha.digest()));
  }

  /** Relative with '/' when inside the project folder, so the folder can be moved as a whole. */
  static String storedPath(Path source, Path projectDir) {
    Path root = projectDir.toAbsolutePath().normalize();
    if (source.startsWith(root) && !source.equals(root)) {
      return root.relativize(source).toString().replace(File.separatorChar, '/');
    }
    return source.toString();
  }

  private static List<Path> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
