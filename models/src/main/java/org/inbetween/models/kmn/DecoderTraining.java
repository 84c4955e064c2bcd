package org.inbetween.models.kmn;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;

/**
 * Trains the {@link KmnDecoder} on densely annotated sequences with the reads it will decode: a
 * query frame reads one object's mask from one memory frame (one-sided propagation) or from one on
 * each side (a gap), 2 to 40 frames away, through the same {@link KernelizedRead} as at labelling
 * time; the decoder learns to turn that read into the true mask.
 *
 * <p>Hide-and-Seek, as KMN pretrains on single images: on half of the examples, random cells of the
 * query frame are hidden (filled with the frame's mean colour) before the trunk sees it, so that
 * the read is partial and the decoder learns to complete an object from what is left rather than
 * copy the read. Examples are drawn at random with a fixed seed; memory frames' keys are cached.
 */
public final class DecoderTraining implements AutoCloseable {
  /** Distances to the memory frames, as the gaps and propagation lengths labelling meets. */
  private static final int[] DISTANCES = {2, 5, 10, 20, 40};

  /** Cells of the Hide-and-Seek grid, in pixels. */
  private static final int HIDDEN_CELL = 48;

  /** Reads trained on per query frame. */
  private static final int READS_PER_QUERY = 3;

  /** The chance that one Hide-and-Seek cell is hidden. */
  private static final double HIDE_PROBABILITY = 0.2;

  /**
   * One sequence annotated on every frame.
   *
   * @param name for messages
   * @param frames every frame
   * @param truth every frame's ground truth, same order
   */
  public record Sequence(String name, List<RgbImage> frames, List<LabelMask> truth) {}

  private final List<Sequence> sequences;
  private final Random random;
  private final TrunkKeys trunk;
  private final DecoderTrainer trainer;
  private final NDManager manager = NDManager.newBaseManager();
  private final Map<String, FrameKeys> keys = new HashMap<>();

  public DecoderTraining(List<Sequence> sequences, long seed, float learningRate)
      throws IOException {
    if (sequences.isEmpty()) {
      throw new IllegalArgumentException("no sequences to train the kmn decoder on");
    }
    this.sequences = List.copyOf(sequences);
    this.random = new Random(seed);
    this.trunk = new TrunkKeys();
    this.trainer = new DecoderTrainer(learningRate);
  }

  /**
   * Draws a query frame and trains on {@value #READS_PER_QUERY} reads of it (each a random object
   * and memory); returns their mean loss before the updates. The trunk on the query costs far more
   * than the decoder's step, hence several reads per query.
   */
  public float step() {
    Sequence sequence = sequences.get(random.nextInt(sequences.size()));
    int count = sequence.frames().size();
    int k = random.nextInt(count);
    int[] ids = sequence.truth().get(k).objectIds();
    if (ids.length == 0 || count < 2) {
      return step();
    }
    RgbImage query = sequence.frames().get(k);
    RgbImage seen = random.nextBoolean() ? hidden(query, random) : query;
    EncodedFrame encoded = trunk.encode(seen);
    float loss = 0;
    for (int read = 0; read < READS_PER_QUERY; read++) {
      int id = ids[random.nextInt(ids.length)];
      float[] values = read(sequence, encoded, memoryFrames(k, count), id);
      loss += trainer.step(encoded, seen, values, sequence.truth().get(k).probabilities(id));
    }
    return loss / READS_PER_QUERY;
  }

  /** Object {@code id}'s read on the query's grid from its true masks on the memory frames. */
  private float[] read(Sequence sequence, EncodedFrame query, List<Integer> memory, int id) {
    List<FrameKeys> memoryKeys = new ArrayList<>();
    List<float[]> masks = new ArrayList<>();
    for (int frame : memory) {
      memoryKeys.add(keysOf(sequence, frame));
      masks.add(sequence.truth().get(frame).probabilities(id));
    }
    RgbImage image = sequence.frames().get(memory.get(0));
    return KernelizedRead.readMasks(
        manager, query.keys(), memoryKeys, masks, image.width(), image.height());
  }

  /** One memory frame (propagation) or one on each side (a gap), at a random distance. */
  private List<Integer> memoryFrames(int k, int count) {
    int distance = DISTANCES[random.nextInt(DISTANCES.length)];
    int before = Math.max(0, k - distance);
    int after = Math.min(count - 1, k + distance);
    List<Integer> frames = new ArrayList<>();
    boolean gap = random.nextBoolean();
    if (before != k && (gap || after == k || random.nextBoolean())) {
      frames.add(before);
    }
    if (after != k && (gap || frames.isEmpty())) {
      frames.add(after);
    }
    return frames;
  }

  private FrameKeys keysOf(Sequence sequence, int frame) {
    return keys.computeIfAbsent(
        sequence.name() + "/" + frame, name -> trunk.encode(sequence.frames().get(frame)).keys());
  }

  /** {@code image} with random cells filled with its mean colour. */
  static RgbImage hidden(RgbImage image, Random random) {
    byte[] rgb = image.bytes().clone();
    long[] sums = new long[3];
    for (int p = 0; p < rgb.length; p++) {
      sums[p % 3] += rgb[p] & 0xFF;
    }
    int pixels = image.width() * image.height();
    for (int top = 0; top < image.height(); top += HIDDEN_CELL) {
      for (int left = 0; left < image.width(); left += HIDDEN_CELL) {
        if (random.nextDouble() >= HIDE_PROBABILITY) {
          continue;
        }
        for (int y = top; y < Math.min(image.height(), top + HIDDEN_CELL); y++) {
          for (int x = left; x < Math.min(image.width(), left + HIDDEN_CELL); x++) {
            int at = 3 * (y * image.width() + x);
            for (int c = 0; c < 3; c++) {
              rgb[at + c] = (byte) (sums[c] / pixels);
            }
          }
        }
      }
    }
    return RgbImage.wrap(image.width(), image.height(), rgb);
  }

  /** Writes the decoder's parameters to {@code file}. */
  public void save(Path file) throws IOException {
    trainer.save(file);
  }

  @Override
  public void close() {
    try {
      trainer.close();
    } finally {
      try {
        trunk.close();
      } finally {
        manager.close();
      }
    }
  }
}
