package org.inbetween.models.kmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropagationMemoryTest {
  private static PropagationMemory.Entry entry(int frame) {
    return new PropagationMemory.Entry(
        frame, new FrameKeys(new float[4 * 6], 4, 3, 2), new float[6]);
  }

  @Test
  void memoryStaysBoundedOverAThousandFramesAndKeepsTheAnchorAndTheLastFrame() {
    PropagationMemory memory = new PropagationMemory(entry(0));
    long firstBytes = 0;
    for (int frame = 1; frame <= 1000; frame++) {
      memory.remember(entry(frame));
      List<PropagationMemory.Entry> entries = memory.entries();
      assertTrue(entries.size() <= PropagationMemory.FRAMES, "frame " + frame);
      assertEquals(0, entries.get(0).frame(), "the anchor stays first");
      assertEquals(frame, entries.get(entries.size() - 1).frame(), "the last prediction is read");
      if (frame == 100) {
        firstBytes = memory.bytes();
      }
    }
    assertEquals(firstBytes, memory.bytes(), "bytes held after 100 and 1000 frames");
    List<Integer> frames = memory.entries().stream().map(PropagationMemory.Entry::frame).toList();
    assertEquals(List.of(0, 990, 995, 1000), frames);
  }
}
