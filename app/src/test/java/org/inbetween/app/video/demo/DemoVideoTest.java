package org.inbetween.app.video.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DemoVideoTest {
  private final DemoVideo demo = new DemoVideo();

  @Test
  void describesItselfAsA640x360VideoOf150FramesAt25Fps() {
    assertEquals("demo", demo.description());
    assertEquals(640, demo.width());
    assertEquals(360, demo.height());
    assertEquals(150, demo.frameCount());
    assertEquals(25.0, demo.fps());
    RgbImage frame = demo.frame(0);
    assertEquals(640, frame.width());
    assertEquals(360, frame.height());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 74, 149})
  void aFrameIsTheSameWhateverWasReadBefore(int index) {
    RgbImage first = demo.frame(index);
    demo.frame((index + 77) % 150);
    assertEquals(first, demo.frame(index));
    assertEquals(first, new DemoVideo().frame(index), "a fresh demo draws the same pixels");
    assertEquals(demo.groundTruth(index), new DemoVideo().groundTruth(index));
  }

  @Test
  void theSeedChangesTheTexturesButNotTheMasks() {
    DemoVideo other = new DemoVideo(7);
    assertNotEquals(demo.frame(30), other.frame(30));
    assertEquals(demo.groundTruth(30), other.groundTruth(30));
  }

  @Test
  void consecutiveFramesDiffer() {
    assertNotEquals(demo.frame(10), demo.frame(11));
    assertNotEquals(demo.groundTruth(10), demo.groundTruth(11));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 150})
  void refusesFramesOutsideTheVideo(int index) {
    assertThrows(IndexOutOfBoundsException.class, () -> demo.frame(index));
    assertThrows(IndexOutOfBoundsException.class, () -> demo.groundTruth(index));
  }

  @Test
  void groundTruthIsFiledUnderItsFrame() {
    assertEquals(42, demo.groundTruth(42).frame());
  }

  static IntStream everyFifthFrame() {
    return IntStream.iterate(0, n -> n < 150, n -> n + 5);
  }

  /**
   * The textures have disjoint colour families (grey background, red, green and violet objects), so
   * every pixel's colour says which object was painted there: it must be the ground-truth id.
   */
  @ParameterizedTest
  @MethodSource("everyFifthFrame")
  void everyPixelHasTheColourOfItsGroundTruthObject(int index) {
    RgbImage frame = demo.frame(index);
    LabelMask truth = demo.groundTruth(index);
    for (int y = 0; y < frame.height(); y++) {
      for (int x = 0; x < frame.width(); x++) {
        int family = colourFamily(frame.rgb(x, y));
        if (family != truth.label(x, y)) {
          throw new AssertionError(
              String.format(
                  "frame %d pixel (%d,%d): colour %06x looks like %d, ground truth says %d",
                  index, x, y, frame.rgb(x, y), family, truth.label(x, y)));
        }
      }
    }
  }

  @Test
  void objectTwoLeavesTheFrameAndObjectThreeEntersMidVideo() {
    boolean[] two = presence(2);
    boolean[] three = presence(3);
    int lastTwo = lastIndexOf(two, true);
    int firstThree = lastIndexOf(three, false) + 1;
    assertTrue(two[0] && lastTwo > 50 && lastTwo < 120, "object 2 last seen on " + lastTwo);
    assertTrue(!three[0] && firstThree > 30 && firstThree < 100, "object 3 enters " + firstThree);
    for (int n = 0; n < 150; n++) {
      assertEquals(n <= lastTwo, two[n], "object 2 on frame " + n);
      assertEquals(n >= firstThree, three[n], "object 3 on frame " + n);
    }
    assertArrayEquals(new int[] {1, 2}, demo.groundTruth(0).objectIds());
    assertArrayEquals(new int[] {1, 3}, demo.groundTruth(149).objectIds());
  }

  private boolean[] presence(int id) {
    boolean[] present = new boolean[150];
    for (int n = 0; n < 150; n++) {
      present[n] = demo.groundTruth(n).area(id) > 0;
    }
    return present;
  }

  private static int lastIndexOf(boolean[] values, boolean value) {
    for (int i = values.length - 1; i >= 0; i--) {
      if (values[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /** 0 for the nearly grey background, else 1, 2, 3 for a red, green or blue dominant channel. */
  static int colourFamily(int rgb) {
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) < 40) {
      return 0;
    }
    if (r >= g && r >= b) {
      return 1;
    }
    return g >= b ? 2 : 3;
  }
}
