package org.inbetween.models.ner;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.SigmoidBinaryCrossEntropyLoss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.nn.Resize;
import org.inbetween.models.train.Checkpoints;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;

/**
 * Trains RCRNet+NER (or the static RCRNet, {@link Builder#optFrameByFrame}) on batches of clips
 * with Adam and the {@link NerLoss}: BCE with logits on the frames that have a target, weighted,
 * summed over a clip's frames. Saves resumable checkpoints ({@link NerCheckpoint}).
 *
 * <pre>{@code
 * try (NerTrainer trainer = NerTrainer.builder().setPreset(NerPreset.MOBILE).build()) {
 *   float loss = trainer.step(List.of(clip));   // clip: clipLength() NerFrames
 *   trainer.save(folder, "DAVIS train, every 5th frame labelled");
 * }
 * }</pre>
 *
 * <p>Every step's tensors live in a sub-manager closed at the end of the step, so memory stays flat
 * over any number of steps. Adam's moments are not part of a checkpoint: a resumed run restarts
 * them.
 */
public final class NerTrainer implements AutoCloseable {
  private final NerPreset preset;
  private final boolean frameByFrame;
  private final int clipLength;
  private final float learningRate;
  private final ComputeDevice device;
  private final Model model;
  private final Trainer trainer;
  private final AbstractBlock net;
  private long steps;
  private boolean augmenting;

