package org.inbetween.app.ui.jobs;

import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Worker threads for background jobs: daemons, so that a job still running never keeps the JVM
 * alive after the window has closed, and named, so that a thread dump says what they are.
 */
final class DaemonThreads {
  private DaemonThreads() {}

  static ThreadFactory named(String prefix) {
    ThreadFactory base = Executors.defaultThreadFactory();
    AtomicInteger count = new AtomicInteger();
    return work -> {
      Thread thread = base.newThread(work);
      thread.setDaemon(true);
      thread.setName(prefix + count.incrementAndGet());
      return thread;
    };
  }
}
