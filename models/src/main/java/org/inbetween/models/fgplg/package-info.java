/**
 * The {@code fgplg} pseudo-label method: a trained RCRNet over flow-guided inputs, plugged into the
 * generator registry as a service.
 */
package org.inbetween.models.fgplg;
