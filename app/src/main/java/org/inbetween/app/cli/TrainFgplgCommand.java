package org.inbetween.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inbetween.app.labeling.bench.DavisSequence;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.KeyframeMasks;
import org.inbetween.models.rcrnet.RcrNet;
import org.inbetween.models.rcrnet.RcrNetPreset;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;
import org.inbetween.models.train.ExampleBuilder;
import org.inbetween.models.train.FgplgTrainer;
import org.inbetween.models.train.FgplgTraining;
import org.inbetween.models.train.FgplgTriples;
import org.inbetween.models.train.HoldOut;
import org.inbetween.models.train.TrainingExample;
import org.inbetween.models.train.TrainingPlan;
import org.inbetween.models.train.Triple;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween train fgplg}: trains the FGPLG refiner on a DAVIS-layout dataset.
 *
 * <pre>
 * inbetween train fgplg --davis ../shared/data/DAVIS --split train --interval 5,10,20 \
 *     --steps 3000 --preset compact --out models/fgplg-compact
 * </pre>
 *
 * <p>From scratch the network learns with batch statistics (there are no pretrained statistics to
 * freeze). Ctrl+C stops between two steps and saves a checkpoint first; {@code --resume DIR} goes
 * on from it.
 */
@Command(
    name = "fgplg",
    mixinStandardHelpOptions = true,
    description = {
      "Train the flow-guided pseudo-label generator on a DAVIS-layout dataset: keyframes every"
          + " l frames, targets between them, validation J on held-out triples."
    })
