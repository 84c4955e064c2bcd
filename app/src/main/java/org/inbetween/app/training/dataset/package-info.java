/**
 * Exports of {@code inbetween export} read back as training data, with their manifests deciding
 * what each mask is worth: ground truth (a person drew or corrected it), a pseudo-label a reviewer
 * accepted, an unreviewed pseudo-label (used only on request), or nothing. Reading every exported
 * PNG as truth would train on machine output nobody checked; these rules are the one place that
 * decides otherwise, shared by every family's {@code train ... --dataset}.
 *
 * <pre>{@code
 * LabelRules rules = new LabelRules(false, LabelWeights.parse("accepted=0.5"));
 * try (ExportTrainingSet set = ExportTrainingSet.open(List.of(export), rules)) {
 *   for (TrainingSequence sequence : set.training()) {
 *     for (TrainingFrame frame : sequence.targets()) {
 *       LabelMask mask = set.mask(sequence, frame); // weight: frame.weight()
 *     }
 *   }
 * }
 * }</pre>
 */
package org.inbetween.app.training.dataset;