  private NerTrainer(
      NerPreset preset,
      boolean frameByFrame,
      float learningRate,
      ComputeDevice device,
      Path weights)
      throws IOException {
    this.preset = preset;
    this.frameByFrame = frameByFrame;
    this.clipLength = frameByFrame ? 1 : RcrNetNer.CLIP_LENGTH;
    this.learningRate = learningRate;
    this.device = device;
    model = Model.newInstance("rcrnet-ner", Devices.djl(device), "PyTorch");
    try {
      net = NerNetworks.create(preset, frameByFrame, clipLength, model.getNDManager());
      if (weights != null) {
        Checkpoints.loadParameters(weights, net, model.getNDManager());
      }
      // Loaded arrays are plain tensors; autograd must track the trainable ones again.
      net.getParameters().values().stream()
          .filter(Parameter::requiresGradient)
          .forEach(parameter -> parameter.getArray().setRequiresGradient(true));
      model.setBlock(net);
      Adam adam = Adam.builder().optLearningRateTracker(Tracker.fixed(learningRate)).build();
      // The loss is NerLoss, computed in step(); the configuration needs one all the same.
      SigmoidBinaryCrossEntropyLoss unused = new SigmoidBinaryCrossEntropyLoss("bce", 1f, false);
      trainer = model.newTrainer(new DefaultTrainingConfig(unused).optOptimizer(adam));
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /** A builder; {@code setPreset} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Continues from the checkpoint in {@code folder}: same network, weights, learning rate and step
   * count.
   */
  public static NerTrainer resume(Path folder, ComputeDevice device) throws IOException {
    NerCheckpoint info = NerCheckpoint.read(folder);
    NerTrainer trainer =
        new NerTrainer(info.network(), info.frameByFrame(), info.learningRate(), device, folder);
    trainer.steps = info.steps();
    return trainer;
  }

  /**
   * Whether {@link #step} augments each clip ({@link NerAugmentation}: flip and crop, drawn from
   * the step count, so a resumed run draws what an uninterrupted one would have); off by default.
   */
  public void setAugmenting(boolean augmenting) {
    this.augmenting = augmenting;
  }

  /**
   * One optimiser step on a batch of clips, each of {@link #clipLength()} frames; returns the loss
   * before the update.
   *
   * @throws IllegalArgumentException if a clip has another length or no frame of the batch has a
   *     target
   */
  public float step(List<List<NerFrame>> clips) {
    if (clips.isEmpty()) {
      throw new IllegalArgumentException("a step needs at least one clip");
    }
    try (NDManager scope = trainer.getManager().newSubManager()) {
      Batch batch = batch(scope, clips);
      float loss;
      try (GradientCollector collector = trainer.newGradientCollector()) {
        NDArray logits = trainer.forward(new NDList(batch.input())).head();
        NDArray value = NerLoss.of(logits, batch.targets(), batch.weights());
        collector.backward(value);
        loss = value.getFloat();
      }
      trainer.step();
      steps++;
      return loss;
    }
  }

  private record Batch(NDArray input, NDArray targets, NDArray weights) {}

  private Batch batch(NDManager scope, List<List<NerFrame>> clips) {
    int size = preset.inputSize();
    NDList inputs = new NDList();
    NDList targets = new NDList();
    float[] weights = new float[clips.size() * clipLength];
    int at = 0;
    for (List<NerFrame> clip : clips) {
      if (clip.size() != clipLength) {
        throw new IllegalArgumentException(
            "clips of " + clipLength + " frames expected, got " + clip.size());
      }
      NDList frames = new NDList();
      NDList maps = new NDList();
      for (NerFrame frame : clip) {
        frames.add(preset.input(scope, frame.image()));
        maps.add(
            frame.hasTarget()
                ? target(scope, frame.target(), size)
                : scope.zeros(new Shape(1, size, size)));
        weights[at++] = frame.hasTarget() ? frame.weight() : 0f;
      }
      inputs.add(NDArrays.stack(frames));
      targets.add(NDArrays.stack(maps));
    }
    if (augmenting) {
      Random random = new Random(steps * 0x9E3779B97F4A7C15L + 1);
      for (int clip = 0; clip < inputs.size(); clip++) {
        NDList augmented = NerAugmentation.apply(inputs.get(clip), targets.get(clip), random);
        inputs.set(clip, augmented.get(0));
        targets.set(clip, augmented.get(1));
      }
    }
    boolean anyTarget = false;
    for (float weight : weights) {
      anyTarget |= weight > 0;
    }
    if (!anyTarget) {
      throw new IllegalArgumentException("no frame of the batch has a target");
    }
    return new Batch(
        NDArrays.stack(inputs),
        NDArrays.stack(targets),
        scope.create(weights, new Shape(clips.size(), clipLength)));
  }

  /** {@code mask} resized bilinearly to (1, size, size). */
  static NDArray target(NDManager manager, SoftMask mask, int size) {
    NDArray full =
        manager.create(mask.probabilities(), new Shape(1, 1, mask.height(), mask.width()));
    return Resize.bilinear(full, size, size).squeeze(0);
  }

  /** Saves weights and a description of this run (e.g. dataset and labels) into {@code folder}. */
  public void save(Path folder, String dataDescription) throws IOException {
    Checkpoints.save(
        folder,
        net,
        new NerCheckpoint(
            NerCheckpoint.FORMAT_VERSION,
            preset.id(),
            frameByFrame,
            preset.inputSize(),
            clipLength,
            steps,
            learningRate,
            dataDescription));
  }

  /** Optimiser steps taken, including those before a resume. */
  public long steps() {
    return steps;
  }

  /** Frames per clip: 4 with the NER module, 1 for the static network. */
  public int clipLength() {
    return clipLength;
  }

  /** The network's size. */
  public NerPreset preset() {
    return preset;
  }

  /** Whether this trains the static RCRNet (no NER module). */
  public boolean frameByFrame() {
    return frameByFrame;
  }

  /** Where the network trains. */
  public ComputeDevice device() {
    return device;
  }

  @Override
  public void close() {
    try {
      trainer.close();
    } finally {
      model.close();
    }
  }

  /** Validating builder: {@code setX} required, {@code optX} optional. */
  public static final class Builder {
    private NerPreset preset;
    private boolean frameByFrame;
    private float learningRate = 1e-4f;
    private Integer seed;
    private ComputeDevice device = ComputeDevice.CPU;

    private Builder() {}

    /** The network size (required). */
    public Builder setPreset(NerPreset preset) {
      this.preset = Objects.requireNonNull(preset, "preset");
      return this;
    }

    /** Trains the static RCRNet (per-frame network, clips of 1 frame) instead; default false. */
    public Builder optFrameByFrame(boolean frameByFrame) {
      this.frameByFrame = frameByFrame;
      return this;
    }

    /** Adam's constant learning rate; default 1e-4. */
    public Builder optLearningRate(float learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    /** Seeds the engine's random generator before the weights are drawn (reproducible runs). */
    public Builder optSeed(int seed) {
      this.seed = seed;
      return this;
    }

    /** Where to train (a resolved device: cpu or gpu); default the CPU. */
    public Builder optDevice(ComputeDevice device) {
      this.device = Objects.requireNonNull(device, "device");
      return this;
    }

    /**
     * Validates and initialises a fresh network and its optimiser.
     *
     * @throws IOException when the preset's bundled trunk weights cannot be read
     */
    public NerTrainer build() throws IOException {
      if (preset == null) {
        throw new IllegalStateException("NerTrainer needs a preset (setPreset)");
      }
      if (!(learningRate > 0 && Float.isFinite(learningRate))) {
        throw new IllegalStateException("learning rate must be positive, got " + learningRate);
      }
      if (seed != null) {
        Engine.getEngine("PyTorch").setRandomSeed(seed);
      }
      return new NerTrainer(preset, frameByFrame, learningRate, device, null);
    }
  }
}
