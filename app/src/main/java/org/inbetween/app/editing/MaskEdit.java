package org.inbetween.app.editing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;

/**
 * One committed change to a frame's mask, stored compactly: only the rectangle that changed, its
 * labels before and after, each deflated. A brush stroke costs a few hundred bytes instead of the
 * two whole masks (800 KB at 854x480, 4 MB at 1080p) it would cost as plain copies.
 */
final class MaskEdit {
  private final int frame;
  private final int width;
  private final int height;
  private final Rect box;
  private final byte[] before;
  private final byte[] after;

  private MaskEdit(int frame, int width, int height, Rect box, byte[] before, byte[] after) {
    this.frame = frame;
    this.width = width;
    this.height = height;
    this.box = box;
    this.before = before;
    this.after = after;
  }

  /** The edit that turns {@code before} into {@code after}; empty when they are equal. */
  static Optional<MaskEdit> between(LabelMask before, LabelMask after) {
    if (before.frame() != after.frame()
        || before.width() != after.width()
        || before.height() != after.height()) {
      throw new IllegalArgumentException(
          "an edit must keep frame and size: " + before + " -> " + after);
    }
    byte[] old = before.labels();
    byte[] now = after.labels();
    Rect box = changedBox(old, now, before.width());
    if (box.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new MaskEdit(
            before.frame(),
            before.width(),
            before.height(),
            box,
            deflate(cut(old, before.width(), box)),
            deflate(cut(now, before.width(), box))));
  }

  int frame() {
    return frame;
  }

  /** The pixels this edit changes. */
  Rect box() {
    return box;
  }

  /** Memory held by this edit, roughly. */
  long bytes() {
    return before.length + after.length + 64L;
  }

  /** The mask as it was before, given the mask as it is after. */
  LabelMask undo(LabelMask current) {
    return paste(current, before);
  }

  /** The mask as it was after, given the mask as it is before. */
  LabelMask redo(LabelMask current) {
    return paste(current, after);
  }

  private LabelMask paste(LabelMask current, byte[] packed) {
    byte[] labels = current.labels();
    byte[] part = inflate(packed, box.area());
    for (int row = 0; row < box.height(); row++) {
      System.arraycopy(
          part, row * box.width(), labels, (box.y() + row) * width + box.x(), box.width());
    }
    return Masks.fromLabels(frame, width, height, labels);
  }

  private static Rect changedBox(byte[] old, byte[] now, int width) {
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;
    for (int i = 0; i < old.length; i++) {
      if (old[i] != now[i]) {
        int x = i % width;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, i / width);
        maxY = i / width;
      }
    }
    return maxX < 0 ? Rect.EMPTY : Rect.spanning(minX, minY, maxX, maxY);
  }

  private static byte[] cut(byte[] labels, int width, Rect box) {
    byte[] part = new byte[box.area()];
    for (int row = 0; row < box.height(); row++) {
      System.arraycopy(
          labels, (box.y() + row) * width + box.x(), part, row * box.width(), box.width());
    }
    return part;
  }

  private static byte[] deflate(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + raw.length / 32);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
      stream.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException("deflating to memory cannot fail", e);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  private static byte[] inflate(byte[] packed, int length) {
    try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(packed))) {
      byte[] raw = in.readNBytes(length);
      if (raw.length != length) {
        throw new IllegalStateException("edit holds " + raw.length + " labels, expected " + length);
      }
      return raw;
    } catch (IOException e) {
      throw new UncheckedIOException("inflating from memory cannot fail", e);
    }
  }
}
