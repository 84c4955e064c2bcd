/**
 * What the training of every model family shares, with no family's network or examples in it: the
 * compute device ({@link org.inbetween.models.train.ComputeDevice}, {@link
 * org.inbetween.models.train.Devices}), the hold-out split ({@link
 * org.inbetween.models.train.HoldOut}), the run's schedule and progress reports ({@link
 * org.inbetween.models.train.TrainingPlan}, {@link org.inbetween.models.train.TrainingProgress}),
 * and checkpoint folders written atomically ({@link org.inbetween.models.train.Checkpoints}). A
 * family's trainer, examples and checkpoint description live in the family's own package (FGPLG:
 * {@link org.inbetween.models.fgplg}); this package imports none of them.
 */
package org.inbetween.models.train;
