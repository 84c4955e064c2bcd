package org.inbetween.models.train;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A checkpoint is a folder with the network's parameters in DJL's format ({@value #PARAMETERS}) and
 * a readable JSON description ({@value #INFO}) whose record each model family defines. Both files
 * are written to temporary names and forced to the device before either is renamed into place, so a
 * save killed at any moment leaves a loadable checkpoint: the previous one, the new one, or (killed
 * between the two renames, a window of microseconds) the new parameters with the previous
 * description, which describes the same network and only understates the step count.
 */
public final class Checkpoints {
  /** DJL parameter file. */
  public static final String PARAMETERS = "rcrnet.params";

  /** JSON sidecar. */
  public static final String INFO = "checkpoint.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Checkpoints() {}

  /**
   * Writes {@code block}'s parameters and {@code info} (a record that Jackson writes as JSON) into
   * {@code folder} (created if absent).
   */
  public static void save(Path folder, Block block, Object info) throws IOException {
    Files.createDirectories(folder);
    Path parameters =
        writeTemporary(
            folder.resolve(PARAMETERS),
            out -> {
              DataOutputStream data = new DataOutputStream(out);
              block.saveParameters(data);
              data.flush();
            });
    Path description = writeTemporary(folder.resolve(INFO), out -> JSON.writeValue(out, info));
    Files.move(
        parameters,
        folder.resolve(PARAMETERS),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    Files.move(
        description,
        folder.resolve(INFO),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    forceFolder(folder);
  }

  /**
   * Reads the JSON description of the checkpoint in {@code folder} as a {@code type}; each family
   * checks the format version of its own description.
   */
  public static <T> T readInfo(Path folder, Class<T> type) throws IOException {
    Path file = folder.resolve(INFO);
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a checkpoint: " + file + " is missing");
    }
    try {
      return JSON.readValue(file.toFile(), type);
    } catch (JacksonException e) {
      throw new IOException(
          file + " is not a valid checkpoint description: " + e.getOriginalMessage(), e);
    }
  }

  /** Loads the parameters in {@code folder} into an initialised block of the same structure. */
  public static void loadParameters(Path folder, Block block, NDManager manager)
      throws IOException {
    Path file = folder.resolve(PARAMETERS);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
        DataInputStream data = new DataInputStream(in)) {
      block.loadParameters(manager, data);
    } catch (MalformedModelException | IllegalArgumentException e) {
      throw new IOException(
          file + " does not fit the network described in " + INFO + ": " + e.getMessage(), e);
    }
  }

  /**
   * SHA-256 of the parameter file in {@code folder}, hex: identifies exactly which weights made a
   * prediction.
   */
  public static String parametersSha256(Path folder) throws IOException {
    Path file = folder.resolve(PARAMETERS);
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a checkpoint: " + file + " is missing");
    }
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** Writes {@code target}'s content to a temporary sibling, forced to the device; returns it. */
  private static Path writeTemporary(Path target, Writer writer) throws IOException {
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    try (FileChannel channel =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
      writer.write(
          new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
              out.write(bytes, offset, length);
            }

            /** Writers (Jackson) close what they are given; the channel must stay open to force. */
            @Override
            public void close() throws IOException {
              flush();
            }
          });
      out.flush();
      channel.force(true);
    }
    return temporary;
  }

  /** Forces the folder's entries (the renames) to the device; not every file system allows it. */
  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException notSupported) {
      // Some file systems cannot open a folder as a channel; the renames are then as durable as
      // the file system makes them.
    }
  }
}
