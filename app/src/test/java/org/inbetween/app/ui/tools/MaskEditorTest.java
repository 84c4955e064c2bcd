package org.inbetween.app.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.inbetween.app.editing.Brush;
import org.inbetween.app.editing.ImagePoint;
import org.inbetween.app.editing.Ink;
import org.inbetween.app.editing.Rect;
import org.inbetween.app.editing.SmartSelect;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.metrics.RegionSimilarity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor façade against a real project store, without JavaFX. */
class MaskEditorTest {
  @TempDir Path dir;
  private EditorSession session;

  @AfterEach
  void close() throws Exception {
    if (session != null) {
      session.close();
    }
  }

  private static void stroke(MaskEditor editor, double y) {
    int id = editor.objectId();
    ImagePoint[] samples = {
      new ImagePoint(50, y), new ImagePoint(120, y + 5), new ImagePoint(300, y + 40)
    };
    editor.modify(m -> Brush.segment(m, samples[0], samples[0], 10, Ink.paint(id)));
    for (int i = 1; i < samples.length; i++) {
      ImagePoint from = samples[i - 1];
      ImagePoint to = samples[i];
      editor.modify(m -> Brush.segment(m, from, to, 10, Ink.paint(id)));
    }
    editor.commit();
  }

  @Test
  void aCommittedStrokeIsTheUsersHumanMaskInTheStore() throws Exception {
    session = TestSessions.demo(dir, "car");
    MaskEditor editor = TestSessions.synchronousEditor(session);
    long revision = session.revisionProperty().get();

    stroke(editor, 100);

    LabelMask stored = session.store().humanMask(0).orElseThrow();
    assertEquals(editor.working().snapshot(), stored);
    assertTrue(stored.area(1) > 0);
    assertEquals("ana", session.project().frame(0).human().author());
    assertEquals(FrameState.KEYFRAME, session.project().frame(0).state());
    assertTrue(session.revisionProperty().get() > revision, "the session heard of the edit");
    assertEquals(SaveState.SAVED, editor.saveStateProperty().get());
  }

  @Test
  void undoAndRedoSurviveFrameChangesAndReachTheDisk() throws Exception {
    session = TestSessions.demo(dir, "car");
    MaskEditor editor = TestSessions.synchronousEditor(session);
    stroke(editor, 100);
    LabelMask first = editor.committed();
    stroke(editor, 200);
    LabelMask second = editor.committed();
    session.currentFrameProperty().set(7);
    stroke(editor, 50);
    LabelMask onSeven = editor.committed();

    session.currentFrameProperty().set(0);
    assertEquals(second, editor.committed(), "frame 0 shows its last state again");
    editor.undo();
    assertEquals(first, session.store().humanMask(0).orElseThrow(), "undo is written through");
    editor.undo();
    assertEquals(Optional.empty(), session.store().humanMask(0), "no blank mask left behind");
    assertFalse(editor.canUndoProperty().get());
    editor.redo();
    assertEquals(first, session.store().humanMask(0).orElseThrow());
    assertTrue(editor.canRedoProperty().get());

    session.close();
    session = null;
    try (ProjectStore reopened = TestSessions.reopen(dir)) {
      assertEquals(Optional.of(first), reopened.humanMask(0), "reopening finds the last state");
      assertEquals(Optional.of(onSeven), reopened.humanMask(7));
    }
  }

  @Test
  void undoingTheFirstStrokeOnABlankFrameLeavesNoHumanMaskAndRedoBringsItBack() throws Exception {
    session = TestSessions.demo(dir, "car");
    MaskEditor editor = TestSessions.synchronousEditor(session);
    session.currentFrameProperty().set(3);
    stroke(editor, 100);
    LabelMask painted = editor.committed();
    session.store().checkpoint();
    Path png = dir.resolve("masks/human/00003.png");
    assertTrue(Files.exists(png));

    editor.undo();
    assertEquals(Optional.empty(), session.store().humanMask(3));
    assertEquals(FrameState.UNLABELLED, session.project().frame(3).state());
    assertTrue(editor.committed().isEmpty(), "shown blank");
    assertEquals(SaveState.SAVED, editor.saveStateProperty().get());
    session.store().checkpoint();
    assertFalse(Files.exists(png), "the checkpoint deleted the PNG");

    editor.redo();
    assertEquals(Optional.of(painted), session.store().humanMask(3));
    assertEquals(FrameState.KEYFRAME, session.project().frame(3).state());
    editor.undo();
    session.close();
    session = null;
    try (ProjectStore reopened = TestSessions.reopen(dir)) {
      assertEquals(Optional.empty(), reopened.humanMask(3));
      assertEquals(FrameState.UNLABELLED, reopened.project().frame(3).state());
    }
  }

