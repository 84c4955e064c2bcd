package org.inbetween.app.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.inbetween.app.exchange.dataset.DatasetImages;
import org.inbetween.app.exchange.export.LabelSource;
import org.inbetween.app.labeling.SourceFrames;
import org.inbetween.app.task.Progress;
import org.inbetween.app.training.dataset.ExportTrainingSet;
import org.inbetween.app.training.dataset.LabelRules;
import org.inbetween.app.training.dataset.TrainingSequence;
import org.inbetween.models.fgplg.ExampleBuilder;
import org.inbetween.models.fgplg.FgplgTriples;
import org.inbetween.models.fgplg.TrainingExample;
import org.inbetween.models.fgplg.Triple;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.KeyframeMasks;

/**
 * Exports of {@code inbetween export} ({@code --dataset}): keyframes and targets only where the
 * manifest and the {@link LabelRules} allow ({@link ExportTriples}), each example weighted by its
 * target's source; validation on the manifests' val sequences and on {@code heldOutSequences}.
 *
 * @param exports the export folders
 * @param rules which labels are targets and their weights
 * @param heldOutSequences training sequences also held out for validation
 */
public record ExportFgplgData(List<Path> exports, LabelRules rules, List<String> heldOutSequences)
    implements FgplgData {
  public ExportFgplgData {
    exports = List.copyOf(exports);
    heldOutSequences = List.copyOf(heldOutSequences);
  }

  /**
   * @throws IllegalArgumentException when a held-out sequence is not a training sequence
   */
  @Override
  public FgplgExamples examples(
      ExampleBuilder builder,
      List<Integer> intervals,
      FgplgTriples.Middle middle,
      Progress progress)
      throws IOException {
    try (ExportTrainingSet set = ExportTrainingSet.open(exports, rules)) {
      List<String> trainingNames = set.training().stream().map(TrainingSequence::name).toList();
      if (!trainingNames.containsAll(heldOutSequences)) {
        throw new IllegalArgumentException(
            "--holdout-sequences "
                + heldOutSequences
                + " must be among the training sequences "
                + trainingNames);
      }
      List<TrainingSequence> train = new ArrayList<>();
      List<TrainingSequence> heldOut = new ArrayList<>(set.validation());
      for (TrainingSequence sequence : set.training()) {
        (heldOutSequences.contains(sequence.name()) ? heldOut : train).add(sequence);
      }
      progress.note(set.rules().describe());
      List<TrainingExample> trainExamples = new ArrayList<>();
      Map<LabelSource, Integer> targets = new EnumMap<>(LabelSource.class);
      for (TrainingSequence sequence : train) {
        trainExamples.addAll(
            examples(set, sequence, builder, intervals, middle, targets, "training", progress));
      }
      List<TrainingExample> heldOutExamples = new ArrayList<>();
      for (TrainingSequence sequence : heldOut) {
        heldOutExamples.addAll(
            examples(
                set,
                sequence,
                builder,
                intervals,
                middle,
                new EnumMap<>(LabelSource.class),
                "held out",
                progress));
      }
      return new FgplgExamples(
          trainExamples,
          heldOutExamples,
          heldOut.stream().map(TrainingSequence::name).toList(),
          String.format(
              Locale.ROOT,
              "exports %s sequences %s, %s, training targets by source %s",
              exports.stream().map(p -> p.toAbsolutePath().toString()).toList(),
              train.stream().map(TrainingSequence::name).toList(),
              rules.describe(),
              targets));
    }
  }

  /**
   * The examples of every object of {@code sequence}; counts each triple's target source into
   * {@code targets}; {@code use} ("training", "held out") goes into its note. Masks of the triples'
   * frames are read once, frames decoded as the flow needs them.
   */
  private static List<TrainingExample> examples(
      ExportTrainingSet set,
      TrainingSequence sequence,
      ExampleBuilder builder,
      List<Integer> intervals,
      FgplgTriples.Middle middle,
      Map<LabelSource, Integer> targets,
      String use,
      Progress progress)
      throws IOException {
    progress.checkCancelled();
    List<Triple> triples = ExportTriples.of(sequence, intervals, middle);
    Map<Integer, LabelMask> masks = new TreeMap<>();
    Map<LabelSource, Integer> sources = new EnumMap<>(LabelSource.class);
    for (Triple triple : triples) {
      for (int index : new int[] {triple.before(), triple.middle(), triple.after()}) {
        if (!masks.containsKey(index)) {
          masks.put(index, set.mask(sequence, sequence.frame(index)));
        }
      }
      sources.merge(sequence.frame(triple.middle()).source(), 1, Integer::sum);
    }
    TreeSet<Integer> objects = new TreeSet<>();
    masks.values().forEach(m -> Arrays.stream(m.objectIds()).forEach(objects::add));
    Frames frames = SourceFrames.cached(index -> DatasetImages.read(sequence.frame(index).image()));
    List<TrainingExample> all = new ArrayList<>();
    for (int object : objects) {
      all.addAll(
          builder.examples(
              frames,
              index -> KeyframeMasks.of(masks.get(index), object),
              triples,
              index -> sequence.frame(index).weight(),
              GeneratorSettings.defaults()));
    }
    sources.forEach((source, n) -> targets.merge(source, n, Integer::sum));
    progress.note(
        String.format(
            Locale.ROOT,
            "%s (%s): %d triples, targets by source %s%s",
            sequence.name(),
            use,
            triples.size(),
            sources,
            triples.isEmpty()
                ? "; no triple has all three frames labelled at intervals "
                    + intervals
                    + " (an export of keyframes alone needs twice their spacing)"
                : ""));
    return all;
  }
}
