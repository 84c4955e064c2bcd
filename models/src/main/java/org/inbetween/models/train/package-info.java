/**
 * Training of the FGPLG refiner, with no deep-learning engine on the data side: triples of frame
 * indices ({@link org.inbetween.models.train.FgplgTriples}) become engine-neutral examples ({@link
 * org.inbetween.models.train.ExampleBuilder}, {@link org.inbetween.models.train.TrainingExample});
 * Adam steps with BCE-with-logits on soft targets ({@link org.inbetween.models.train.FgplgTrainer})
 * run in a cancellable, validated, checkpointing loop ({@link
 * org.inbetween.models.train.FgplgTraining}); checkpoints are DJL parameters plus a JSON
 * description ({@link org.inbetween.models.train.Checkpoints}), loaded for inference by {@link
 * org.inbetween.models.train.FgplgPredictor}.
 */
package org.inbetween.models.train;
