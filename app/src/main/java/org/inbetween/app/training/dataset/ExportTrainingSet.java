package org.inbetween.app.training.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.export.LabelSource;
import org.inbetween.models.image.LabelMask;

/**
 * One or more exports of {@code inbetween export}, with their manifests, as one training set: per
 * sequence its split, per frame its image, its label source, its {@link FrameRole role} under the
 * {@link LabelRules} and its loss weight. The manifest decides, not the files: an unreviewed
 * pseudo-label's PNG is in the dataset, but it is a target only when the rules ask for unreviewed
 * labels; an excluded label never is.
 *
 * <p>Sequence names must be unique over all the exports: two exports with a sequence of the same
 * name are refused, naming both (export one of them again with {@code --name}), rather than renamed
 * here, so a name in a log, a hold-out list or a checkpoint's description means one sequence.
 *
 * <pre>{@code
 * try (ExportTrainingSet set = ExportTrainingSet.open(List.of(a, b), LabelRules.defaults())) {
 *   for (TrainingSequence sequence : set.training()) { ... set.mask(sequence, frame) ... }
 *   for (TrainingSequence sequence : set.validation()) { ... }
 * }
 * }</pre>
 *
 * <p>Holds each export's dataset reader open (COCO parses its JSON once) until closed.
 */
public final class ExportTrainingSet implements AutoCloseable {
  private final List<Path> exports;
  private final LabelRules rules;
  private final List<TrainingSequence> sequences;
  private final Map<String, DatasetReader> readers;
  private final List<DatasetReader> opened;

  private ExportTrainingSet(
      List<Path> exports,
      LabelRules rules,
      List<TrainingSequence> sequences,
      Map<String, DatasetReader> readers,
      List<DatasetReader> opened) {
    this.exports = List.copyOf(exports);
    this.rules = rules;
    this.sequences = List.copyOf(sequences);
    this.readers = readers;
    this.opened = opened;
  }

  /**
   * Reads the manifests of {@code exports} and checks them against their datasets; masks are read
   * later, one at a time, by {@link #mask}.
   *
   * @throws IOException naming the file: an export folder or manifest missing or malformed, a
   *     manifest that does not fit its dataset, a sequence name found in two exports
   */
  public static ExportTrainingSet open(List<Path> exports, LabelRules rules) throws IOException {
    if (exports.isEmpty()) {
      throw new IllegalArgumentException("no exports to train on");
    }
    List<TrainingSequence> sequences = new ArrayList<>();
    Map<String, DatasetReader> readers = new HashMap<>();
    List<DatasetReader> opened = new ArrayList<>();
    try {
      for (Path export : exports) {
        OneExport one = OneExport.open(export, rules);
        opened.add(one.reader());
        for (TrainingSequence sequence : one.sequences()) {
          Optional<TrainingSequence> twin =
              sequences.stream().filter(s -> s.name().equals(sequence.name())).findFirst();
          if (twin.isPresent()) {
            throw new IOException(
                "sequence \""
                    + sequence.name()
                    + "\" is in both "
                    + twin.get().export()
                    + " and "
                    + export
                    + "; sequence names must be unique over the exports (export one again"
                    + " with --name)");
          }
          sequences.add(sequence);
          readers.put(sequence.name(), one.reader());
        }
      }
    } catch (IOException | RuntimeException e) {
      closeAll(opened, e);
      throw e;
    }
    return new ExportTrainingSet(exports, rules, sequences, readers, opened);
  }

  public List<Path> exports() {
    return exports;
  }

  public LabelRules rules() {
    return rules;
  }

  /** Every sequence, export by export in manifest order. */
  public List<TrainingSequence> sequences() {
    return sequences;
  }

  /** The sequences trained on: split "train" or none. */
  public List<TrainingSequence> training() {
    return sequences.stream().filter(s -> !s.isValidation()).toList();
  }

  /** The sequences validated on: split "val". */
  public List<TrainingSequence> validation() {
    return sequences.stream().filter(TrainingSequence::isValidation).toList();
  }

  public Optional<TrainingSequence> sequence(String name) {
    return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * The mask of a frame that has a target, as the export's format stores it (palette ids; a
   * davis-saliency export gives object 1 for every foreground pixel).
   *
   * @throws IllegalArgumentException for a frame without a target under the rules, or a sequence
   *     not of this set
   * @throws IOException naming the export when the manifest promises a mask the dataset lacks
   */
  public LabelMask mask(TrainingSequence sequence, TrainingFrame frame) throws IOException {
    DatasetReader reader = readers.get(sequence.name());
    if (reader == null) {
      throw new IllegalArgumentException("sequence " + sequence.name() + " is not of this set");
    }
    if (!frame.hasTarget()) {
      throw new IllegalArgumentException(
          sequence.name() + " frame " + frame.index() + " is " + frame.role() + ": no target");
    }
    return reader
        .mask(sequence.name(), frame.index())
        .orElseThrow(
            () ->
                new IOException(
                    sequence.export()
                        + ": sequence \""
                        + sequence.name()
                        + "\" frame "
                        + frame.index()
                        + ": the manifest says "
                        + frame.source()
                        + " but the dataset has no mask for it"));
  }

  /** Targets per label source over {@code of}, every exported source listed. */
  public static Map<LabelSource, Integer> targetCounts(List<TrainingSequence> of) {
    Map<LabelSource, Integer> counts = new EnumMap<>(LabelSource.class);
    for (LabelSource source : LabelSource.values()) {
      if (source.isExported()) {
        counts.put(source, 0);
      }
    }
    of.forEach(s -> s.targets().forEach(f -> counts.merge(f.source(), 1, Integer::sum)));
    return counts;
  }

  /**
   * For a checkpoint's data description: the exports, the split, the rules and what they made of
   * the frames.
   */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "exports %s, training sequences %s, validation sequences %s, %s; targets by source %s,"
            + " %d frames without one",
        exports.stream().map(p -> p.toAbsolutePath().toString()).toList(),
        training().stream().map(TrainingSequence::name).toList(),
        validation().stream().map(TrainingSequence::name).toList(),
        rules.describe(),
        targetCounts(sequences),
        sequences.stream().mapToLong(s -> s.roleCounts().get(FrameRole.UNLABELLED)).sum());
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (DatasetReader reader : opened) {
      try {
        reader.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private static void closeAll(List<DatasetReader> readers, Exception cause) {
    for (DatasetReader reader : readers) {
      try {
        reader.close();
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }
  }
}
