package org.inbetween.app.project.store;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The framing of one journal line: eight lowercase hex digits of the CRC-32 of the JSON text's
 * UTF-8 bytes, one space, the JSON text (one line), a line feed. A line whose checksum does not
 * match was torn by a crash or damaged on disk.
 */
final class JournalLine {
  private JournalLine() {}

  /** The bytes of the framed line, ending with '\n'. */
  static byte[] frame(String json) {
    if (json.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("journal JSON must fit on one line");
    }
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String prefix = String.format("%08x ", crc(body, 0, body.length));
    byte[] head = prefix.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[head.length + body.length + 1];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(body, 0, out, head.length, body.length);
    out[out.length - 1] = '\n';
    return out;
  }

  /**
   * The JSON text of the line in {@code bytes[start, end)} (without its '\n'), if its checksum
   * holds.
   */
  static Optional<String> unframe(byte[] bytes, int start, int end) {
    int bodyStart = start + 9;
    if (end - start < 10 || bytes[start + 8] != ' ') {
      return Optional.empty();
    }
    long stored;
    try {
      stored = Long.parseLong(new String(bytes, start, 8, StandardCharsets.US_ASCII), 16);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (stored != crc(bytes, bodyStart, end - bodyStart)) {
      return Optional.empty();
    }
    return Optional.of(new String(bytes, bodyStart, end - bodyStart, StandardCharsets.UTF_8));
  }

  private static long crc(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return crc.getValue();
  }
}
