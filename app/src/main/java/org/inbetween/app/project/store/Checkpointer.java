package org.inbetween.app.project.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a checkpoint: the PNG of every mask that only the journal holds, the provenance file of
 * each layer that changed, deletes the PNG of every cleared human mask, then {@code project.json}
 * (after moving the previous good one to {@code project.json.bak}). Every file is replaced
 * atomically, and project.json goes last: whatever instant a crash hits, the files on disk plus the
 * journal describe every acknowledged edit (a snapshot naming a deleted PNG is always followed by
 * the journal line that cleared it).
 *
 * <p>Split in two so that the store is locked only while the plan is taken, not while files are
 * written: painting never waits for a checkpoint.
 */
final class Checkpointer {
  /** What one checkpoint writes, captured under the store's lock. */
  record Plan(
      long seq,
      byte[] projectJson,
      Map<String, byte[]> layerFiles,
      Map<MaskSlot, MaskBytes> masks,
      Set<MaskSlot> cleared) {}

  private Checkpointer() {}

  static Plan plan(ProjectState state) throws IOException {
    Map<MaskSlot, MaskBytes> masks = new HashMap<>(state.pending);
    Map<String, byte[]> layerFiles = new TreeMap<>();
    for (MaskSlot slot : masks.keySet()) {
      if (!slot.folder().equals(MaskSlot.HUMAN) && !layerFiles.containsKey(slot.folder())) {
        layerFiles.put(slot.folder(), LayerJson.encode(slot.folder(), state.machine));
      }
    }
    return new Plan(
        state.seq, ProjectJson.encode(state), layerFiles, masks, Set.copyOf(state.cleared));
  }

  /** Writes {@code plan}; {@code previousSnapshot} becomes the backup. */
  static void write(Path dir, Plan plan, byte[] previousSnapshot) throws IOException {
    Set<Path> folders = new HashSet<>();
    for (Map.Entry<MaskSlot, MaskBytes> mask : plan.masks().entrySet()) {
      Path file = dir.resolve(mask.getKey().relativePath());
      AtomicFiles.replace(file, mask.getValue().toPng(mask.getKey().isSoft()));
      folders.add(file.getParent());
    }
    for (Map.Entry<String, byte[]> layer : plan.layerFiles().entrySet()) {
      Path file = LayerJson.file(dir, layer.getKey());
      AtomicFiles.replace(file, layer.getValue());
      folders.add(file.getParent());
    }
    for (MaskSlot slot : plan.cleared()) {
      Path file = dir.resolve(slot.relativePath());
      Files.deleteIfExists(file);
      folders.add(file.getParent());
    }
    folders.forEach(AtomicFiles::syncDirectory);
    AtomicFiles.replace(dir.resolve(ProjectJson.BACKUP_NAME), previousSnapshot);
    AtomicFiles.replace(dir.resolve(ProjectJson.FILE_NAME), plan.projectJson());
    AtomicFiles.syncDirectory(dir);
  }
}
