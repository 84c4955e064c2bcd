package org.inbetween.models.kmn;

/**
 * What the trunk makes of one frame: the memory-read {@link FrameKeys} on the 1/16 grid and, for
 * the {@link KmnDecoder} that turns a read into a full-resolution mask, the trunk's finer feature
 * maps. Engine-neutral arrays, so that frames can be cached without holding native memory.
 *
 * @param keys the frame's keys
 * @param quarter the 1/4 features, channels × quarterHeight × quarterWidth, channel-major
 * @param quarterChannels channels of the 1/4 features (24)
 * @param quarterWidth columns of the 1/4 map
 * @param quarterHeight rows of the 1/4 map
 * @param eighth the 1/8 features, channels × eighthHeight × eighthWidth, channel-major
 * @param eighthChannels channels of the 1/8 features (32)
 * @param eighthWidth columns of the 1/8 map
 * @param eighthHeight rows of the 1/8 map
 */
public record EncodedFrame(
    FrameKeys keys,
    float[] quarter,
    int quarterChannels,
    int quarterWidth,
    int quarterHeight,
    float[] eighth,
    int eighthChannels,
    int eighthWidth,
    int eighthHeight) {
  public EncodedFrame {
    if (quarter.length != (long) quarterChannels * quarterWidth * quarterHeight
        || eighth.length != (long) eighthChannels * eighthWidth * eighthHeight) {
      throw new IllegalArgumentException("feature arrays do not match their shapes");
    }
  }
}
