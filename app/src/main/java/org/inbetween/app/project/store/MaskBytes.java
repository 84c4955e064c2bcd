package org.inbetween.app.project.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;

/**
 * A mask's pixels as the journal carries them: one unsigned byte per pixel, row-major (object ids
 * for a label mask, probability × 255 for a soft mask), deflated; base64-encoded in JSON.
 *
 * <p>Embedding the pixels makes every journal line self-contained: replay never depends on a PNG
 * that a later checkpoint may already have replaced. The pixels stay deflated in memory until a
 * checkpoint writes their PNG, so unsaved masks cost about what they cost in the journal. Soft
 * masks are quantised on the way in, so a mask reads back the same before and after it reaches its
 * PNG. Equality is identity: a checkpoint forgets exactly the value it wrote.
 *
 * @param packed the deflated pixels
 */
record MaskBytes(int width, int height, byte[] packed) {
  static MaskBytes of(LabelMask mask) {
    return new MaskBytes(mask.width(), mask.height(), deflate(mask.labels()));
  }

  static MaskBytes of(SoftMask mask) {
    return new MaskBytes(mask.width(), mask.height(), deflate(mask.toGray8()));
  }

  byte[] pixels() {
    return inflate(packed, width * height);
  }

  LabelMask toLabelMask(int frame) {
    return Masks.fromLabels(frame, width, height, pixels());
  }

  SoftMask toSoftMask(int frame) {
    byte[] pixels = pixels();
    float[] p = new float[pixels.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = (pixels[i] & 0xFF) / 255f;
    }
    return Masks.softFromProbabilities(frame, width, height, p);
  }

  /** The PNG a checkpoint writes: palette for label masks, 8-bit gray for soft masks. */
  byte[] toPng(boolean soft) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (soft) {
      Masks.writePng(toSoftMask(0), out);
    } else {
      Masks.writePng(toLabelMask(0), out);
    }
    return out.toByteArray();
  }

  void writeJson(ObjectNode node) {
    node.put("width", width);
    node.put("height", height);
    node.put("encoding", "deflate-base64");
    node.put("data", Base64.getEncoder().encodeToString(packed));
  }

  static MaskBytes fromJson(JsonNode node) {
    int width = Json.requireInt(node, "width");
    int height = Json.requireInt(node, "height");
    String encoding = Json.requireText(node, "encoding");
    if (!encoding.equals("deflate-base64")) {
      throw new IllegalArgumentException("unknown mask encoding \"" + encoding + "\"");
    }
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("mask size must be positive, was " + width + "x" + height);
    }
    byte[] packed = Base64.getDecoder().decode(Json.requireText(node, "data"));
    inflate(packed, width * height);
    return new MaskBytes(width, height, packed);
  }

  private static byte[] deflate(byte[] raw) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(raw);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 16));
      byte[] buffer = new byte[16384];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static byte[] inflate(byte[] packed, int expectedLength) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(packed);
      byte[] out = new byte[expectedLength];
      int n = 0;
      while (n < expectedLength && !inflater.finished()) {
        int got = inflater.inflate(out, n, expectedLength - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += got;
      }
      if (n != expectedLength || !inflater.finished()) {
        throw new IllegalArgumentException(
            "mask data holds " + n + " pixels (or more), expected " + expectedLength);
      }
      return out;
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("mask data is not deflate data: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }
}
