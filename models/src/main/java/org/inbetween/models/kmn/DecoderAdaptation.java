package org.inbetween.models.kmn;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.pseudo.GeneratorSettings;

/**
 * Fine-tunes the kmn decoder on one video's own keyframes, as FGPLG is fine-tuned on the sparse
 * ground truth of the video it fills: each step reads one keyframe's object from its neighbouring
 * keyframes (one side or both, their masks as the memory values, through the same {@link
 * KernelizedRead} as labelling) and trains the decoder to turn that read into the keyframe's mask.
 * The reads are as far apart as the gaps the adapted decoder will fill, and the decoder learns what
 * this video's object looks like against this video's background, which a decoder trained on seven
 * other videos cannot know.
 *
 * <p>Starts from the bundled decoder; the trunk stays frozen. Hide-and-Seek on half of the queries
 * (random cells filled with the mean colour before the trunk sees the frame, as {@link
 * DecoderTraining} does) keeps a few keyframes from being learnt by heart. Seeded, so the same
 * keyframes give the same decoder.
 */
public final class DecoderAdaptation {
  /**
   * Chosen on DAVIS train sequences the bundled decoder never saw (dog-agility, motorbike;
   * docs/benchmarks.md "kmn adapted to the video's keyframes").
   */
  public static final int DEFAULT_STEPS = 100;

  /** See {@link #DEFAULT_STEPS}: ten times lower moved the read less in the same steps. */
  public static final float DEFAULT_LEARNING_RATE = 1e-3f;

  /** The chance that a query keyframe is partly hidden; see {@link #DEFAULT_STEPS}. */
  public static final double DEFAULT_HIDE_PROBABILITY = 0.5;

  /**
   * The fusions' full trust with an adapted decoder (the bundled decoder's is {@value
   * FusedGenerator#FULL_TRUST}): its read is better, so the flow's answer never counts for more
   * than half of a pixel, and for less where its chains are less consistent. Chosen with {@code
   * KmnAdaptationStudy} on the held-out train sequences among 0.0625 to 4 (docs/benchmarks.md, "kmn
   * adapted to the video's keyframes").
   */
  public static final float FULL_TRUST = 2f;

  /** Keyframes needed: a keyframe and a neighbour to read it from. */
  public static final int MIN_KEYFRAMES = 2;

  /**
   * One keyframe, in the video's order.
   *
   * @param image the frame
   * @param masks one mask per object, the same objects in the same order on every keyframe (an
   *     object absent here has an empty mask), probabilities at the image's size
   */
  public record Keyframe(RgbImage image, List<float[]> masks) {}

  /**
   * @param steps optimiser steps, one read each
   * @param learningRate Adam's rate
   * @param hideProbability the chance that a query keyframe is partly hidden
   * @param seed seeds the choice of reads and the hidden cells
   */
  public record Recipe(int steps, float learningRate, double hideProbability, long seed) {
    public static final Recipe DEFAULT = withSteps(DEFAULT_STEPS, 1);

    public Recipe {
      if (steps < 1) {
        throw new IllegalArgumentException("adapting takes at least one step, was " + steps);
      }
    }

    /** The default rate and hiding, with {@code steps} steps and {@code seed}. */
    public static Recipe withSteps(int steps, long seed) {
      return new Recipe(steps, DEFAULT_LEARNING_RATE, DEFAULT_HIDE_PROBABILITY, seed);
    }
  }

  /** Reports each step: its number (from 1) and the loss before it. */
  public interface StepListener {
    void stepped(int step, float loss);
  }

  private DecoderAdaptation() {}

  /** {@code base} with an adapted {@code decoder} for every kmn method, and its fusions' trust. */
  public static GeneratorSettings settingsWith(GeneratorSettings base, Path decoder) {
    return base.withOption(KmnGeneratorFactory.DECODER_OPTION, decoder.toString())
        .withOption(FusedGeneratorFactory.FULL_TRUST_OPTION, Float.toString(FULL_TRUST));
  }

  /**
   * Adapts the bundled decoder to {@code keyframes} and writes it to {@code out} (what the {@code
   * decoder} option of {@code kmn} takes). Returns the steps taken: fewer than asked when {@code
   * cancelled} said so, in which case nothing is written.
   *
   * @throws IllegalArgumentException with fewer than {@value #MIN_KEYFRAMES} keyframes or objects
   *     that differ between them
   */
  public static int adapt(
      List<Keyframe> keyframes,
      Recipe recipe,
      Path out,
      StepListener listener,
      BooleanSupplier cancelled)
      throws IOException {
    if (keyframes.size() < MIN_KEYFRAMES) {
      throw new IllegalArgumentException(
          "adapting the kmn decoder needs at least "
              + MIN_KEYFRAMES
              + " keyframes, got "
              + keyframes.size());
    }
    int objects = keyframes.get(0).masks().size();
    if (objects == 0 || keyframes.stream().anyMatch(k -> k.masks().size() != objects)) {
      throw new IllegalArgumentException(
          "every keyframe needs a mask for each of the same objects");
    }
    Random random = new Random(recipe.seed());
    try (InputStream bundled = KmnDecoderChoice.bundledWeights();
        DecoderTrainer trainer = new DecoderTrainer(recipe.learningRate(), bundled);
        TrunkKeys trunk = new TrunkKeys();
        NDManager manager = NDManager.newBaseManager()) {
      List<EncodedFrame> encoded = new ArrayList<>();
      for (Keyframe keyframe : keyframes) {
        encoded.add(trunk.encode(keyframe.image()));
      }
      for (int step = 1; step <= recipe.steps(); step++) {
        if (cancelled.getAsBoolean()) {
          return step - 1;
        }
        int query = random.nextInt(keyframes.size());
        int object = random.nextInt(objects);
        RgbImage image = keyframes.get(query).image();
        EncodedFrame seen = encoded.get(query);
        if (random.nextDouble() < recipe.hideProbability()) {
          image = DecoderTraining.hidden(image, random);
          seen = trunk.encode(image);
        }
        float[] read =
            read(manager, seen, encoded, keyframes, neighbours(query, keyframes, random), object);
        float loss = trainer.step(seen, image, read, keyframes.get(query).masks().get(object));
        listener.stepped(step, loss);
      }
      trainer.save(out);
    }
    return recipe.steps();
  }

  /** The query's neighbouring keyframes: the one before, the one after, or both. */
  private static List<Integer> neighbours(int query, List<Keyframe> keyframes, Random random) {
    boolean both = random.nextBoolean();
    boolean hasBefore = query > 0;
    boolean hasAfter = query + 1 < keyframes.size();
    List<Integer> memory = new ArrayList<>(2);
    if (hasBefore && (both || !hasAfter || random.nextBoolean())) {
      memory.add(query - 1);
    }
    if (hasAfter && (both || memory.isEmpty())) {
      memory.add(query + 1);
    }
    return memory;
  }

  /** The object's read on the query's grid from its masks on the memory keyframes. */
  private static float[] read(
      NDManager manager,
      EncodedFrame query,
      List<EncodedFrame> encoded,
      List<Keyframe> keyframes,
      List<Integer> memory,
      int object) {
    List<FrameKeys> keys = new ArrayList<>(memory.size());
    List<float[]> masks = new ArrayList<>(memory.size());
    for (int m : memory) {
      keys.add(encoded.get(m).keys());
      masks.add(keyframes.get(m).masks().get(object));
    }
    RgbImage image = keyframes.get(0).image();
    try (NDManager scope = manager.newSubManager()) {
      return KernelizedRead.readMasks(
          scope, query.keys(), keys, masks, image.width(), image.height());
    }
  }
}
