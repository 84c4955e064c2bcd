package org.inbetween.models.fgplg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.inbetween.models.flow.FlowScaling;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.FlowGuidance;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.GuidanceInputs;
import org.inbetween.models.pseudo.PseudoLabelRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On the real bus frames 0, 5 and 10 of DAVIS at the compact network's 224x224. */
class ExampleBuilderTest {
  private static final int SIZE = 224;
  private static GuidanceInputs guidance;
  private static float[] blend;
  private static ObjectCrop window;
  private static TrainingExample example;

  @BeforeAll
  static void buildOneExample() throws Exception {
    Frames frames = DavisBus.frames();
    try (FlowGuidance flow = new FlowGuidance(frames, GeneratorSettings.defaults())) {
      PseudoLabelRequest request = new PseudoLabelRequest(5, DavisBus.truth(0), DavisBus.truth(10));
      guidance = flow.inputs(request);
      blend = flow.warpBlend(request, guidance);
    }
    window = ExampleBuilder.window(guidance).orElseThrow();
    example = new ExampleBuilder(SIZE, SIZE).example(guidance, blend, window, DavisBus.truth(5));
  }

  @Test
  void rgbPlanesComeFirstImageNetNormalised() {
    float[] rgb = guidance.rgbPlanes();
    int n = rgb.length / 3;
    float[][] meanStd = {{0.485f, 0.229f}, {0.456f, 0.224f}, {0.406f, 0.225f}};
    for (int c = 0; c < 3; c++) {
      float[] resized = resize(Arrays.copyOfRange(rgb, c * n, (c + 1) * n));
      float[] channel = channel(example, c);
      for (int p = 0; p < channel.length; p += 997) {
        assertEquals((resized[p] - meanStd[c][0]) / meanStd[c][1], channel[p], 1e-4, "c" + c);
      }
    }
  }

  @Test
  void warpedMasksThenFlowMagnitudesFollowInOrder() {
    assertArrayEquals(resize(guidance.warpedBefore()), channel(example, 3), 1e-6f);
    assertArrayEquals(resize(guidance.warpedAfter()), channel(example, 4), 1e-6f);
    assertArrayEquals(resize(guidance.magnitudeBefore()), channel(example, 5), 1e-6f);
    assertArrayEquals(resize(guidance.magnitudeAfter()), channel(example, 6), 1e-6f);
  }

  @Test
  void priorIsTheLogitOfTheWarpBlendInTheWindow() {
    float[] resized = resize(blend);
    for (int p = 0; p < resized.length; p += 101) {
      assertEquals(Logits.of(resized[p]), example.prior()[p], 1e-5, "pixel " + p);
    }
  }

  @Test
  void targetIsTheMiddleFramesTruthResizedAndSoft() {
    assertEquals(SIZE * SIZE, example.target().length);
    assertArrayEquals(resize(DavisBus.truth(5).probabilities()), example.target(), 1e-6f);
    double area = 0;
    for (float t : example.target()) {
      area += t;
    }
    assertEquals(true, area > 0.05 * SIZE * SIZE, "the bus covers a good part of the frame");
  }

  @Test
  void reversalSwapsTheKeyframeChannelsAndKeepsRgbAndTarget() {
    TrainingExample reversed = ExampleBuilder.reversed(example);
    for (int c = 0; c < 3; c++) {
      assertArrayEquals(channel(example, c), channel(reversed, c));
    }
    assertArrayEquals(channel(example, 4), channel(reversed, 3));
    assertArrayEquals(channel(example, 3), channel(reversed, 4));
    assertArrayEquals(channel(example, 6), channel(reversed, 5));
    assertArrayEquals(channel(example, 5), channel(reversed, 6));
    assertSame(example.target(), reversed.target());
    assertSame(example.prior(), reversed.prior());
    assertArrayEquals(example.input(), ExampleBuilder.reversed(reversed).input());
  }

  @Test
  void noWindowWhenTheObjectIsAbsentOnOneKeyframe() throws Exception {
    SoftMask absent = Masks.softFromProbabilities(10, 854, 480, new float[854 * 480]);
    try (FlowGuidance flow = new FlowGuidance(DavisBus.frames(), GeneratorSettings.defaults())) {
      GuidanceInputs leaving = flow.inputs(new PseudoLabelRequest(5, DavisBus.truth(0), absent));
      assertTrue(ExampleBuilder.window(leaving).isEmpty(), "the warp blend stands");
    }
    assertTrue(ExampleBuilder.window(guidance).isPresent(), "both keyframes show the bus");
  }

  @Test
  void mirroringFlipsEveryPlaneLeftToRightAndTwiceIsTheIdentity() {
    TrainingExample mirrored = ExampleBuilder.mirrored(example);
    int w = example.w();
    int row = 100;
    for (int c = 0; c < ExampleBuilder.CHANNELS; c++) {
      float[] plane = channel(example, c);
      float[] flipped = channel(mirrored, c);
      for (int col = 0; col < w; col += 7) {
        assertEquals(plane[row * w + col], flipped[row * w + w - 1 - col], "c" + c);
      }
    }
    assertEquals(example.target()[row * w + 3], mirrored.target()[row * w + w - 4]);
    assertEquals(example.prior()[row * w + 3], mirrored.prior()[row * w + w - 4]);
    TrainingExample twice = ExampleBuilder.mirrored(mirrored);
    assertArrayEquals(example.input(), twice.input());
    assertArrayEquals(example.target(), twice.target());
  }

  /** The window of a frame-sized plane at the network's size. */
  private static float[] resize(float[] plane) {
    return FlowScaling.resize(
        window.cut(plane, guidance.frame().width()), window.width(), window.height(), SIZE, SIZE);
  }

  static float[] channel(TrainingExample example, int c) {
    int plane = example.h() * example.w();
    return Arrays.copyOfRange(example.input(), c * plane, (c + 1) * plane);
  }
}
