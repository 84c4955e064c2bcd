package org.inbetween.models.fgplg;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.SigmoidBinaryCrossEntropyLoss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.rcrnet.RcrNet;
import org.inbetween.models.rcrnet.RcrNetConfig;
import org.inbetween.models.train.Checkpoints;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.DeviceChoice;
import org.inbetween.models.train.Devices;
import org.inbetween.models.train.GpuFallback;

/**
 * Trains an {@link RcrNet} one example at a time with Adam and BCE-with-logits on soft targets, the
 * FGPLG recipe (batch 1, constant learning rate, paper: 1e-5), and saves resumable checkpoints.
 *
 * <pre>{@code
 * try (FgplgTrainer trainer = FgplgTrainer.builder()
 *     .setNetwork(config).setInputSize(224, 224).optLearningRate(1e-4f).build()) {
 *   for (TrainingExample example : examples) {
 *     float loss = trainer.step(example);
 *   }
 *   trainer.save(folder, "DAVIS train, l=5");
 * }
 * }</pre>
 *
 * <p>Every step's tensors live in a sub-manager closed at the end of the step, so memory stays flat
 * over any number of steps. Adam's moment estimates are not part of a checkpoint: a resumed run
 * restarts them (a brief warm-up, not a different optimum).
 */
public final class FgplgTrainer implements AutoCloseable {
  /** An input side must be a multiple of this: the network's output stride. */
  public static final int INPUT_MULTIPLE = 16;

  private final int height;
  private final int width;
  private final float learningRate;
  private Model model;
  private Trainer trainer;
  private RcrNet net;
  private DeviceChoice device;
  private long steps;

  /** Fills a freshly initialised network with its starting weights. */
  @FunctionalInterface
  private interface Weights {
    void load(RcrNet net, NDManager manager) throws IOException;
  }

  private FgplgTrainer(
      RcrNet net, int height, int width, float learningRate, Path weights, DeviceChoice device)
      throws IOException {
    this.height = height;
    this.width = width;
    this.learningRate = learningRate;
    open(
        net,
        device,
        weights == null
            ? (fresh, manager) -> {}
            : (loaded, manager) -> Checkpoints.loadParameters(weights, loaded, manager));
  }

