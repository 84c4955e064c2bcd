package org.inbetween.app.exchange.coco;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.inbetween.app.exchange.dataset.DatasetObject;
import org.inbetween.app.exchange.dataset.DatasetSequence;
import org.inbetween.app.exchange.dataset.DatasetWriter;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer refuses input it could not write faithfully, naming the sequence and frame. */
class CocoWriterRefusalTest {
  private static final RgbImage IMAGE = RgbImage.wrap(3, 3, new byte[27]);

  @TempDir Path tmp;

  @Test
  void refusesAnUndeclaredObject() throws IOException {
    try (DatasetWriter writer = begin()) {
      IOException e =
          assertThrows(
              IOException.class,
              () ->
                  writer.frame(
                      4, IMAGE, Masks.fromLabels(4, 3, 3, new byte[] {5, 0, 0, 0, 0, 0, 0, 0, 0})));
      assertTrue(e.getMessage().contains("s frame 4: the mask has object 5"), e.getMessage());
    }
  }

  @Test
  void refusesAMaskOfAnotherSize() throws IOException {
    try (DatasetWriter writer = begin()) {
      IOException e =
          assertThrows(IOException.class, () -> writer.frame(0, IMAGE, Masks.empty(0, 4, 3)));
      assertTrue(e.getMessage().contains("mask is 4x3, the sequence is 3x3"), e.getMessage());
    }
  }

  @Test
  void refusesFramesOutOfOrderAndRepeatedSequences() throws IOException {
    try (DatasetWriter writer = begin()) {
      writer.frame(2, IMAGE, null);
      IOException order = assertThrows(IOException.class, () -> writer.frame(2, IMAGE, null));
      assertTrue(order.getMessage().contains("ascending order"), order.getMessage());
      IOException twice = assertThrows(IOException.class, () -> writer.beginSequence(sequence()));
      assertTrue(twice.getMessage().contains("\"s\" is written twice"), twice.getMessage());
    }
  }

  private DatasetWriter begin() throws IOException {
    DatasetWriter writer = new CocoFormat().writer(tmp);
    writer.beginSequence(sequence());
    return writer;
  }

  private static DatasetSequence sequence() {
    return new DatasetSequence("s", 3, 3, 25, List.of(new DatasetObject(1, "a")), "");
  }
}
