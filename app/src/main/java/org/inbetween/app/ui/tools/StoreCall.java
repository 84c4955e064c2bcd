package org.inbetween.app.ui.tools;

import org.inbetween.app.project.store.ProjectStore;

/**
 * One change to the project, run on the editor's writer thread so that it lands in order with the
 * mask saves before and after it.
 *
 * @param <T> what the change returns (the new object, for example)
 */
@FunctionalInterface
public interface StoreCall<T> {
  T run(ProjectStore store) throws Exception;
}
