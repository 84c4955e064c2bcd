package org.inbetween.models.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Examples shuffled and split into those trained on and those held out to measure validation J. Any
 * model family's examples: the split knows nothing of what they hold.
 *
 * @param <E> the family's training example
 * @param train the examples to train on, in a seeded random order
 * @param validation the examples held out, possibly none
 */
public record HoldOut<E>(List<E> train, List<E> validation) {
  public HoldOut {
    train = List.copyOf(train);
    validation = List.copyOf(validation);
  }

  /**
   * Shuffles {@code examples} with {@code seed} and holds out {@code fraction} of them, at least
   * one so that validation J is always reported when any is asked for; none when {@code fraction}
   * is 0 or there are fewer than {@code minimum} examples (every one is then needed to train).
   */
  public static <E> HoldOut<E> split(List<E> examples, double fraction, int minimum, long seed) {
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException("hold-out fraction must be in [0, 1), was " + fraction);
    }
    List<E> shuffled = new ArrayList<>(examples);
    Collections.shuffle(shuffled, new Random(seed));
    int held =
        fraction > 0 && shuffled.size() >= Math.max(2, minimum)
            ? Math.max(1, (int) Math.round(fraction * shuffled.size()))
            : 0;
    return new HoldOut<>(shuffled.subList(held, shuffled.size()), shuffled.subList(0, held));
  }
}
