package org.inbetween.app.exchange.dataset;

import java.util.Objects;

/**
 * An object of a sequence as a dataset records it.
 *
 * @param id the label value in masks, 1..255
 * @param name the category/name ("object 1" when the user never named it)
 */
public record DatasetObject(int id, String name) {
  public DatasetObject {
    if (id < 1 || id > 255) {
      throw new IllegalArgumentException("object id must be 1..255, was " + id);
    }
    Objects.requireNonNull(name, "name");
  }
}
