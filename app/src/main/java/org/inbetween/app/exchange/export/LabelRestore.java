package org.inbetween.app.exchange.export;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;

/**
 * Puts a dataset mask back into a project in the workflow state its manifest record names: a drawn
 * keyframe, an accepted or corrected pseudo-label, or a pseudo-label waiting for review. Without a
 * record a mask is a human keyframe, as for any imported ground truth.
 */
final class LabelRestore {
  private final ProjectStore store;
  private final String defaultAuthor;
  private final Provenance unknownGenerator;

  LabelRestore(ProjectStore store, String defaultAuthor) {
    this.store = store;
    this.defaultAuthor = defaultAuthor;
    this.unknownGenerator = new Provenance("dataset-import", "", "", Map.of(), Instant.now());
  }

  /** Restores a frame the dataset has no manifest record for. */
  void plain(LabelMask mask, Set<Integer> knownObjects) throws IOException {
    store.putHumanMask(mask, defaultAuthor);
    if (mask.isEmpty()) {
      for (int id : knownObjects) {
        store.markAbsent(mask.frame(), id, defaultAuthor);
      }
    }
  }

  void restore(LabelMask mask, ManifestFrame record) throws IOException {
    String author = record.author() != null ? record.author() : defaultAuthor;
    String reviewer = record.reviewer() != null ? record.reviewer() : author;
    Provenance generator = record.generator() != null ? record.generator() : unknownGenerator;
    int frame = mask.frame();
    switch (record.source()) {
      case HUMAN_KEYFRAME -> store.putHumanMask(mask, author);
      case ACCEPTED -> {
        store.putMachineMask(MachineLayer.pseudo(), mask, generator);
        store.review(frame, Decision.accept(), reviewer);
      }
      case CORRECTED -> {
        store.putMachineMask(MachineLayer.pseudo(), mask, generator);
        if (record.reviewer() != null) {
          store.review(frame, Decision.correct(mask), reviewer);
        } else {
          store.putHumanMask(mask, author);
        }
      }
      case PSEUDO_UNREVIEWED -> store.putMachineMask(MachineLayer.pseudo(), mask, generator);
      case EXCLUDED ->
          throw new IllegalStateException(
              "frame " + frame + " has a mask but the manifest says its label was excluded");
    }
    if (record.source() != LabelSource.PSEUDO_UNREVIEWED) {
      for (int id : record.absent()) {
        store.markAbsent(frame, id, author);
      }
    }
  }
}
