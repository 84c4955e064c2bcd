/**
 * The {@code fgplg} pseudo-label method: a trained RCRNet over flow-guided inputs, plugged into the
 * generator registry as a service.
 *
 * <p>The family's training lives here too, with no deep-learning engine on the data side: triples
 * of frame indices ({@link org.inbetween.models.fgplg.FgplgTriples}) become engine-neutral examples
 * ({@link org.inbetween.models.fgplg.ExampleBuilder}, {@link
 * org.inbetween.models.fgplg.TrainingExample}); Adam steps with BCE-with-logits on soft targets
 * ({@link org.inbetween.models.fgplg.FgplgTrainer}) run in a cancellable, validated, checkpointing
 * loop ({@link org.inbetween.models.fgplg.FgplgTraining}); checkpoints are DJL parameters plus a
 * JSON description ({@link org.inbetween.models.fgplg.CheckpointInfo}), loaded for inference by
 * {@link org.inbetween.models.fgplg.FgplgPredictor}. What every family's training shares (devices,
 * hold-out, plan, checkpoint files) is in {@link org.inbetween.models.train}.
 */
package org.inbetween.models.fgplg;
