package org.inbetween.app.cli;

/** The GUI was asked for where no window can open; its message says what to do instead. */
final class NoDisplayException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NoDisplayException(String message) {
    super(message);
  }
}
