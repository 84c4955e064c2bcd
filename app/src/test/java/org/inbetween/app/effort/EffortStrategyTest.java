package org.inbetween.app.effort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EffortStrategyTest {
  @Test
  void parsesTheThreeForms() {
    assertEquals(new EffortStrategy(false, 10), EffortStrategy.parse("uniform:10"));
    assertEquals(new EffortStrategy(true, 0), EffortStrategy.parse("suggest"));
    assertEquals(new EffortStrategy(true, 20), EffortStrategy.parse("suggest:20"));
    assertEquals("suggest:20", EffortStrategy.parse("suggest:20").label());
  }

  @Test
  void startsFromTheGridOrFromTheFirstAndLastFrame() {
    assertEquals(List.of(0, 10, 20, 24), EffortStrategy.parse("uniform:10").firstKeyframes(25));
    assertEquals(List.of(0, 24), EffortStrategy.parse("suggest").firstKeyframes(25));
  }

  @ParameterizedTest
  @ValueSource(strings = {"uniform", "uniform:0", "uniform:x", "suggest:", "every:5", ""})
  void refusesAnythingElseSayingWhatIsAccepted(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EffortStrategy.parse(text));
    assertTrue(e.getMessage().contains("uniform:L, suggest or suggest:L"), e.getMessage());
  }
}
