package org.inbetween.app.ui;

import java.io.IOException;
import java.util.Optional;
import javafx.scene.image.Image;

/** A frame ready for the screen: its picture and, where the frame has one, its mask overlay. */
record ShownFrame(int index, Image picture, Optional<Image> overlay) {
  /** Decodes and converts frame {@code index} of {@code input}; runs off the JavaFX thread. */
  static ShownFrame load(ViewerInput input, int index) throws IOException {
    return new ShownFrame(
        index,
        FxImages.frame(input.source().frame(index)),
        input.masks().apply(index).map(FxImages::overlay));
  }
}
