package org.inbetween.app.training.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.export.ExportManifest;
import org.inbetween.app.exchange.export.LabelSource;
import org.inbetween.app.exchange.export.ManifestFrame;
import org.inbetween.app.exchange.export.ManifestSequence;
import org.inbetween.app.exchange.export.SequenceChecks;

/**
 * One export opened for training: its manifest, checked against the dataset beside it, and a reader
 * of its format (the manifest names the format, so DAVIS, YouTube-VOS and COCO exports read alike).
 *
 * @param reader the open reader; the caller closes it
 * @param sequences the export's sequences, in manifest order
 */
record OneExport(DatasetReader reader, List<TrainingSequence> sequences) {
  private static final Set<String> SPLITS = Set.of("train", TrainingSequence.VALIDATION_SPLIT, "");

  /**
   * Opens {@code root} under {@code rules}.
   *
   * @throws IOException naming the file when the folder or its manifest is missing or malformed, or
   *     the manifest does not fit the dataset
   */
  static OneExport open(Path root, LabelRules rules) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root + ": no such export folder");
    }
    Path manifestFile = root.resolve(ExportManifest.FILE_NAME);
    ExportManifest manifest =
        ExportManifest.read(root)
            .orElseThrow(
                () ->
                    new NoSuchFileException(
                        manifestFile
                            + ": missing; --dataset reads what \"inbetween export\" writes, whose"
                            + " manifest says which masks are ground truth (train on a plain"
                            + " DAVIS folder with --davis)"));
    DatasetFormat format;
    try {
      format = DatasetFormats.byName(manifest.datasetFormat());
    } catch (IllegalArgumentException e) {
      throw new IOException(manifestFile + ": " + e.getMessage(), e);
    }
    DatasetReader reader = format.reader(root);
    try {
      checkSameSequences(manifestFile, manifest, reader.sequenceNames());
      List<TrainingSequence> sequences = new ArrayList<>();
      for (ManifestSequence record : manifest.sequences()) {
        sequences.add(sequence(root, manifestFile, record, reader, rules));
      }
      return new OneExport(reader, sequences);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private static void checkSameSequences(
      Path manifestFile, ExportManifest manifest, List<String> inDataset) throws IOException {
    Set<String> listed = new TreeSet<>();
    for (ManifestSequence s : manifest.sequences()) {
      if (!listed.add(s.name())) {
        throw new IOException(manifestFile + ": sequence \"" + s.name() + "\" is listed twice");
      }
    }
    if (!listed.equals(new TreeSet<>(inDataset))) {
      throw new IOException(
          manifestFile
              + ": lists sequences "
              + listed
              + " but the dataset beside it has "
              + new TreeSet<>(inDataset));
    }
  }

  private static TrainingSequence sequence(
      Path root, Path manifestFile, ManifestSequence record, DatasetReader reader, LabelRules rules)
      throws IOException {
    String name = record.name();
    if (!SPLITS.contains(record.split())) {
      throw new IOException(
          manifestFile
              + ": sequence \""
              + name
              + "\": split must be train, val or empty, was \""
              + record.split()
              + "\"");
    }
    List<Integer> indices = reader.frames(name);
    SequenceChecks.contiguous(indices, reader.image(name, indices.get(0)).getParent());
    SequenceChecks.imagesExist(reader, name, indices);
    SequenceChecks.recordFits(manifestFile, record, indices.size());
    Map<Integer, LabelSource> sources = new HashMap<>();
    for (ManifestFrame frame : record.frames()) {
      sources.put(frame.frame(), frame.source());
    }
    List<TrainingFrame> frames = new ArrayList<>(indices.size());
    for (int index : indices) {
      LabelSource source = sources.get(index);
      FrameRole role = rules.role(source);
      Path maskFile = role.hasTarget() ? reader.maskFile(name, index).orElse(null) : null;
      frames.add(
          new TrainingFrame(
              index, reader.image(name, index), maskFile, source, role, rules.weight(source)));
    }
    return new TrainingSequence(
        name, record.split(), root, record.width(), record.height(), record.objects(), frames);
  }
}
