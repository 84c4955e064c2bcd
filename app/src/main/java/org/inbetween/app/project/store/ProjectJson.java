package org.inbetween.app.project.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.inbetween.app.project.AbsentMark;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.HumanLabel;
import org.inbetween.app.project.HumanOrigin;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.ProjectFormatException;
import org.inbetween.app.project.ProjectNames;
import org.inbetween.app.project.Review;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.project.SourceRef;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.video.FrameRotation;
import org.inbetween.models.flow.FlowPreset;

/**
 * {@code project.json}: the snapshot of a project's metadata and frame states, written by each
 * checkpoint. Field by field it is described in docs/formats.md. Machine-layer provenance is not in
 * here but in each layer's own {@code provenance.json} ({@link LayerJson}).
 */
final class ProjectJson {
  static final String FILE_NAME = "project.json";
  static final String BACKUP_NAME = "project.json.bak";

  /** The field of the project's optical flow, also that of the journal edit that sets it. */
  static final String FLOW_PRESET = "flowPreset";

  /**
   * Version 2 added {@code keyframeMarks}, version 3 the project's {@code name} and {@code
   * sourceRotation}, version 4 its {@code flowPreset}. A version-1, -2 or -3 file opens unchanged
   * (no marks; the folder's name; frames as decoded, unturned, as its masks were drawn; the default
   * flow, which is what its pseudo-labels were made with); an older program refuses a newer file
   * instead of silently dropping what it does not know (a rotation dropped would turn the frames
   * under the masks).
   */
  static final int FORMAT_VERSION = 4;

  /** The largest journal sequence number a project file may hold (2^53). */
  static final long MAX_SEQUENCE = 1L << 53;

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  private ProjectJson() {}

  static byte[] encode(ProjectState s) throws IOException {
    ObjectNode root = Json.object();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("journalSeq", s.seq);
    root.put("journalEnd", s.journalEnd);
    if (s.name != null) {
      root.put("name", s.name);
    }
    ObjectNode source = root.putObject("source");
    source.put("kind", s.source.kind().name());
    source.put("path", s.source.path());
    source.put("sizeBytes", s.source.sizeBytes());
    source.put("sha256", s.source.sha256());
    root.put("frameCount", s.frameCount);
    root.put("fps", s.fps);
    root.put("width", s.width);
    root.put("height", s.height);
    root.put("sourceRotation", s.sourceRotation);
    root.put("keyframeInterval", s.keyframeInterval);
    root.put(FLOW_PRESET, s.flowPreset.label());
    ObjectNode marks = root.putObject("keyframeMarks");
    s.addedKeyframes.forEach(marks.putArray("added")::add);
    s.removedKeyframes.forEach(marks.putArray("removed")::add);
    root.put("nextObjectId", s.nextObjectId);
    ArrayNode objects = root.putArray("objects");
    s.liveObjects.values().forEach(o -> writeObject(objects.addObject(), o, false));
    s.deletedObjects.values().forEach(o -> writeObject(objects.addObject(), o, true));
    ArrayNode frames = root.putArray("frames");
    for (FrameData f : s.frames.values()) {
      if (!f.isUntouched()) {
        writeFrame(frames.addObject(), f);
      }
    }
    ArrayNode layers = root.putArray("machineLayers");
    s.machineLayers().forEach(l -> layers.add(l.folder()));
    return Json.MAPPER.writeValueAsBytes(root);
  }

  /** A decoded project.json: the state without machine index, and the layers to read it from. */
  record Snapshot(ProjectState state, List<MachineLayer> layers) {}

  /** Reads a snapshot; the machine index is filled in from the layer files by the caller. */
  static Snapshot decode(Path file, byte[] bytes) throws ProjectFormatException {
    try {
      JsonNode root = Json.MAPPER.readTree(bytes);
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      int version = Json.requireInt(root, "formatVersion");
      if (version > FORMAT_VERSION) {
        throw new IllegalArgumentException(
            "format version "
                + version
                + " is newer than this program reads ("
                + FORMAT_VERSION
                + ")");
      }
      List<MachineLayer> layers = new ArrayList<>();
      root.path("machineLayers").forEach(n -> layers.add(new MachineLayer(n.asText())));
      return new Snapshot(decodeState(root), layers);
    } catch (IOException | IllegalArgumentException | ClassCastException e) {
      throw new ProjectFormatException(file, "not a valid project file: " + e.getMessage(), e);
    }
  }

