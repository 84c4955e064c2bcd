/**
 * Pretrained trunks and their weight readers, shared by every model family.
 *
 * <p>{@link org.inbetween.models.backbone.MobileNetV2} is MobileNetV2 built from DJL blocks and
 * filled from a TensorFlow.js layers model ({@link org.inbetween.models.backbone.TfjsLayersModel}
 * reads {@code model.json} and its uint8-quantised shards without TensorFlow). The bundled weights
 * are the ImageNet trunk of {@code nsfwjs@4.4.0}; how the port was checked against TensorFlow.js
 * and against a random network is in {@code docs/models/mobilenetv2-port.md}.
 */
package org.inbetween.models.backbone;
