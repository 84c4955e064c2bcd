/**
 * Training and adapting models as {@link org.inbetween.app.task.Task}s, so that the command line
 * ({@code train fgplg}, {@code adapt}) and the editor's jobs panel ("Adapt to this project") run
 * the same work with the same progress: step, loss, held-out J and time left, cancel between two
 * steps with the checkpoint (and the best one) kept.
 */
package org.inbetween.app.training;
