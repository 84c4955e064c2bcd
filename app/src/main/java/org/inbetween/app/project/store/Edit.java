package org.inbetween.app.project.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.inbetween.app.project.AbsentMark;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.HumanLabel;
import org.inbetween.app.project.HumanOrigin;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.ProjectNames;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.Review;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.models.flow.FlowPreset;

/**
 * One change to a project, exactly as the journal records it. Each kind knows its JSON form (see
 * docs/formats.md, "journal.log") and how to apply itself; the store checks an edit before it is
 * journaled, so applying never fails.
 */
sealed interface Edit {
  /** The "type" field of the journal line. */
  String type();

  void writeJson(ObjectNode node);

  void applyTo(ProjectState state);

  /** The journal line's JSON text for this edit with sequence number {@code seq}. */
  default String toJsonLine(long seq) {
    ObjectNode node = Json.COMPACT.createObjectNode();
    node.put("seq", seq);
    node.put("type", type());
    writeJson(node);
    return node.toString();
  }

  /** Reads an edit from a journal line; IllegalArgumentException names what is wrong. */
  static Edit fromJson(JsonNode node) {
    String type = Json.requireText(node, "type");
    return switch (type) {
      case AddObject.TYPE -> new AddObject(objectFrom(node));
      case ReplaceObject.TYPE -> new ReplaceObject(objectFrom(node));
      case DeleteObject.TYPE -> new DeleteObject(Json.requireInt(node, "id"));
      case HumanMask.TYPE ->
          new HumanMask(
              Json.requireInt(node, "frame"),
              MaskBytes.fromJson(Json.require(node, "mask")),
              Json.requireText(node, "author"),
              Json.requireTime(node, "time"));
      case MarkAbsent.TYPE ->
          new MarkAbsent(
              Json.requireInt(node, "frame"),
              new AbsentMark(
                  Json.requireInt(node, "objectId"),
                  Json.requireText(node, "author"),
                  Json.requireTime(node, "time")));
      case ClearAbsent.TYPE ->
          new ClearAbsent(
              Json.requireInt(node, "frame"),
              Json.requireInt(node, "objectId"),
              Json.requireText(node, "author"),
              Json.requireTime(node, "time"));
      case MachineMask.TYPE ->
          new MachineMask(
              new MaskSlot(
                  new MachineLayer(Json.requireText(node, "layer")).folder(),
                  Json.requireInt(node, "frame"),
                  node.path("objectId").asInt(0)),
              MaskBytes.fromJson(Json.require(node, "mask")),
              Json.provenance(Json.require(node, "provenance")));
      case ReviewFrame.TYPE -> ReviewFrame.fromJson(node);
      case ClearHumanMask.TYPE ->
          new ClearHumanMask(
              Json.requireInt(node, "frame"),
              Json.requireText(node, "author"),
              Json.requireTime(node, "time"),
              Json.requireEnum(node, "state", FrameState.class));
      case KeyframeInterval.TYPE -> new KeyframeInterval(Json.requireInt(node, "keyframeInterval"));
      case FlowPresetChoice.TYPE -> new FlowPresetChoice(ProjectJson.flowPreset(node));
      case KeyframeMark.TYPE ->
          new KeyframeMark(
              Json.requireInt(node, "frame"),
              Json.requireBoolean(node, "slot"),
              Json.requireText(node, "author"),
              Json.requireTime(node, "time"));
      case Rename.TYPE -> new Rename(ProjectNames.check(Json.requireText(node, "name")));
      default -> throw new IllegalArgumentException("unknown edit type \"" + type + "\"");
    };
  }

  private static TrackedObject objectFrom(JsonNode node) {
    return new TrackedObject(
        Json.requireInt(node, "id"),
        Json.requireText(node, "name"),
        ProjectJson.parseColour(Json.requireText(node, "colour")));
  }

  private static void writeObject(ObjectNode node, TrackedObject object) {
    node.put("id", object.id());
    node.put("name", object.name());
    node.put("colour", object.hex());
  }

  record AddObject(TrackedObject object) implements Edit {
    static final String TYPE = "addObject";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void writeJson(ObjectNode node) {
      writeObject(node, object);
    }

    @Override
    public void applyTo(ProjectState state) {
      state.applyAddObject(object);
    }
  }

  /** A rename or a new colour: the object's new name and colour. */
  record ReplaceObject(TrackedObject object) implements Edit {
    static final String TYPE = "updateObject";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void writeJson(ObjectNode node) {
      writeObject(node, object);
    }

    @Override
    public void applyTo(ProjectState state) {
      state.applyReplaceObject(object);
    }
  }

  record DeleteObject(int id) implements Edit {
    static final String TYPE = "deleteObject";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void writeJson(ObjectNode node) {
      node.put("id", id);
    }

    @Override
    public void applyTo(ProjectState state) {
      state.applyDeleteObject(id);
    }
  }

  record HumanMask(int frame, MaskBytes mask, String author, Instant time) implements Edit {
    static final String TYPE = "humanMask";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void writeJson(ObjectNode node) {
      node.put("frame", frame);
      node.put("author", author);
      node.put("time", time.toString());
      mask.writeJson(node.putObject("mask"));
    }

    @Override
    public void applyTo(ProjectState state) {
      state.applyHumanMask(frame, mask, new HumanLabel(author, time, HumanOrigin.DRAWN, null));
    }
  }