  /** The project's optical flow in {@code node}: a preset's lower-case name. */
  static FlowPreset flowPreset(JsonNode node) {
    String text = Json.requireText(node, FLOW_PRESET);
    try {
      return FlowPreset.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field \"" + FLOW_PRESET + "\": " + e.getMessage(), e);
    }
  }

  private static ProjectState decodeState(JsonNode root) {
    ProjectState s = new ProjectState();
    s.seq = sequence(root, "journalSeq");
    s.journalEnd = root.has("journalEnd") ? sequence(root, "journalEnd") : s.seq;
    if (s.journalEnd > s.seq) {
      throw new IllegalArgumentException(
          "journalEnd " + s.journalEnd + " is after journalSeq " + s.seq);
    }
    JsonNode name = root.get("name");
    if (name != null && !name.isNull()) {
      s.name = ProjectNames.check(Json.requireText(root, "name"));
    }
    JsonNode source = Json.require(root, "source");
    s.source =
        new SourceRef(
            Json.requireEnum(source, "kind", SourceKind.class),
            Json.requireText(source, "path"),
            Json.requireLong(source, "sizeBytes"),
            Json.requireText(source, "sha256"));
    s.frameCount = positive(root, "frameCount");
    s.fps = Json.requireDouble(root, "fps");
    if (!(s.fps > 0) || Double.isInfinite(s.fps)) {
      throw new IllegalArgumentException("fps must be a positive number, was " + s.fps);
    }
    s.width = positive(root, "width");
    s.height = positive(root, "height");
    s.sourceRotation =
        root.has("sourceRotation")
            ? FrameRotation.check(Json.requireInt(root, "sourceRotation"))
            : 0;
    s.keyframeInterval = positive(root, "keyframeInterval");
    if (s.keyframeInterval > NewProject.maxKeyframeInterval(s.frameCount)) {
      throw new IllegalArgumentException(
          "keyframeInterval "
              + s.keyframeInterval
              + " is larger than the project's "
              + s.frameCount
              + " frames");
    }
    readKeyframeMarks(s, root.path("keyframeMarks"));
    if (root.has(FLOW_PRESET)) {
      s.flowPreset = flowPreset(root);
    }
    s.nextObjectId = Json.requireInt(root, "nextObjectId");
    for (JsonNode node : Json.requireArray(root, "objects")) {
      TrackedObject object =
          new TrackedObject(
              Json.requireInt(node, "id"),
              Json.requireText(node, "name"),
              parseColour(Json.requireText(node, "colour")));
      if (object.id() >= s.nextObjectId) {
        throw new IllegalArgumentException(
            "object " + object.id() + " is not below nextObjectId " + s.nextObjectId);
      }
      Map<Integer, TrackedObject> into =
          node.path("deleted").asBoolean(false) ? s.deletedObjects : s.liveObjects;
      if (s.liveObjects.containsKey(object.id()) || s.deletedObjects.containsKey(object.id())) {
        throw new IllegalArgumentException("object id " + object.id() + " appears twice");
      }
      into.put(object.id(), object);
    }
    for (JsonNode node : Json.requireArray(root, "frames")) {
      readFrame(s, node);
    }
    return s;
  }

  /** Absent in version 1: no marks. */
  private static void readKeyframeMarks(ProjectState s, JsonNode marks) {
    if (marks.isMissingNode()) {
      return;
    }
    readFrameList(s, marks, "added", s.addedKeyframes);
    readFrameList(s, marks, "removed", s.removedKeyframes);
    for (int frame : s.addedKeyframes) {
      if (s.removedKeyframes.contains(frame)) {
        throw new IllegalArgumentException(
            "keyframeMarks: frame " + frame + " is both added and removed");
      }
    }
  }

  private static void readFrameList(
      ProjectState s, JsonNode marks, String field, Set<Integer> into) {
    for (JsonNode node : Json.requireArray(marks, field)) {
      if (!node.canConvertToInt() || !node.isIntegralNumber()) {
        throw new IllegalArgumentException("keyframeMarks." + field + ": " + node + " is no frame");
      }
      int frame = node.intValue();
      if (frame < 0 || frame >= s.frameCount) {
        throw new IllegalArgumentException(
            "keyframeMarks." + field + ": frame " + frame + " is outside 0.." + (s.frameCount - 1));
      }
      into.add(frame);
    }
  }

  static int parseColour(String text) {
    if (!COLOUR.matcher(text).matches()) {
      throw new IllegalArgumentException("colour must look like #rrggbb, was \"" + text + "\"");
    }
    return Integer.parseInt(text.substring(1), 16);
  }

  /**
   * A journal sequence number: 0..2^53, the integers every JSON reader holds exactly. A larger one
   * is damage, and would overflow once edits resume.
   */
  static long sequence(JsonNode node, String field) {
    long value = Json.requireLong(node, field);
    if (value < 0 || value > MAX_SEQUENCE) {
      throw new IllegalArgumentException(
          "field \"" + field + "\" must be 0.." + MAX_SEQUENCE + ", was " + value);
    }
    return value;
  }

  private static int positive(JsonNode node, String field) {
    int value = Json.requireInt(node, field);
    if (value < 1) {
      throw new IllegalArgumentException("field \"" + field + "\" must be >= 1, was " + value);
    }
    return value;
  }

  private static void writeObject(ObjectNode node, TrackedObject o, boolean deleted) {
    node.put("id", o.id());
    node.put("name", o.name());
    node.put("colour", o.hex());
    node.put("deleted", deleted);
  }

  private static void writeFrame(ObjectNode node, FrameData f) {
    node.put("frame", f.frame);
    node.put("state", f.state.name());
    if (f.human != null) {
      ObjectNode human = node.putObject("human");
      human.put("file", MaskSlot.human(f.frame).relativePath());
      human.put("author", f.human.author());
      human.put("time", f.human.time().toString());
      human.put("origin", f.human.origin().name());
      f.human.machineOrigin().ifPresent(p -> human.set("acceptedFrom", Json.provenance(p)));
    }
    ArrayNode absent = node.putArray("absent");
    for (AbsentMark mark : f.absent.values()) {
      ObjectNode m = absent.addObject();
      m.put("objectId", mark.objectId());
      m.put("author", mark.author());
      m.put("time", mark.time().toString());
    }
    ArrayNode reviews = node.putArray("reviews");
    for (Review review : f.reviews) {
      ObjectNode r = reviews.addObject();
      r.put("decision", review.decision().name());
      r.put("reviewer", review.reviewer());
      r.put("time", review.time().toString());
      r.put("reason", review.reason());
    }
  }

  private static void readFrame(ProjectState s, JsonNode node) {
    int index = Json.requireInt(node, "frame");
    if (index < 0 || index >= s.frameCount) {
      throw new IllegalArgumentException("frame " + index + " is outside 0.." + (s.frameCount - 1));
    }
    FrameData f = s.frame(index);
    f.state = Json.requireEnum(node, "state", FrameState.class);
    JsonNode human = node.get("human");
    if (human != null && !human.isNull()) {
      JsonNode origin = human.get("acceptedFrom");
      f.human =
          new HumanLabel(
              Json.requireText(human, "author"),
              Json.requireTime(human, "time"),
              Json.requireEnum(human, "origin", HumanOrigin.class),
              origin == null || origin.isNull() ? null : Json.provenance(origin));
    }
    for (JsonNode m : node.path("absent")) {
      AbsentMark mark =
          new AbsentMark(
              Json.requireInt(m, "objectId"),
              Json.requireText(m, "author"),
              Json.requireTime(m, "time"));
      f.absent.put(mark.objectId(), mark);
    }
    for (JsonNode r : node.path("reviews")) {
      f.reviews.add(
          new Review(
              Json.requireEnum(r, "decision", Decision.Kind.class),
              Json.requireText(r, "reviewer"),
              Json.requireTime(r, "time"),
              Json.optionalText(r, "reason")));
    }
  }
}
