package org.inbetween.app.project;

import java.nio.file.Path;
import java.util.Objects;
import org.inbetween.app.video.FrameRotation;
import org.inbetween.app.video.demo.DemoVideo;

/**
 * What a new project is made from: the source and the geometry a {@code FrameSource} reported.
 *
 * <pre>{@code
 * NewProject spec = NewProject.of(SourceKind.IMAGE_FOLDER, folder, 80, 25, 854, 480);
 * }</pre>
 *
 * @param kind video file, image folder or demo
 * @param source the file or folder; null for the demo
 * @param keyframeInterval l, at least 1 (default 5)
 * @param name the project's name ({@link ProjectNames}); null for the default from the source
 * @param sourceRotation the clockwise quarter turn that shows the video upright (0, 90, 180, 270;
 *     {@link org.inbetween.app.video.FrameRotation}); width and height are after it
 */
public record NewProject(
    SourceKind kind,
    Path source,
    int frameCount,
    double fps,
    int width,
    int height,
    int keyframeInterval,
    String name,
    int sourceRotation) {
  public static final int DEFAULT_KEYFRAME_INTERVAL = 5;

  public NewProject {
    Objects.requireNonNull(kind, "kind");
    if (name != null) {
      ProjectNames.check(name);
    }
    FrameRotation.check(sourceRotation);
    if ((kind == SourceKind.DEMO) != (source == null)) {
      throw new IllegalArgumentException(
          "a " + kind + " source " + (source == null ? "needs a path" : "has no path"));
    }
    if (frameCount < 1) {
      throw new IllegalArgumentException("frame count must be >= 1, was " + frameCount);
    }
    if (!(fps > 0) || Double.isInfinite(fps)) {
      throw new IllegalArgumentException("fps must be positive, was " + fps);
    }
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "frame size must be positive, was " + width + "x" + height);
    }
    if (keyframeInterval < 1 || keyframeInterval > maxKeyframeInterval(frameCount)) {
      throw new IllegalArgumentException(
          "keyframe interval must be 1.."
              + maxKeyframeInterval(frameCount)
              + " for "
              + frameCount
              + " frames, was "
              + keyframeInterval);
    }
  }

  /**
   * The largest sensible l: the frame count, or the default for very short sources (their one
   * keyframe slot is frame 0 either way). Larger values only overflow frame arithmetic.
   */
  public static int maxKeyframeInterval(int frameCount) {
    return Math.max(frameCount, DEFAULT_KEYFRAME_INTERVAL);
  }

  /** A spec with the default keyframe interval. */
  public static NewProject of(
      SourceKind kind, Path source, int frameCount, double fps, int width, int height) {
    return new NewProject(
        kind, source, frameCount, fps, width, height, DEFAULT_KEYFRAME_INTERVAL, null, 0);
  }

  /** The built-in demo video's geometry, default keyframe interval. */
  public static NewProject demo() {
    return of(
        SourceKind.DEMO,
        null,
        DemoVideo.FRAME_COUNT,
        DemoVideo.FPS,
        DemoVideo.WIDTH,
        DemoVideo.HEIGHT);
  }

  public NewProject withKeyframeInterval(int l) {
    return new NewProject(kind, source, frameCount, fps, width, height, l, name, sourceRotation);
  }

  /** This spec with its project named {@code name} (null: the default from the source). */
  public NewProject withName(String name) {
    return new NewProject(
        kind, source, frameCount, fps, width, height, keyframeInterval, name, sourceRotation);
  }

  /** The name the project gets: the one given, else the one its source suggests. */
  public String projectName() {
    return name != null ? name : ProjectNames.fromSource(this);
  }
}
