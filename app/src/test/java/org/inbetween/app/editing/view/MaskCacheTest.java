package org.inbetween.app.editing.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inbetween.models.image.Masks;
import org.junit.jupiter.api.Test;

class MaskCacheTest {
  private final List<Integer> reads = new ArrayList<>();

  /** One 10x10 human mask per frame: 100 bytes. */
  private FrameMasks read(int frame) {
    reads.add(frame);
    return new FrameMasks(frame, Map.of(ViewLayer.HUMAN, Masks.empty(frame, 10, 10)));
  }

  @Test
  void aFrameSeenAtTheSameRevisionIsNotReadAgain() throws Exception {
    MaskCache cache = new MaskCache(1000);
    FrameMasks first = cache.get(3, 1, this::read);
    assertSame(first, cache.get(3, 1, this::read));
    assertEquals(List.of(3), reads);
  }

  @Test
  void aNewRevisionEmptiesTheCache() throws Exception {
    MaskCache cache = new MaskCache(1000);
    cache.get(3, 1, this::read);
    cache.get(4, 1, this::read);
    cache.get(3, 2, this::read);
    cache.get(4, 2, this::read);
    assertEquals(List.of(3, 4, 3, 4), reads);
    assertEquals(200, cache.cachedBytes());
  }

  @Test
  void theLeastRecentlyUsedFramesLeaveFirstWhenFull() throws Exception {
    MaskCache cache = new MaskCache(250);
    cache.get(1, 0, this::read);
    cache.get(2, 0, this::read);
    cache.get(1, 0, this::read); // 1 is now the most recent
    cache.get(3, 0, this::read); // 300 bytes: 2 leaves
    cache.get(1, 0, this::read);
    cache.get(2, 0, this::read);
    assertEquals(List.of(1, 2, 3, 2), reads);
    assertEquals(200, cache.cachedBytes());
  }
}
