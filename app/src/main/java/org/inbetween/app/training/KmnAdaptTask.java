package org.inbetween.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.kmn.DecoderAdaptation;

/**
 * Fine-tunes the kmn decoder on a project's own human keyframes ({@link DecoderAdaptation}): {@code
 * inbetween adapt-kmn} and the editor's "Adapt kmn to this project", one task for both. The decoder
 * goes to {@value #DEFAULT_OUT} inside the project, where {@link AdaptedModel} makes the next
 * {@code kmn} or {@code kmn-warp} pseudo-labelling use it; the project's labels are not touched.
 *
 * <p>The keyframes are the frames pseudo-labelling propagates from (any human mask: drawn, accepted
 * or corrected); every object a keyframe shows is learnt, an object absent or unpainted on a
 * keyframe (no pixels, as an absent mark requires) being an empty mask there. Cancelling stops
 * between two steps and leaves the previous decoder, if any, as it was.
 */
public final class KmnAdaptTask implements Task<KmnAdaptTask.Result> {
  /** Where the adapted decoder goes, relative to the project folder (docs/formats.md). */
  public static final String DEFAULT_OUT = "models/kmn-adapted/decoder.params";

  /**
   * What the job did.
   *
   * @param steps optimiser steps taken
   * @param lastLoss the loss before the last step
   * @param keyframes the human keyframes learnt from
   * @param objects how many objects they show
   * @param decoder the decoder written
   */
  public record Result(int steps, float lastLoss, int keyframes, int objects, Path decoder) {
    /** One paragraph for the user: what was learnt, where it is, what uses it. */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "kmn decoder adapted in %d steps (last loss %.4f) on %d human keyframes of %d %s;"
              + " saved in %s. Pseudo-labelling with kmn, kmn-warp or kmn-fgplg now uses it.",
          steps,
          lastLoss,
          keyframes,
          objects,
          objects == 1 ? "object" : "objects",
          decoder);
    }
  }

  private final ProjectStore store;
  private final FrameSource source;
  private final DecoderAdaptation.Recipe recipe;

  /** Adapts on {@code store}'s project, whose frames {@code source} reads; neither is closed. */
  public KmnAdaptTask(ProjectStore store, FrameSource source, DecoderAdaptation.Recipe recipe) {
    this.store = store;
    this.source = source;
    this.recipe = recipe;
  }

  @Override
  public String title() {
    return "Adapt kmn to " + store.directory().getFileName();
  }

  /** The file the adapted decoder goes to. */
  public Path decoder() {
    return store.directory().resolve(DEFAULT_OUT).toAbsolutePath().normalize();
  }

  @Override
  public Result run(Progress progress) throws IOException {
    Project project = store.project();
    List<FrameRecord> keyframes =
        project.frames().values().stream().filter(r -> r.humanLabel().isPresent()).toList();
    List<LabelMask> masks = new ArrayList<>(keyframes.size());
    for (FrameRecord keyframe : keyframes) {
      masks.add(
          store
              .humanMask(keyframe.frame())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "keyframe " + keyframe.frame() + " lost its human mask")));
    }
    List<TrackedObject> shown = shownObjects(project, masks);
    if (keyframes.size() < DecoderAdaptation.MIN_KEYFRAMES || shown.isEmpty()) {
      throw new NothingToAdaptOnException(
          store.directory()
              + ": adapting kmn needs at least "
              + DecoderAdaptation.MIN_KEYFRAMES
              + " human keyframes showing an object; found "
              + keyframes.size()
              + " keyframes"
              + (shown.isEmpty() ? " and no object painted on them" : ""));
    }
    List<DecoderAdaptation.Keyframe> inputs = new ArrayList<>(keyframes.size());
    for (LabelMask mask : masks) {
      List<float[]> objectMasks = new ArrayList<>(shown.size());
      for (TrackedObject object : shown) {
        objectMasks.add(mask.probabilities(object.id()));
      }
      inputs.add(new DecoderAdaptation.Keyframe(source.frame(mask.frame()), objectMasks));
    }
    progress.note(
        String.format(
            Locale.ROOT,
            "Adapting the kmn decoder on %d human keyframes of %d objects, %d steps.",
            inputs.size(),
            shown.size(),
            recipe.steps()));
    progress.update(0, recipe.steps(), "reading the keyframes' features");
    Files.createDirectories(decoder().getParent());
    float[] lastLoss = {Float.NaN};
    int steps =
        DecoderAdaptation.adapt(
            inputs,
            recipe,
            decoder(),
            (step, loss) -> {
              lastLoss[0] = loss;
              progress.update(
                  step,
                  recipe.steps(),
                  String.format(Locale.ROOT, "step %d, loss %.4f", step, loss));
            },
            progress::isCancelled);
    if (steps < recipe.steps()) {
      throw new CancellationException(
          "cancelled at step " + steps + "; the project's kmn decoder is unchanged");
    }
    Result result = new Result(steps, lastLoss[0], inputs.size(), shown.size(), decoder());
    progress.update(1, 1, result.summary());
    return result;
  }

  /** The objects painted on at least one keyframe, in the project's order. */
  private static List<TrackedObject> shownObjects(Project project, List<LabelMask> masks) {
    return project.objects().stream()
        .filter(object -> masks.stream().anyMatch(mask -> mask.area(object.id()) > 0))
        .toList();
  }
}
