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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A checkpoint is a folder with the network's parameters in DJL's format ({@value #PARAMETERS}) and
 * a readable JSON description ({@value #INFO}) whose record each model family defines. Each file is
 * written to a temporary name and renamed into place, so an interrupted save leaves the previous
 * checkpoint intact.
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
    writeAtomically(
        folder.resolve(PARAMETERS),
        out -> {
          try (DataOutputStream data = new DataOutputStream(out)) {
            block.saveParameters(data);
          }
        });
    writeAtomically(folder.resolve(INFO), out -> JSON.writeValue(out, info));
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

  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static void writeAtomically(Path target, Writer writer) throws IOException {
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
      writer.write(out);
    }
    Files.move(
        temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