  @Test
  void undoingTheFirstStrokeOnAPseudoLabelledFrameHandsItBackToReview() throws Exception {
    session = TestSessions.demo(dir, "car");
    LabelMask truth = new DemoVideo().groundTruth(6);
    LabelMask pseudo =
        Masks.fromBinary(6, truth.width(), truth.height(), truth.binary(truth.objectIds()[0]), 1);
    session
        .store()
        .putMachineMask(MachineLayer.pseudo(), pseudo, Provenance.of("fgplg", "", "", Map.of()));
    session.edited();
    MaskEditor editor = TestSessions.synchronousEditor(session);
    session.currentFrameProperty().set(6);
    stroke(editor, 100);
    assertEquals(FrameState.CORRECTED, session.project().frame(6).state());

    editor.undo();

    assertEquals(FrameState.PSEUDO_LABELLED, session.project().frame(6).state());
    assertEquals(Optional.empty(), session.store().humanMask(6));
  }

  @Test
  void aClearThatFailedIsRetriedLikeAMask() throws Exception {
    session = TestSessions.demo(dir, "car");
    FlakyWriter writer = new FlakyWriter();
    MaskEditor editor = new MaskEditor(session, writer, Runnable::run);
    stroke(editor, 100);
    writer.refuse = true;

    editor.undo();
    assertEquals(SaveState.ERROR, editor.saveStateProperty().get());
    session.currentFrameProperty().set(3);
    session.currentFrameProperty().set(0);
    assertTrue(editor.committed().isEmpty(), "the unsaved undo is still what the editor shows");
    assertTrue(session.store().humanMask(0).isPresent());

    writer.refuse = false;
    editor.retrySaving();

    assertEquals(SaveState.SAVED, editor.saveStateProperty().get());
    assertEquals(Optional.empty(), session.store().humanMask(0));
    assertEquals(FrameState.UNLABELLED, session.project().frame(0).state());
  }

  @Test
  void aFailedWriteKeepsTheMaskShownAndRetryingSavesIt() throws Exception {
    session = TestSessions.demo(dir, "car");
    FlakyWriter writer = new FlakyWriter();
    MaskEditor editor = new MaskEditor(session, writer, Runnable::run);
    writer.refuse = true;

    stroke(editor, 100);
    LabelMask painted = editor.committed();

    assertEquals(SaveState.ERROR, editor.saveStateProperty().get());
    assertFalse(editor.saveProblemProperty().get().isEmpty());
    session.currentFrameProperty().set(3);
    session.currentFrameProperty().set(0);
    assertEquals(painted, editor.committed(), "the unsaved mask is still what the editor shows");
    assertEquals(Optional.empty(), session.store().humanMask(0));

    writer.refuse = false;
    editor.retrySaving();

    assertEquals(SaveState.SAVED, editor.saveStateProperty().get());
    assertEquals("", editor.saveProblemProperty().get());
    assertEquals(Optional.of(painted), session.store().humanMask(0));
  }

  @Test
  void aRefusedMaskIsKeptAndUndoLeadsBackToASavableState() throws Exception {
    session = TestSessions.demo(dir, "car", "dog");
    QueueWriter writer = new QueueWriter();
    MaskEditor editor = new MaskEditor(session, writer, Runnable::run);
    session.currentObjectIdProperty().set(2);
    stroke(editor, 100);
    assertEquals(SaveState.SAVING, editor.saveStateProperty().get());
    session.store().deleteObject(2); // behind the editor's back, before its write runs

    writer.runAll();

    assertEquals(SaveState.ERROR, editor.saveStateProperty().get());
    assertTrue(
        editor.saveProblemProperty().get().contains("2"), editor.saveProblemProperty().get());
    assertTrue(editor.committed().area(2) > 0, "the painted pixels are still there");
    editor.undo();
    writer.runAll();
    assertEquals(SaveState.SAVED, editor.saveStateProperty().get());
  }

