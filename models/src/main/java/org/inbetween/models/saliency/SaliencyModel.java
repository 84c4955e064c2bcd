package org.inbetween.models.saliency;

import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;

/**
 * A network that maps one frame to one probability map of its salient object(s), whatever engine
 * runs it. Callers see plain values only, so the app never touches OpenCV or DJL types.
 *
 * <pre>{@code
 * try (SaliencyModel model = U2NetP.bundled()) {
 *   SoftMask map = model.predict(0, frame);   // same size as the frame
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one caller at a time. Closing frees the native network.
 */
public interface SaliencyModel extends AutoCloseable {
  /** The model's short name, e.g. "u2netp"; also its layer name in a project. */
  String name();

  /** The sha256 of the weights file it runs, hex; written into every prediction's provenance. */
  String sha256();

  /** Where the weights came from: "bundled" or the file's path. */
  String source();

  /** The probability that each pixel of {@code image} belongs to a salient object. */
  SoftMask predict(int frame, RgbImage image);

  @Override
  void close();
}
