package org.inbetween.app.exchange.coco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import java.util.stream.Stream;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * COCO RLE against encodings worked out by hand from pycocotools' C code ({@code rleEncode}, {@code
 * rleToString}, {@code toBbox}). Masks are written row by row ("1" = object) but the runs go down
 * the columns; each case's comment walks through the column-major order and the string.
 *
 * <p>String rules used below: a value v becomes 5-bit groups, low first; a group is the last one
 * when the rest is 0 (or -1 for a negative v) AND its bit 0x10 agrees with the sign, otherwise it
 * gets the continuation bit 0x20; each group is written as the character 48 + group. From index 3
 * on, v is counts[i] - counts[i - 2].
 */
class CocoRleTest {

  static Stream<Arguments> handComputed() {
    return Stream.of(
        // Ring with a hole, 3x3. Columns: col0 = 1,1,1  col1 = 1,0,1  col2 = 1,1,1
        // -> column-major 111 101 111 -> runs 0 zeros, 4 ones, 1 zero, 4 ones: [0, 4, 1, 4].
        // String: 0 -> '0'; 4 -> '4'; 1 -> '1'; i=3: 4 - counts[1] = 0 -> '0'  => "0410".
        // bbox: the first 1-run wraps from column 0 into column 1, so the full height; x 0..2.
        Arguments.of(
            3,
            new String[] {"111", "101", "111"},
            new long[] {0, 4, 1, 4},
            "0410",
            8,
            new long[] {0, 0, 3, 3}),
        // Empty 3x3: one run of 9 zeros [9]; 9 = 0b01001, sign bit clear, rest 0 -> '9'.
        Arguments.of(
            3, new String[] {"000", "000", "000"}, new long[] {9}, "9", 0, new long[] {0, 0, 0, 0}),
        // Full 2 rows x 3 columns: [0, 6] -> "06"; bbox the whole mask.
        Arguments.of(
            2, new String[] {"111", "111"}, new long[] {0, 6}, "06", 6, new long[] {0, 0, 3, 2}),
        // Starts with a 1 (top-left pixel only): [0, 1, 8] -> "018"; bbox one pixel at (0, 0).
        Arguments.of(
            3,
            new String[] {"100", "000", "000"},
            new long[] {0, 1, 8},
            "018",
            1,
            new long[] {0, 0, 1, 1}),
        // Touches the right and bottom borders, 3 rows x 4 columns.
        // Columns: 000 000 001 011 -> [8, 1, 1, 2]. '8' '1' '1', i=3: 2 - 1 = 1 -> '1' => "8111".
        // bbox: pixels at (2,2), (3,1), (3,2) -> x 2..3, y 1..2.
        Arguments.of(
            3,
            new String[] {"0000", "0001", "0011"},
            new long[] {8, 1, 1, 2},
            "8111",
            3,
            new long[] {2, 1, 2, 2}),
        // Touches the top and left borders, 3 rows x 4 columns.
        // Columns: 110 100 100 100 -> [0, 2, 1, 1, 2, 1, 2, 1, 2].
        // '0' '2' '1'; i=3: 1 - 2 = -1 -> group -1 & 31 = 31, rest -1 and bit 0x10 set -> 'O' (79);
        // i=4: 2 - 1 = 1 -> '1'; i=5..8: 1-1, 2-2, 1-1, 2-2 = 0 -> '0000'  => "021O10000".
        Arguments.of(
            3,
            new String[] {"1111", "1000", "0000"},
            new long[] {0, 2, 1, 1, 2, 1, 2, 1, 2},
            "021O10000",
            5,
            new long[] {0, 0, 4, 2}),
        // Negative delta, 4x4. Rows 0100 / 0000 / 1100 / 1000.
        // Columns: 0011 1010 0000 0000 -> [2, 3, 1, 1, 9].
        // '2' '3' '1'; i=3: 1 - 3 = -2 -> group 30 (0b11110), rest -1, bit 0x10 set -> 'N' (78);
        // i=4: 9 - 1 = 8 -> '8'  => "231N8". bbox x 0..1, y 0..3.
        Arguments.of(
            4,
            new String[] {"0100", "0000", "1100", "1000"},
            new long[] {2, 3, 1, 1, 9},
            "231N8",
            4,
            new long[] {0, 0, 2, 4}));
  }

  @ParameterizedTest
  @MethodSource("handComputed")
  void encodesAsPycocotools(
      int height, String[] rows, long[] counts, String compressed, long area, long[] bbox) {
    int width = rows[0].length();
    CocoRle rle = CocoRle.encode(pixels(rows), width, height);

    assertArrayEquals(counts, rle.counts());
    assertEquals(compressed, rle.compress());
    assertEquals(area, rle.area());
    assertArrayEquals(bbox, rle.bbox());
    assertEquals(rle, CocoRle.decompress(compressed, height, width));
    assertArrayEquals(pixels(rows), rle.decode());
  }

