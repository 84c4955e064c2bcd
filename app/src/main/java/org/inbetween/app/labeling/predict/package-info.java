/**
 * Running a pretrained model over every frame of a project into its own layer, {@code
 * model/<name>}: the {@link org.inbetween.app.labeling.predict.PredictJob} that the CLI's {@code
 * predict} and the editor's Models menu both run, and the small registry of models it knows ({@link
 * org.inbetween.app.labeling.predict.PredictionModels}).
 */
package org.inbetween.app.labeling.predict;