public final class TrainFgplgCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin DavisSequenceOptions sequences = new DavisSequenceOptions();

  /** Several intervals mix their gaps into one training set: labelling uses more than one. */
  @Option(
      names = "--interval",
      split = ",",
      paramLabel = "L",
      description = "Keyframe intervals l, comma-separated (default: ${DEFAULT-VALUE}).")
  List<Integer> intervals = List.of(5);

  /**
   * Every in-between frame by default: labelling fills every frame of a gap, at every distance from
   * its keyframes, and the train split is small; centre is the paper's one frame per gap.
   */
  @Option(
      names = "--middle",
      paramLabel = "WHICH",
      description =
          "Targets between keyframes: all, or centre (one per gap, as in the paper)"
              + " (default: ${DEFAULT-VALUE}).")
  String middle = "all";

  @Option(names = "--steps", required = true, paramLabel = "N", description = "Steps in all.")
  long steps;

  @Option(
      names = "--lr",
      paramLabel = "X",
      description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
  float learningRate = 3e-4f;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description = "Network size: compact or full (default: ${DEFAULT-VALUE}).")
  String preset = RcrNetPreset.COMPACT.id();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Checkpoint folder.")
  Path out;

  @Option(
      names = "--resume",
      paramLabel = "DIR",
      description =
          "Continue from this checkpoint: its network, learning rate and step count (--steps is"
              + " the total).")
  Path resume;

  @Option(
      names = "--device",
      paramLabel = "NAME",
      description = "cpu, gpu or auto: the GPU when there is one (default: ${DEFAULT-VALUE}).")
  String device = ComputeDevice.AUTO.toString();

  @Option(
      names = "--validate-every",
      paramLabel = "N",
      description = "Measure validation J every N steps (default: ${DEFAULT-VALUE}).")
  int validateEvery = 100;

  @Option(
      names = "--checkpoint-every",
      paramLabel = "N",
      description = "Save a checkpoint every N steps (default: ${DEFAULT-VALUE}).")
  int checkpointEvery = 250;

  @Option(
      names = "--holdout",
      paramLabel = "F",
      description = "Fraction of triples held out for validation (default: ${DEFAULT-VALUE}).")
  double holdout = 0.1;

  /**
   * Neighbouring frames of one sequence look alike, so triples held out from the training sequences
   * reward memorising them; whole sequences held out measure what the val split will.
   */
  @Option(
      names = "--holdout-sequences",
      split = ",",
      paramLabel = "NAMES",
      description =
          "Hold out these whole sequences (of the selected ones) for validation instead of a"
              + " fraction of the triples.")
  List<String> holdoutSequences = List.of();

  @Option(
      names = "--seed",
      paramLabel = "N",
      description =
          "Seeds the hold-out, the example order and reversal (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ComputeDevice resolved = Devices.resolve(ComputeDevice.parse(device));
    RcrNetPreset network = RcrNetPreset.byName(preset);
    FgplgTriples.Middle middles = parseMiddle();
    if (!(holdout >= 0 && holdout < 1)) {
      throw new IllegalArgumentException("--holdout must be in [0, 1), was " + holdout);
    }
    PrintWriter err = spec.commandLine().getErr();
    List<String> names = sequences.sequenceNames("train");
    if (!names.containsAll(holdoutSequences)) {
      throw new IllegalArgumentException(
          "--holdout-sequences " + holdoutSequences + " must be among the sequences " + names);
    }
    List<String> trainNames =
        names.stream().filter(name -> !holdoutSequences.contains(name)).toList();
    List<TrainingExample> examples = examples(trainNames, network.inputSize(), middles, err);
    List<TrainingExample> validation;
    String heldOut;
    HoldOut split;
    if (holdoutSequences.isEmpty()) {
      split = HoldOut.split(examples, holdout, 2, seed);
      validation = split.validation();
      heldOut = validation.size() + " of their triples held out";
    } else {
      split = HoldOut.split(examples, 0, 2, seed);
      validation = examples(holdoutSequences, network.inputSize(), middles, err);
      heldOut = "sequences " + holdoutSequences + " held out (" + validation.size() + " triples)";
    }
    List<TrainingExample> train = split.train();
    String data =
        String.format(
            Locale.ROOT,
            "DAVIS %s sequences %s, intervals %s, middle %s, %d training triples, %s, reversal"
                + " and mirroring p=0.5, seed %d",
            sequences.davis.toAbsolutePath(),
            trainNames,
            intervals,
            middles.name().toLowerCase(Locale.ROOT),
            train.size(),
            heldOut,
            seed);
    TrainingPlan plan = new TrainingPlan(steps, validateEvery, checkpointEvery, seed, data);
    err.printf(
        Locale.ROOT,
        "Training %s on %s: %d examples, %d held out, %d steps.%n",
        network.id(),
        resolved,
        train.size(),
        validation.size(),
        steps);
    if (!validation.isEmpty()) {
      err.printf(
          Locale.ROOT,
          "Held-out J of the warp prior alone (what the network corrects): %.4f%n",
          FgplgTraining.priorJ(validation));
    }
    err.flush();
    // Open around the report too, so Ctrl+C lets the JVM exit only after the message is printed.
    try (CancelOnExit cancel = new CancelOnExit()) {
      FgplgTraining.Result result;
      try (FgplgTrainer trainer = trainer(network, resolved)) {
        err.println("Device: " + trainer.device());
        err.flush();
        result =
            FgplgTraining.run(
                trainer,
                train,
                validation,
                plan,
                out,
                progress -> TrainingConsole.print(err, progress),
                cancel::requested);
      }
      return report(result);
    }
  }

  private int report(FgplgTraining.Result result) {
    if (result.cancelled()) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          "Cancelled at step %d; checkpoint saved in %s (continue with --resume %s).%n",
          result.steps(), out, out);
      err.flush();
      return ExitCodes.CANCELLED;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        Locale.ROOT,
        "Trained %d steps; validation J %.4f; checkpoint in %s%n",
        result.steps(),
        result.validationJ(),
        out);
    if (result.bestStep() > 0) {
      stdout.printf(
          Locale.ROOT,
          "Best validation J %.4f at step %d; that checkpoint is in %s%n",
          result.bestJ(),
          result.bestStep(),
          out.resolve(FgplgTraining.BEST));
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  private FgplgTrainer trainer(RcrNetPreset network, ComputeDevice resolved) throws IOException {
    if (resume != null) {
      FgplgTrainer resumed = FgplgTrainer.resume(resume, resolved);
      if (resumed.network().config().preset() != network) {
        resumed.close();
        throw new IllegalArgumentException(
            resume + " holds a " + resumed.network().config().preset() + " network, not " + preset);
      }
      return resumed;
    }
    return FgplgTrainer.builder()
        .setNetwork(
            RcrNet.builder()
                .setPreset(network)
                .setInputChannels(ExampleBuilder.CHANNELS)
                .optBatchNorm(BatchNormMode.BATCH)
                .build()
                .config())
        .setInputSize(network.inputSize(), network.inputSize())
        .optLearningRate(learningRate)
        .optSeed((int) seed)
        .optDevice(resolved)
        .build();
  }

  private List<TrainingExample> examples(
      List<String> names, int size, FgplgTriples.Middle middles, PrintWriter err)
      throws IOException {
    ExampleBuilder builder = new ExampleBuilder(size, size);
    List<TrainingExample> all = new ArrayList<>();
    for (String name : names) {
      DavisSequence sequence = DavisSequence.read(sequences.davis, name);
      List<Triple> triples = new ArrayList<>();
      for (int interval : intervals) {
        triples.addAll(FgplgTriples.dense(sequence.frameCount(), interval, middles));
      }
      for (int object : sequence.objectIds()) {
        all.addAll(
            builder.examples(
                index -> sequence.frames().get(index),
                index -> KeyframeMasks.of(sequence.truth().get(index), object),
                triples,
                GeneratorSettings.defaults()));
      }
      err.printf("%s: %d triples%n", name, triples.size());
      err.flush();
    }
    return all;
  }

  private FgplgTriples.Middle parseMiddle() {
    return switch (middle.toLowerCase(Locale.ROOT)) {
      case "centre", "center" -> FgplgTriples.Middle.CENTRE;
      case "all" -> FgplgTriples.Middle.ALL;
      default ->
          throw new IllegalArgumentException(
              "--middle must be centre or all, was '" + middle + "'");
    };
  }
}
