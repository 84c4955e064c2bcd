package org.inbetween.app.project.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of every name and byte under a folder: equal before and after means the folder was not
 * touched. Public for the malformed-input corpus, which checks that a refusal changes nothing.
 */
public final class FolderHash {
  private FolderHash() {}

  public static String of(Path root) throws IOException {
    if (!Files.exists(root)) {
      return "absent";
    }
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.sorted().toList();
    }
    for (Path path : paths) {
      digest.update(
          root.relativize(path).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update((byte) 0);
      if (Files.isRegularFile(path)) {
        try {
          digest.update(Files.readAllBytes(path));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
