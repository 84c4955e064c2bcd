package org.inbetween.app.video;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
  @Test
  void numbersCompareByValueAndTextIgnoresCase() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "frame10.png",
                "Frame2.png",
                "frame1.png",
                "frame002b.png",
                "frame02.png",
                "a99999999999999999999.jpg",
                "a100000000000000000000.jpg",
                "frame.png"));
    names.sort(NaturalOrder.INSTANCE);
    assertEquals(
        List.of(
            "a99999999999999999999.jpg",
            "a100000000000000000000.jpg",
            "frame.png",
            "frame1.png",
            "frame02.png",
            "Frame2.png",
            "frame002b.png",
            "frame10.png"),
        names);
  }
}
