package org.inbetween.models.kmn;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.SigmoidBinaryCrossEntropyLoss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.inbetween.models.image.RgbImage;

/**
 * Trains the {@link KmnDecoder} one read at a time with Adam and BCE-with-logits against the
 * object's mask averaged over the 1/4 map's cells (a soft target where an edge crosses a cell). The
 * trunk stays frozen: only the decoder learns. Every step's tensors live in a sub-manager closed at
 * the end of the step, so memory stays flat.
 */
public final class DecoderTrainer implements AutoCloseable {
  private final Model model;
  private final Trainer trainer;
  private final KmnDecoder decoder = new KmnDecoder();

  /** A decoder trained from its initialisation (the last layer zero: it returns the read). */
  public DecoderTrainer(float learningRate) throws IOException {
    this(learningRate, null);
  }

  /**
   * A decoder that starts from trained parameters ({@link MaskDecoder}'s format), or from its
   * initialisation when {@code start} is null: adapting the bundled decoder to one video starts
   * from what it learnt on the train split.
   */
  public DecoderTrainer(float learningRate, InputStream start) throws IOException {
    model = Model.newInstance("kmn-decoder", ai.djl.Device.cpu(), "PyTorch");
    try {
      model.setBlock(decoder);
      Adam adam = Adam.builder().optLearningRateTracker(Tracker.fixed(learningRate)).build();
      // fromSigmoid=false: the numerically stable logits form.
      SigmoidBinaryCrossEntropyLoss loss = new SigmoidBinaryCrossEntropyLoss("bce", 1f, false);
      trainer = model.newTrainer(new DefaultTrainingConfig(loss).optOptimizer(adam));
      trainer.initialize(KmnDecoder.sampleInputShapes());
      if (start != null) {
        startFrom(start);
      }
      decoder.getParameters().values().stream()
          .filter(Parameter::requiresGradient)
          .forEach(parameter -> parameter.getArray().setRequiresGradient(true));
    } catch (MalformedModelException e) {
      model.close();
      throw new IOException("the kmn decoder's weights do not load: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /**
   * Copies trained parameters into the trainer's own arrays: loading them into the block would
   * replace the arrays the trainer has already taken hold of, and it would go on training the
   * initialisation.
   */
  private void startFrom(InputStream start) throws IOException, MalformedModelException {
    try (NDManager scratch = NDManager.newBaseManager()) {
      KmnDecoder trained = new KmnDecoder();
      trained.initialize(scratch, DataType.FLOAT32, KmnDecoder.sampleInputShapes());
      trained.loadParameters(scratch, new DataInputStream(start));
      ParameterList own = decoder.getParameters();
      for (Pair<String, Parameter> parameter : trained.getParameters()) {
        own.get(parameter.getKey()).getArray().set(parameter.getValue().getArray().toFloatArray());
      }
    }
  }

  /**
   * One optimiser step: the object's {@code read} on {@code frame}'s grid decoded and compared with
   * {@code target}, its true mask ({@code image}'s size, 0 or 1). Returns the loss before the
   * update.
   */
  public float step(EncodedFrame frame, RgbImage image, float[] read, float[] target) {
    try (NDManager scope = trainer.getManager().newSubManager()) {
      NDList inputs = DecoderInputs.of(scope, frame, image, read);
      float[] cells =
          GridPooling.average(
              target, image.width(), image.height(), frame.quarterWidth(), frame.quarterHeight());
      NDArray truth =
          scope.create(cells, new Shape(1, 1, frame.quarterHeight(), frame.quarterWidth()));
      float loss;
      try (GradientCollector collector = trainer.newGradientCollector()) {
        NDArray logit = trainer.forward(inputs).head();
        NDArray value = trainer.getLoss().evaluate(new NDList(truth), new NDList(logit));
        collector.backward(value);
        loss = value.getFloat();
      }
      trainer.step();
      return loss;
    }
  }

  /**
   * Writes the decoder's parameters to {@code file} (DJL's format, what {@link MaskDecoder} reads),
   * through a temporary file renamed into place.
   */
  public void save(Path file) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      DataOutputStream data = new DataOutputStream(out);
      decoder.saveParameters(data);
      data.flush();
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    try {
      trainer.close();
    } finally {
      model.close();
    }
  }
}
