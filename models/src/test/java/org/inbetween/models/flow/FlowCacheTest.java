package org.inbetween.models.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlowCacheTest {
  private static final FlowField FIELD = FlowField.uniform(10, 10, 1f, 1f); // 800 bytes

  @Test
  void evictsTheLeastRecentlyUsedFieldToStayWithinItsBound() {
    FlowCache cache = new FlowCache(2000);
    FlowCache.Key a = new FlowCache.Key(1, 0, "fast");
    FlowCache.Key b = new FlowCache.Key(2, 0, "fast");
    FlowCache.Key c = new FlowCache.Key(3, 0, "fast");
    cache.put(a, FIELD);
    cache.put(b, FIELD);
    cache.get(a);
    cache.put(c, FIELD);

    assertTrue(cache.get(a).isPresent());
    assertFalse(cache.get(b).isPresent());
    assertTrue(cache.get(c).isPresent());
    assertEquals(1600, cache.sizeInBytes());
  }

  @Test
  void keepsFieldsOfDifferentSettingsApart() {
    FlowCache cache = new FlowCache(1 << 20);
    cache.put(new FlowCache.Key(1, 0, "fast"), FIELD);

    assertFalse(cache.get(new FlowCache.Key(1, 0, "medium")).isPresent());
  }
}
