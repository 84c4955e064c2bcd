package org.inbetween.models.fgplg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;

class FgplgTriplesTest {

  @Test
  void centreTriplesOfDavisBusAtIntervalTenSitHalfwayBetweenKeyframes() throws Exception {
    long frames;
    try (Stream<?> files = Files.list(SharedData.davis().resolve("JPEGImages/480p/bus"))) {
      frames = files.count();
    }
    List<Triple> triples = FgplgTriples.dense((int) frames, 10, FgplgTriples.Middle.CENTRE);
    assertEquals(
        List.of(
            new Triple(0, 5, 10),
            new Triple(10, 15, 20),
            new Triple(20, 25, 30),
            new Triple(30, 35, 40),
            new Triple(40, 45, 50),
            new Triple(50, 55, 60),
            new Triple(60, 65, 70)),
        triples,
        "bus has " + frames + " frames; keyframe 80 does not exist, so the last gap is 60..70");
  }

  @Test
  void allMiddlesTakeEveryFrameStrictlyBetweenKeyframes() {
    List<Triple> triples = FgplgTriples.dense(21, 10, FgplgTriples.Middle.ALL);
    assertEquals(18, triples.size());
    assertEquals(new Triple(0, 1, 10), triples.get(0));
    assertEquals(new Triple(0, 9, 10), triples.get(8));
    assertEquals(new Triple(10, 11, 20), triples.get(9));
    assertEquals(new Triple(10, 19, 20), triples.get(17));
  }

  @Test
  void projectKeyframesGiveConsecutiveTriplesWithAKeyframeInTheMiddle() {
    assertEquals(
        List.of(new Triple(0, 10, 20), new Triple(10, 20, 35)),
        FgplgTriples.fromKeyframes(new int[] {20, 0, 35, 10}));
    assertEquals(List.of(), FgplgTriples.fromKeyframes(new int[] {0, 10}));
  }

  @Test
  void intervalBelowTwoHasNoFrameBetween() {
    assertThrows(
        IllegalArgumentException.class, () -> FgplgTriples.dense(10, 1, FgplgTriples.Middle.ALL));
  }
}