  /** Puts {@code net} with {@code weights} and a new optimiser on {@code device}. */
  private void open(RcrNet net, DeviceChoice device, Weights weights) throws IOException {
    this.device = device;
    this.net = net;
    model = Model.newInstance("fgplg", Devices.djl(device.used()), "PyTorch");
    try {
      net.initialize(model.getNDManager(), height, width);
      weights.load(net, model.getNDManager());
      // Loaded arrays are plain tensors; autograd must track the trainable ones again.
      net.getParameters().values().stream()
          .filter(Parameter::requiresGradient)
          .forEach(parameter -> parameter.getArray().setRequiresGradient(true));
      model.setBlock(net);
      Adam adam = Adam.builder().optLearningRateTracker(Tracker.fixed(learningRate)).build();
      // fromSigmoid=false: the numerically stable logits form; DJL 0.25's other branch is wrong.
      SigmoidBinaryCrossEntropyLoss loss = new SigmoidBinaryCrossEntropyLoss("bce", 1f, false);
      trainer = model.newTrainer(new DefaultTrainingConfig(loss).optOptimizer(adam));
      GpuFallback.firstForward(
          device, net, net.config().inputChannels(), model.getNDManager(), height, width);
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /** A builder; {@code setNetwork} and {@code setInputSize} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Continues from the checkpoint in {@code folder}: same network, weights, learning rate and step
   * count.
   */
  public static FgplgTrainer resume(Path folder) throws IOException {
    return resume(folder, ComputeDevice.CPU);
  }

  /** {@link #resume(Path)} on {@code device} (on the CPU when the GPU fails: {@link #device()}). */
  public static FgplgTrainer resume(Path folder, ComputeDevice device) throws IOException {
    CheckpointInfo info = CheckpointInfo.read(folder);
    FgplgTrainer trainer =
        GpuFallback.open(
            device,
            choice ->
                new FgplgTrainer(
                    RcrNet.builder().fromConfig(info.network()).build(),
                    info.inputHeight(),
                    info.inputWidth(),
                    info.learningRate(),
                    folder,
                    choice));
    trainer.steps = info.steps();
    return trainer;
  }

  /**
   * Fine-tunes the checkpoint in {@code folder} (e.g. on a project's own keyframes): its weights,
   * with every BatchNorm frozen at the statistics learnt on the large dataset (a few examples would
   * give poor batch statistics), a new learning rate, and the step count from zero.
   *
   * <p>The network is fully convolutional, so it may be fine-tuned, and then run, on a larger
   * square input than it was trained at: the object's window loses less of its thin parts on the
   * way down, and a few hundred steps teach the weights the new scale (docs/benchmarks.md, "A
   * larger input for adapting"). The adapted checkpoint records the side it was tuned at.
   *
   * @param inputSide the square input side to fine-tune and later run at, a multiple of {@value
   *     #INPUT_MULTIPLE} (the network's output stride)
   */
  public static FgplgTrainer adapt(
      Path folder, float learningRate, int inputSide, ComputeDevice device) throws IOException {
    checkInputSide(inputSide);
    CheckpointInfo info = CheckpointInfo.read(folder);
    RcrNetConfig base = info.network();
    RcrNetConfig frozen =
        new RcrNetConfig(base.preset(), base.inputChannels(), BatchNormMode.FROZEN, base.dropout());
    return GpuFallback.open(
        device,
        choice ->
            new FgplgTrainer(
                RcrNet.builder().fromConfig(frozen).build(),
                inputSide,
                inputSide,
                learningRate,
                folder,
                choice));
  }

  /**
   * Returns {@code side} when the network can run at a square input of that side: a positive
   * multiple of {@value #INPUT_MULTIPLE}.
   *
   * @throws IllegalArgumentException saying what a valid side is
   */
  public static int checkInputSide(int side) {
    if (side < INPUT_MULTIPLE || side % INPUT_MULTIPLE != 0) {
      throw new IllegalArgumentException(
          "the input size must be a positive multiple of " + INPUT_MULTIPLE + ", was " + side);
    }
    return side;
  }

  /**
   * One optimiser step on {@code example}: the loss is on the network's output plus the example's
   * prior logits, scaled by the example's {@link TrainingExample#weight() weight} before the
   * gradient is taken (a pseudo-label target pulls less than ground truth). Returns the unweighted
   * loss before the update, so losses of differently weighted examples read on one scale.
   */
  public float step(TrainingExample example) {
    try {
      return stepOnce(example);
    } catch (EngineException e) {
      if (device.used() != ComputeDevice.GPU) {
        throw e;
      }
      continueOnCpu(GpuFallback.firstLine(e.getMessage()));
      return stepOnce(example);
    }
  }

  private float stepOnce(TrainingExample example) {
    try (NDManager stepManager = trainer.getManager().newSubManager()) {
      NDArray input = input(stepManager, example);
      NDArray target = plane(stepManager, example.target(), example);
      float loss;
      try (GradientCollector collector = trainer.newGradientCollector()) {
        NDArray logits =
            trainer
                .forward(new NDList(input))
                .head()
                .add(plane(stepManager, example.prior(), example));
        NDArray value = trainer.getLoss().evaluate(new NDList(target), new NDList(logits));
        collector.backward(example.weight() == 1f ? value : value.mul(example.weight()));
        loss = value.getFloat();
      }
      trainer.step();
      steps++;
      return loss;
    }
  }

  /**
   * Moves the training to the CPU after the GPU failed mid-run (out of memory on a larger example,
   * a lost device): the weights as they are, a new optimiser (Adam's moments restart, as on a
   * resume), the step count kept; {@link #device()} then says why. Package-private so the move can
   * be tested on a machine without a GPU.
   */
  void continueOnCpu(String reason) {
    RcrNet cpuNet = RcrNet.builder().fromConfig(net.config()).build();
    ByteArrayOutputStream weights = new ByteArrayOutputStream();
    try {
      net.saveParameters(new DataOutputStream(weights));
      trainer.close();
      model.close();
      open(
          cpuNet,
          DeviceChoice.fellBack(
              device.requested(), "it failed at step " + (steps + 1) + ": " + reason),
          (fresh, manager) -> load(fresh, manager, weights.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(
          new IOException("could not move the training to the CPU: " + e.getMessage(), e));
    }
  }

  private static void load(RcrNet net, NDManager manager, byte[] weights) throws IOException {
    try {
      net.loadParameters(manager, new DataInputStream(new ByteArrayInputStream(weights)));
    } catch (MalformedModelException e) {
      throw new IOException("the weights do not fit the network: " + e.getMessage(), e);
    }
  }

  /**
   * The soft mask (sigmoid of the network's output plus the prior, (H,W) row-major) for {@code
   * example}, in eval mode.
   */
  public float[] predict(TrainingExample example) {
    try (NDManager predictManager = trainer.getManager().newSubManager()) {
      NDArray input = input(predictManager, example);
      ParameterStore store = new ParameterStore(predictManager, false);
      NDArray logits =
          net.forward(store, new NDList(input), false)
              .head()
              .add(plane(predictManager, example.prior(), example));
      return logits.getNDArrayInternal().sigmoid().toFloatArray();
    }
  }

  /** Saves weights and a description of this run (e.g. dataset and split) into {@code folder}. */
  public void save(Path folder, String dataDescription) throws IOException {
    RcrNetConfig config = net.config();
    Checkpoints.save(
        folder,
        net,
        new CheckpointInfo(
            CheckpointInfo.FORMAT_VERSION,
            config,
            height,
            width,
            steps,
            learningRate,
            dataDescription));
  }

  /** Optimiser steps taken, including those before a resume. */
  public long steps() {
    return steps;
  }

  /** Height of the examples this trainer takes. */
  public int inputHeight() {
    return height;
  }

  /** Width of the examples this trainer takes. */
  public int inputWidth() {
    return width;
  }

  /** Where the network trains, and why. */
  public DeviceChoice device() {
    return device;
  }

  /** The network being trained (a new instance after {@link #continueOnCpu}). */
  public RcrNet network() {
    return net;
  }

  private NDArray input(NDManager manager, TrainingExample example) {
    int channels = net.config().inputChannels();
    if (example.channels() != channels) {
      throw new IllegalArgumentException(
          "example has " + example.channels() + " input channels, the network takes " + channels);
    }
    return manager.create(example.input(), new Shape(1, channels, example.h(), example.w()));
  }

  private static NDArray plane(NDManager manager, float[] values, TrainingExample example) {
    return manager.create(values, new Shape(1, 1, example.h(), example.w()));
  }

  @Override
  public void close() {
    trainer.close();
    model.close();
  }

  /** Validating builder: {@code setX} required, {@code optX} optional. */
  public static final class Builder {
    private RcrNetConfig network;
    private int height;
    private int width;
    private float learningRate = 1e-5f;
    private Integer seed;
    private ComputeDevice device = ComputeDevice.CPU;

    private Builder() {}

    /** Where to train; default the CPU (on the CPU also when the GPU fails: {@link #device()}). */
    public Builder optDevice(ComputeDevice device) {
      this.device = Objects.requireNonNull(device, "device");
      return this;
    }

    /** The network to train, e.g. from {@code RcrNet.builder()...build().config()} (required). */
    public Builder setNetwork(RcrNetConfig network) {
      this.network = Objects.requireNonNull(network, "network");
      return this;
    }

    /** Training input size (required); usually the preset's input size. */
    public Builder setInputSize(int height, int width) {
      this.height = height;
      this.width = width;
      return this;
    }

    /** Adam's constant learning rate; default 1e-5 (the paper's FGPLG fine-tuning rate). */
    public Builder optLearningRate(float learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    /** Seeds the engine's random generator before the weights are drawn (reproducible runs). */
    public Builder optSeed(int seed) {
      this.seed = seed;
      return this;
    }

    /** Validates, initialises a fresh network and its optimiser. */
    public FgplgTrainer build() {
      if (network == null) {
        throw new IllegalStateException("FgplgTrainer needs a network (setNetwork)");
      }
      if (height < 16 || width < 16) {
        throw new IllegalStateException(
            "input size must be at least 16x16, got " + width + "x" + height);
      }
      if (!(learningRate > 0 && Float.isFinite(learningRate))) {
        throw new IllegalStateException("learning rate must be positive, got " + learningRate);
      }
      try {
        // A fresh network per attempt: a GPU attempt that failed may have left arrays behind.
        return GpuFallback.open(
            device,
            choice -> {
              if (seed != null) {
                Engine.getEngine("PyTorch").setRandomSeed(seed);
              }
              // The output is a correction to the prior: starting at zero, training starts from it.
              return new FgplgTrainer(
                  RcrNet.builder().fromConfig(network).optZeroInitialLogits(true).build(),
                  height,
                  width,
                  learningRate,
                  null,
                  choice);
            });
      } catch (IOException e) {
        // Only reading a checkpoint can fail, and a fresh trainer reads none.
        throw new UncheckedIOException(e);
      }
    }
  }
}
