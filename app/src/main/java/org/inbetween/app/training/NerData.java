package org.inbetween.app.training;

import java.io.IOException;
import org.inbetween.models.saliency.SaliencyModel;

/**
 * Where {@code train ner} gets its clips: a DAVIS folder with ground truth every l-th frame ({@link
 * DavisNerData}, {@code --davis}) or exports whose manifests say which masks are targets ({@link
 * ExportNerData}, {@code --dataset}). The task does the rest alike for both.
 */
public sealed interface NerData permits DavisNerData, ExportNerData {
  /**
   * Opens the data for training at the network's input size.
   *
   * @param size side of the network's input, the size targets are kept at
   * @param teacher the model whose maps of every frame the distillation phase learns, or null for
   *     no distillation
   * @throws IOException naming the file when the data cannot be read
   */
  NerClips open(int size, SaliencyModel teacher) throws IOException;
}
