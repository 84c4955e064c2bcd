/**
 * Training of the FGPLG refiner: engine-neutral examples in ({@link
 * org.inbetween.models.train.TrainingExample}), Adam steps with BCE-with-logits on soft targets
 * ({@link org.inbetween.models.train.FgplgTrainer}), and resumable checkpoints (DJL parameters plus
 * a JSON description, {@link org.inbetween.models.train.Checkpoints}).
 */
package org.inbetween.models.train;