  @Test
  void countsOver15TakeSeveralGroups() {
    // 10x10, one pixel at (x=5, y=5): column-major position 5 * 10 + 5 = 55 -> [55, 1, 44].
    // 55 = 0b110111: group 23 (0b10111) has bit 0x10 set, so it continues: 23 | 32 = 55 -> 'g';
    // rest 1 -> '1'. 1 -> '1'. 44 = 0b101100: group 12, rest 1 -> 12 | 32 = 44 -> '\', then '1'.
    boolean[] mask = new boolean[100];
    mask[5 * 10 + 5] = true;
    CocoRle rle = CocoRle.encode(mask, 10, 10);

    assertArrayEquals(new long[] {55, 1, 44}, rle.counts());
    assertEquals("g11\\1", rle.compress());
    assertArrayEquals(new long[] {5, 5, 1, 1}, rle.bbox());
  }

  @Test
  void negativeDeltaOverSeveralGroups() {
    // 10x10: columns 0-4 full, column 5 empty, column 6 full, 7-9 empty -> [0, 50, 10, 10, 30].
    // '0'; 50 = 0b110010: group 18 has bit 0x10 -> 'b' (18|32 + 48), rest 1 -> '1';
    // i=2 (no delta yet): 10 -> ':'; i=3: 10 - 50 = -40 = ...11011000: group 24, rest -2 != -1
    // -> 24|32 -> 'h', then group 30, rest -1, bit 0x10 set -> 'N'; i=4: 30 - 10 = 20 = 0b10100:
    // bit 0x10 set on a positive value -> 20|32 -> 'd', then '0'.  => "0b1:hNd0".
    boolean[] mask = new boolean[100];
    for (int y = 0; y < 10; y++) {
      for (int x = 0; x < 10; x++) {
        mask[y * 10 + x] = x < 5 || x == 6;
      }
    }
    CocoRle rle = CocoRle.encode(mask, 10, 10);

    assertArrayEquals(new long[] {0, 50, 10, 10, 30}, rle.counts());
    assertEquals("0b1:hNd0", rle.compress());
    assertEquals(60, rle.area());
    assertArrayEquals(new long[] {0, 0, 7, 10}, rle.bbox());
    assertEquals(rle, CocoRle.decompress("0b1:hNd0", 10, 10));
  }

  @Test
  void encodesOneObjectOfALabelMask() {
    // Object 2 is the ring of the first case, with object 1 in its hole: the hole stays a hole.
    LabelMask labels = Masks.fromLabels(0, 3, 3, new byte[] {2, 2, 2, 2, 1, 2, 2, 2, 2});
    assertEquals("0410", CocoRle.encode(labels, 2).compress());
    assertArrayEquals(new long[] {4, 1, 4}, CocoRle.encode(labels, 1).counts());
  }

  @ParameterizedTest
  @MethodSource("randomMasks")
  void randomMasksRoundTrip(int width, int height, double density, long seed) {
    Random random = new Random(seed);
    boolean[] mask = new boolean[width * height];
    long set = 0;
    for (int i = 0; i < mask.length; i++) {
      mask[i] = random.nextDouble() < density;
      set += mask[i] ? 1 : 0;
    }
    CocoRle rle = CocoRle.encode(mask, width, height);
    CocoRle back = CocoRle.decompress(rle.compress(), height, width);

    assertEquals(rle, back);
    assertArrayEquals(mask, back.decode());
    assertEquals(set, back.area());
  }

  static Stream<Arguments> randomMasks() {
    return Stream.of(
        Arguments.of(1, 1, 0.5, 1L),
        Arguments.of(7, 5, 0.5, 2L),
        Arguments.of(64, 48, 0.02, 3L),
        Arguments.of(64, 48, 0.98, 4L),
        Arguments.of(300, 200, 0.5, 5L),
        Arguments.of(854, 480, 0.001, 6L));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bmx-trees", "bus", "dog-agility", "tennis"})
  void realDavisMasksRoundTrip(String sequence) throws IOException {
    LabelMask truth = Masks.fromPng(SharedData.davisMask(sequence, 0), 0);
    assertTrue(truth.objectIds().length > 0, sequence + " frame 0 has no object");
    for (int objectId : truth.objectIds()) {
      CocoRle rle = CocoRle.encode(truth, objectId);
      CocoRle back = CocoRle.decompress(rle.compress(), truth.height(), truth.width());

      assertArrayEquals(truth.binary(objectId), back.decode(), sequence + " object " + objectId);
      assertEquals(truth.area(objectId), back.area());
    }
  }

  @Test
  void refusesMalformedStrings() {
    assertMessage(() -> CocoRle.decompress("0~", 3, 3), "invalid character");
    // 'g' (55) carries the continuation bit, so the string ends inside a run length.
    assertMessage(() -> CocoRle.decompress("g", 10, 10), "ends inside");
    // [0, 4] covers 4 of the 9 pixels.
    assertMessage(() -> CocoRle.decompress("04", 3, 3), "cover 4 pixels");
    // i=3: '?' = 15 -> 4 + 15 = 19 > 9.
    assertMessage(() -> CocoRle.decompress("041?", 3, 3), "impossible run length");
  }

  private static void assertMessage(Runnable call, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  private static boolean[] pixels(String[] rows) {
    int width = rows[0].length();
    boolean[] out = new boolean[rows.length * width];
    for (int y = 0; y < rows.length; y++) {
      for (int x = 0; x < width; x++) {
        out[y * width + x] = rows[y].charAt(x) == '1';
      }
    }
    return out;
  }
}
