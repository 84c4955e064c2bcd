package org.inbetween.app.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inbetween.app.labeling.bench.DavisSequence;
import org.inbetween.app.task.Progress;
import org.inbetween.models.fgplg.ExampleBuilder;
import org.inbetween.models.fgplg.FgplgTriples;
import org.inbetween.models.fgplg.TrainingExample;
import org.inbetween.models.fgplg.Triple;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.KeyframeMasks;

/**
 * A DAVIS-layout folder with a mask on every frame, each taken as ground truth ({@code --davis}).
 *
 * @param root the dataset root
 * @param sequences the sequences trained on
 * @param heldOutSequences whole sequences held out for validation; none to hold out triples
 */
public record DavisFgplgData(Path root, List<String> sequences, List<String> heldOutSequences)
    implements FgplgData {
  public DavisFgplgData {
    sequences = List.copyOf(sequences);
    heldOutSequences = List.copyOf(heldOutSequences);
  }

  @Override
  public FgplgExamples examples(
      ExampleBuilder builder,
      List<Integer> intervals,
      FgplgTriples.Middle middle,
      Progress progress)
      throws IOException {
    return new FgplgExamples(
        examples(sequences, builder, intervals, middle, progress),
        examples(heldOutSequences, builder, intervals, middle, progress),
        heldOutSequences,
        "DAVIS " + root.toAbsolutePath() + " sequences " + sequences);
  }

  /** The examples of every object of {@code names}, one note per sequence; cancellable between. */
  private List<TrainingExample> examples(
      List<String> names,
      ExampleBuilder builder,
      List<Integer> intervals,
      FgplgTriples.Middle middle,
      Progress progress)
      throws IOException {
    List<TrainingExample> all = new ArrayList<>();
    for (String name : names) {
      progress.checkCancelled();
      DavisSequence sequence = DavisSequence.read(root, name);
      List<Triple> triples = new ArrayList<>();
      for (int interval : intervals) {
        triples.addAll(FgplgTriples.dense(sequence.frameCount(), interval, middle));
      }
      for (int object : sequence.objectIds()) {
        all.addAll(
            builder.examples(
                index -> sequence.frames().get(index),
                index -> KeyframeMasks.of(sequence.truth().get(index), object),
                triples,
                GeneratorSettings.defaults()));
      }
      progress.note(String.format("%s: %d triples", name, triples.size()));
    }
    return all;
  }
}
