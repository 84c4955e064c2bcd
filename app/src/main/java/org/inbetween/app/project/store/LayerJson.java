package org.inbetween.app.project.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.ProjectFormatException;
import org.inbetween.app.project.Provenance;

/**
 * {@code masks/<layer>/provenance.json}: one entry per machine-made mask file of a layer, saying
 * which file it is and how it was made. A person can tell from this file alone what produced any
 * PNG in the layer.
 */
final class LayerJson {
  static final String FILE_NAME = "provenance.json";

  private LayerJson() {}

  static Path file(Path projectDir, String folder) {
    return projectDir.resolve("masks").resolve(folder).resolve(FILE_NAME);
  }

  /** The file's bytes for every mask of {@code folder} in {@code machine}. */
  static byte[] encode(String folder, Map<MaskSlot, Provenance> machine) throws IOException {
    ObjectNode root = Json.object();
    root.put("formatVersion", ProjectJson.FORMAT_VERSION);
    root.put("layer", folder);
    ArrayNode masks = root.putArray("masks");
    machine.forEach(
        (slot, provenance) -> {
          if (slot.folder().equals(folder)) {
            ObjectNode entry = masks.addObject();
            entry.put("frame", slot.frame());
            if (slot.isSoft()) {
              entry.put("objectId", slot.softObjectId());
            }
            entry.put("file", slot.fileInLayer());
            entry.set("provenance", Json.provenance(provenance));
          }
        });
    return Json.MAPPER.writeValueAsBytes(root);
  }

  /** Adds the masks listed in the layer's file to {@code machine}. */
  static void read(Path projectDir, MachineLayer layer, Map<MaskSlot, Provenance> machine)
      throws ProjectFormatException {
    Path file = file(projectDir, layer.folder());
    try {
      JsonNode root = Json.MAPPER.readTree(Files.readAllBytes(file));
      for (JsonNode entry : Json.requireArray(root, "masks")) {
        MaskSlot slot =
            new MaskSlot(
                layer.folder(), Json.requireInt(entry, "frame"), entry.path("objectId").asInt(0));
        machine.put(slot, Json.provenance(Json.require(entry, "provenance")));
      }
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      throw new ProjectFormatException(
          file, "cannot read the layer's provenance: " + e.getMessage(), e);
    }
  }
}
