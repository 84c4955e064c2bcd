package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * DJL logs through SLF4J: with no binding SLF4J prints its "Defaulting to no-operation (NOP)
 * logger" notice on every run. The application ships the simple binding, set to warnings only.
 */
class LoggingBindingTest {
  @Test
  void slf4jHasARealBindingThatShowsWarningsOnly() {
    assertFalse(LoggerFactory.getILoggerFactory() instanceof NOPLoggerFactory);
    var logger = LoggerFactory.getLogger("ai.djl.pytorch.engine.PtEngine");
    assertFalse(logger.isInfoEnabled(), "no info chatter on the terminal");
    assertEquals(true, logger.isWarnEnabled());
  }
}
