package org.inbetween.models.kmn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Which decoder {@code kmn} turns its reads into masks with, named by the {@code decoder} option:
 * {@value #BUNDLED} (the default, trained on the DAVIS train split, docs/models/kmn-decoder.md),
 * {@value #NONE} (the read resized bilinearly, the grid's coarse edges), or the path of a parameter
 * file written by {@code inbetween train kmn}.
 *
 * @param decoder the decoder, or null for none
 * @param parameters what provenance records: the decoder's name and the SHA-256 of its weights
 */
record KmnDecoderChoice(MaskDecoder decoder, Map<String, String> parameters)
    implements AutoCloseable {
  static final String BUNDLED = "bundled";
  static final String NONE = "none";

  /** The bundled weights on the classpath. */
  static final String RESOURCE = "/org/inbetween/models/kmn/kmn-decoder.params";

  /** The decoder the option value names. */
  static KmnDecoderChoice of(String option) throws IOException {
    if (option.equals(NONE)) {
      return new KmnDecoderChoice(null, Map.of("decoder", NONE));
    }
    if (option.equals(BUNDLED)) {
      try (InputStream in = bundledWeights()) {
        return loaded("bundled:kmn-decoder", in);
      }
    }
    Path file = Path.of(option);
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          "kmn decoder " + file + " is not a file (expected bundled, none or a .params file)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return loaded(file.toString(), in);
    }
  }

  /** The bundled decoder's weights; the caller closes the stream. */
  static InputStream bundledWeights() throws IOException {
    InputStream in = KmnDecoderChoice.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException("this build has no bundled kmn decoder (" + RESOURCE + ")");
    }
    return in;
  }

  private static KmnDecoderChoice loaded(String name, InputStream in) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    MaskDecoder decoder = new MaskDecoder(new DigestInputStream(in, sha256));
    String digest = HexFormat.of().formatHex(sha256.digest());
    return new KmnDecoderChoice(decoder, Map.of("decoder", name, "decoderSha256", digest));
  }

  @Override
  public void close() {
    if (decoder != null) {
      decoder.close();
    }
  }
}
