package org.inbetween.models.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MasksTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"bus", "blackswan", "surf"})
  void davisGrayMaskReadsAsObjectOneWithTheSameArea(String sequence) throws IOException {
    Path file = SharedData.davisMask(sequence, 0);
    BufferedImage raw = ImageIO.read(file.toFile());
    int whitePixels = 0;
    for (int y = 0; y < raw.getHeight(); y++) {
      for (int x = 0; x < raw.getWidth(); x++) {
        if (raw.getRaster().getSample(x, y, 0) >= 128) {
          whitePixels++;
        }
      }
    }

    LabelMask mask = Masks.fromPng(file, 0);

    assertEquals(854, mask.width());
    assertEquals(480, mask.height());
    assertArrayEquals(new int[] {1}, mask.objectIds());
    assertEquals(whitePixels, mask.area(1));
  }

  @Test
  void paletteMaskKeepsItsObjectIds() throws IOException {
    LabelMask judo = Masks.fromPng(SharedData.root().resolve("partial/judo/masks/00013.png"), 13);
    assertTrue(
        judo.objectIds().length == 1 && judo.objectIds()[0] >= 1 && judo.objectIds()[0] <= 4);
  }

  @Test
  void rgbStoredGrayMaskIsThresholded() throws IOException {
    LabelMask bmx =
        Masks.fromPng(SharedData.root().resolve("segtrackv2/bmx/masks/bmx_06668.png"), 0);
    assertArrayEquals(new int[] {1}, bmx.objectIds());
  }

  @Test
  void multiObjectMaskSurvivesAPaletteRoundTrip() throws IOException {
    byte[] labels = new byte[6 * 4];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = (byte) (i * 11);
    }
    LabelMask mask = Masks.fromLabels(3, 6, 4, labels);
    Path file = tmp.resolve("m.png");
    try (OutputStream out = Files.newOutputStream(file)) {
      Masks.writePng(mask, out);
    }

    assertEquals(mask, Masks.fromPng(file, 3));
    assertEquals(DavisPalette.rgb(1), 0x800000);
    assertEquals(DavisPalette.rgb(2), 0x008000);
  }

  @Test
  void samePixelsOnAnotherFrameIsAnotherMask() {
    LabelMask seven = Masks.empty(7, 4, 4);
    assertNotEquals(seven, seven.onFrame(8));
    assertEquals(seven, seven.onFrame(8).onFrame(7));
  }

  @Test
  void paintingOneObjectTakesPixelsFromAnother() {
    boolean[] left = {true, true, false, false};
    boolean[] middle = {false, true, true, false};
    LabelMask mask = Masks.fromBinary(0, 4, 1, left, 1).withPainted(middle, 2);
    assertArrayEquals(new byte[] {1, 2, 2, 0}, mask.labels());
  }

  @Test
  void colourRgbMaskIsRefusedNamingTheFile() throws IOException {
    BufferedImage colour = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    colour.setRGB(1, 1, 0xFF0000);
    Path file = tmp.resolve("colour.png");
    ImageIO.write(colour, "png", file.toFile());

    MaskFormatException e = assertThrows(MaskFormatException.class, () -> Masks.fromPng(file, 0));
    assertTrue(e.getMessage().contains("colour.png"), e.getMessage());
  }

  @Test
  void garbageFileIsRefusedNamingTheFile() throws IOException {
    Path file = tmp.resolve("broken.png");
    Files.write(file, new byte[] {1, 2, 3});
    MaskFormatException e = assertThrows(MaskFormatException.class, () -> Masks.fromPng(file, 0));
    assertTrue(e.getMessage().contains("broken.png"), e.getMessage());
  }

  @Test
  void softMaskRoundTripsThroughGrayPng() throws IOException {
    SoftMask soft = Masks.softFromProbabilities(2, 2, 1, new float[] {0f, 1f});
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Masks.writePng(soft, bytes);
    Path file = tmp.resolve("soft.png");
    Files.write(file, bytes.toByteArray());
    assertEquals(soft, Masks.softFromPng(file, 2));
  }
}
