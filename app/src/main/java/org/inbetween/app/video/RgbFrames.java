package org.inbetween.app.video;

import java.nio.ByteBuffer;
import org.bytedeco.javacv.Frame;
import org.inbetween.models.image.RgbImage;

/** Copies a decoded RGB24 JavaCV frame into an {@link RgbImage} the decoder no longer owns. */
final class RgbFrames {
  private RgbFrames() {}

  /**
   * Copies {@code frame}, whose image must be 8-bit, 3-channel RGB. The copy is needed because the
   * grabber reuses its buffer for the next frame; rows are copied one by one since FFmpeg pads each
   * row to its stride.
   */
  static RgbImage toRgbImage(Frame frame) {
    int width = frame.imageWidth;
    int height = frame.imageHeight;
    int rowBytes = width * 3;
    ByteBuffer source = ((ByteBuffer) frame.image[0]).duplicate();
    byte[] rgb = new byte[rowBytes * height];
    for (int y = 0; y < height; y++) {
      source.position(y * frame.imageStride);
      source.get(rgb, y * rowBytes, rowBytes);
    }
    return RgbImage.wrap(width, height, rgb);
  }
}