  /**
   * A person's drawn mask taken off a frame (undo of the frame's first edit); {@code after} is the
   * state the frame returns to, decided when the edit was made.
   */
  record ClearHumanMask(int frame, String author, Instant time, FrameState after) implements Edit {
    static final String TYPE = "clearHumanMask";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void writeJson(ObjectNode node) {
      node.put("frame", frame);
      node.put("author", author);
      node.put("time", time.toString());
      node.put("state", after.name());
    }

    @Override
    public void applyTo(ProjectState state) {
      state.applyClearHumanMask(frame, after);
    }
  }

  record MarkAbsent(int frame, AbsentMark mark) implements Edit {
    static final String TYPE = "markAbsent";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void writeJson(ObjectNode node) {
      node.put("frame", frame);
      node.put("objectId", mark.objectId());
      node.put("author", mark.author());
      node.put("time", mark.time().toString());
    }

    @Override
    public void applyTo(ProjectState state) {
      state.applyMarkAbsent(frame, mark);
    }
  }

  record ClearAbsent(int frame, int objectId, String author, Instant time) implements Edit {
    static final String TYPE = "clearAbsent";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void writeJson(ObjectNode node) {
      node.put("frame", frame);
      node.put("objectId", objectId);
      node.put("author", author);
      node.put("time", time.toString());
    }

    @Override
    public void applyTo(ProjectState state) {
      state.applyClearAbsent(frame, objectId);
    }
  }

  record MachineMask(MaskSlot slot, MaskBytes mask, Provenance provenance) implements Edit {
    static final String TYPE = "machineMask";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void writeJson(ObjectNode node) {
      node.put("layer", slot.folder());
      node.put("frame", slot.frame());
      if (slot.isSoft()) {
        node.put("objectId", slot.softObjectId());
      }
      node.set("provenance", Json.provenance(provenance));
      mask.writeJson(node.putObject("mask"));
    }

    @Override
    public void applyTo(ProjectState state) {
      state.applyMachineMask(slot, mask, provenance);
    }
  }

  /**
   * A review decision. Accept and correct carry the mask that enters the human layer (for accept: a
   * copy of the pseudo-label at that moment, so that replay never depends on a later pseudo file).
   */
  record ReviewFrame(int frame, Review review, MaskBytes mask, Provenance acceptedFrom)
      implements Edit {
    static final String TYPE = "review";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void writeJson(ObjectNode node) {
      node.put("frame", frame);
      node.put("decision", review.decision().name());
      node.put("reviewer", review.reviewer());
      node.put("time", review.time().toString());
      node.put("reason", review.reason());
      if (mask != null) {
        mask.writeJson(node.putObject("mask"));
      }
      if (acceptedFrom != null) {
        node.set("acceptedFrom", Json.provenance(acceptedFrom));
      }
    }

    static ReviewFrame fromJson(JsonNode node) {
      Review review =
          new Review(
              Json.requireEnum(node, "decision", Decision.Kind.class),
              Json.requireText(node, "reviewer"),
              Json.requireTime(node, "time"),
              Json.optionalText(node, "reason"));
      MaskBytes mask =
          review.decision() == Decision.Kind.REJECT || review.decision() == Decision.Kind.REOPEN
              ? null
              : MaskBytes.fromJson(Json.require(node, "mask"));
      Provenance origin =
          review.decision() == Decision.Kind.ACCEPT
              ? Json.provenance(Json.require(node, "acceptedFrom"))
              : null;
      return new ReviewFrame(Json.requireInt(node, "frame"), review, mask, origin);
    }

    @Override
    public void applyTo(ProjectState state) {
      HumanLabel label =
          switch (review.decision()) {
            case ACCEPT ->
                new HumanLabel(
                    review.reviewer(), review.time(), HumanOrigin.ACCEPTED, acceptedFrom);
            case CORRECT ->
                new HumanLabel(review.reviewer(), review.time(), HumanOrigin.CORRECTED, null);
            case REJECT, REOPEN -> null;
          };
      state.applyReview(frame, review, mask, label);
    }
  }

  record KeyframeInterval(int interval) implements Edit {
    static final String TYPE = "keyframeInterval";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void writeJson(ObjectNode node) {
      node.put("keyframeInterval", interval);
    }

    @Override
    public void applyTo(ProjectState state) {
      state.applyKeyframeInterval(interval);
    }
  }

  /**
   * The optical flow the project's jobs compute from now on ({@link
   * org.inbetween.app.project.Project#flowPreset()}).
   */
  record FlowPresetChoice(FlowPreset preset) implements Edit {
    static final String TYPE = ProjectJson.FLOW_PRESET;

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void writeJson(ObjectNode node) {
      node.put(ProjectJson.FLOW_PRESET, preset.label());
    }

    @Override
    public void applyTo(ProjectState state) {
      state.applyFlowPreset(preset);
    }
  }

  /** A person made {@code frame} a keyframe slot ({@code slot}) or took it out of the slots. */
  record KeyframeMark(int frame, boolean slot, String author, Instant time) implements Edit {
    static final String TYPE = "keyframeMark";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void writeJson(ObjectNode node) {
      node.put("frame", frame);
      node.put("slot", slot);
      node.put("author", author);
      node.put("time", time.toString());
    }

    @Override
    public void applyTo(ProjectState state) {
      state.applyKeyframeMark(frame, slot);
    }
  }

  /** The project's new name ({@link ProjectNames}). */
  record Rename(String name) implements Edit {
    static final String TYPE = "rename";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public void writeJson(ObjectNode node) {
      node.put("name", name);
    }

    @Override
    public void applyTo(ProjectState state) {
      state.applyRename(name);
    }
  }
}
