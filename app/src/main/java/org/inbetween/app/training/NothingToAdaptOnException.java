package org.inbetween.app.training;

/**
 * A project whose human keyframes give adapting nothing to learn from: fewer than {@value
 * AdaptTask#MIN_KEYFRAMES} keyframes of any object, or no triple of them with a training example.
 * Bad input like any other to the user; a benchmark fills with the model as it is instead.
 */
public final class NothingToAdaptOnException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  NothingToAdaptOnException(String message) {
    super(message);
  }
}