  @Test
  void markingAbsentErasesTheObjectAndUndoBringsItBack() throws Exception {
    session = TestSessions.demo(dir, "car", "dog");
    MaskEditor editor = TestSessions.synchronousEditor(session);
    stroke(editor, 100);
    LabelMask painted = editor.committed();

    editor.setAbsent(true);

    assertTrue(session.project().frame(0).isAbsent(1));
    assertEquals(0, session.store().humanMask(0).orElseThrow().area(1));
    editor.undo();
    assertEquals(Optional.of(painted), session.store().humanMask(0));
    assertFalse(session.project().frame(0).isAbsent(1), "painting the object withdraws the mark");
    editor.setAbsent(true);
    editor.setAbsent(false);
    assertFalse(session.project().frame(0).isAbsent(1));
  }

  @Test
  void aMaskChangedElsewhereIsShownAndEndsThatFramesUndo() throws Exception {
    session = TestSessions.demo(dir, "car");
    MaskEditor editor = TestSessions.synchronousEditor(session);
    stroke(editor, 100);
    LabelMask reviewer = new DemoVideo().groundTruth(0).withoutObject(2).withoutObject(3);
    LabelMask theirs =
        Masks.fromBinary(0, reviewer.width(), reviewer.height(), reviewer.binary(1), 1);

    session.store().putHumanMask(theirs, "bo");
    session.edited();

    assertEquals(theirs, editor.committed());
    assertFalse(editor.canUndoProperty().get(), "undo would mix both people's work");
  }

  @Test
  void smartSelectRefinesInTheBackgroundAndSavesTheResult() throws Exception {
    session = TestSessions.demo(dir, "car");
    MaskEditor editor = TestSessions.synchronousEditor(session);
    LabelMask truth = new DemoVideo().groundTruth(0);
    int id = truth.objectIds()[0];
    Rect box = new Rect(0, 0, truth.width(), truth.height());
    boolean[] object = truth.binary(id);
    int minX = truth.width(), minY = truth.height(), maxX = 0, maxY = 0;
    for (int i = 0; i < object.length; i++) {
      if (object[i]) {
        minX = Math.min(minX, i % truth.width());
        maxX = Math.max(maxX, i % truth.width());
        minY = Math.min(minY, i / truth.width());
        maxY = i / truth.width();
      }
    }
    Rect around = Rect.spanning(minX, minY, maxX, maxY).grownWithin(4, box.width(), box.height());

    editor.refineInBackground(
        (frame, mask, objectId) -> SmartSelect.fromRectangle(frame, mask, objectId, around));

    LabelMask stored = session.store().humanMask(0).orElseThrow();
    double j = RegionSimilarity.jaccard(stored.binary(1), object, null);
    assertTrue(j > 0.7, "J = " + j);
    assertFalse(editor.busyProperty().get());
  }

  @Test
  void withoutObjectsTheToolsDoNothing() throws Exception {
    session = TestSessions.demo(dir);
    MaskEditor editor = TestSessions.synchronousEditor(session);
    assertFalse(
        editor.modify(
            m -> Brush.segment(m, new ImagePoint(5, 5), new ImagePoint(9, 9), 3, Ink.paint(1))));
    assertNotEquals(SaveState.SAVING, editor.saveStateProperty().get());
    assertEquals(Optional.empty(), session.store().humanMask(0));
  }

  /** A writer thread that can be made unavailable, as when the disk or the project goes away. */
  private static final class FlakyWriter implements Executor {
    boolean refuse;

    @Override
    public void execute(Runnable task) {
      if (refuse) {
        throw new RejectedExecutionException("writer unavailable");
      }
      task.run();
    }
  }

  /** A writer that runs its queue only when told to, so tests can act in between. */
  private static final class QueueWriter implements Executor {
    private final Queue<Runnable> queue = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      queue.add(task);
    }

    void runAll() {
      while (!queue.isEmpty()) {
        queue.poll().run();
      }
    }
  }
}
