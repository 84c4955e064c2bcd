package org.inbetween.app.video;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
  @Test
  void numbersCompareByValueAndTextIgnoresCase() {
    List<String> expected =
        List.of(
            "a99999999999999999999.jpg",
            "a100000000000000000000.jpg",
            "frame1.png",
            "Frame2.png",
            "frame02.png",
            "frame002b.png",
            "frame10.png");
    List<String> names = new ArrayList<>(expected);
    java.util.Collections.reverse(names);
    names.sort(NaturalOrder.INSTANCE);
    assertEquals(expected, names);
  }
}
