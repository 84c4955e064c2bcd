package org.inbetween.app.ui.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.HumanMaskConflictException;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.review.ReviewCounts;
import org.inbetween.app.review.ReviewDesk;
import org.inbetween.app.review.ReviewFilter;
import org.inbetween.app.review.ReviewItem;
import org.inbetween.app.review.ReviewQueue;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.models.image.LabelMask;

/**
 * The review panel without its controls: the queue, the current item, the counters, and the
 * decisions. Plain observable values, tested without JavaFX running; call on the JavaFX thread.
 *
 * <p>After every decision the store has it on disk (journal), the session is told ({@link
 * EditorSession#edited()}), and the next frame of the queue becomes current, so a reviewer can go
 * through a sequence with A and R alone. Failures (human work on the frame, a disk error) become a
 * message on the panel, never an exception in the user's face.
 */
public final class ReviewViewModel {
  /** The value of {@link #editingFrameProperty()} while nothing is being corrected. */
  public static final int NOT_EDITING = -1;

  private final EditorSession session;
  private final ReviewDesk desk;
  private final ReviewerNamePrompt prompt;
  private final ReviewerMemory memory;
  private final UiText text;
  private final ObservableList<ReviewItem> queue = FXCollections.observableArrayList();
  // Made once: a read-only view listens to its list weakly, so a view made per call could be
  // collected together with the listeners put on it, which would then hear nothing.
  private final ObservableList<ReviewItem> queueView =
      FXCollections.unmodifiableObservableList(queue);
  private final ReadOnlyObjectWrapper<ReviewItem> current = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ReviewCounts> counts = new ReadOnlyObjectWrapper<>();
  private final BooleanProperty includeReviewed = new SimpleBooleanProperty(false);
  private final ObjectProperty<Map<Integer, Double>> disagreement =
      new SimpleObjectProperty<>(Map.of());
  private final ReadOnlyIntegerWrapper editingFrame = new ReadOnlyIntegerWrapper(NOT_EDITING);
  private final IntegerProperty rangeFrom = new SimpleIntegerProperty(0);
  private final IntegerProperty rangeTo = new SimpleIntegerProperty(0);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);

  /** The frame the message is about while only true there ("Correcting frame 14"), else -1. */
  private int messageFrame = NOT_EDITING;

  private final BooleanBinding canDecide;
  private final BooleanBinding hasCurrent;

  public ReviewViewModel(
      EditorSession session, ReviewerNamePrompt prompt, ReviewerMemory memory, UiText text) {
    this.session = Objects.requireNonNull(session, "session");
    this.desk = new ReviewDesk(session.store());
    this.prompt = Objects.requireNonNull(prompt, "prompt");
    this.memory = Objects.requireNonNull(memory, "memory");
    this.text = Objects.requireNonNull(text, "text");
    hasCurrent = current.isNotNull();
    canDecide =
        Bindings.createBooleanBinding(
            () -> current.get() != null && isUndecided(current.get().state()), current);
    rangeTo.set(session.frameCount() - 1);
    session.revisionProperty().addListener((obs, old, now) -> refresh());
    includeReviewed.addListener((obs, old, now) -> refresh());
    disagreement.addListener((obs, old, now) -> refresh());
    session.currentFrameProperty().addListener((obs, old, now) -> follow(now.intValue()));
    refresh();
    queue.stream().findFirst().ifPresent(this::select);
  }

  /**
   * 1 − IoU of a model layer against each frame's pseudo-label, by frame; while not empty the queue
   * is ordered by it, highest first ({@link ReviewQueue#mostDisagreementFirst}), instead of by
   * confidence. Set by {@link DisagreementOrder}; an empty map goes back to confidence order.
   */
  public ObjectProperty<Map<Integer, Double>> disagreementProperty() {
    return disagreement;
  }

  /** The frames to review, worst first (see {@link ReviewQueue}). */
  public ObservableList<ReviewItem> queue() {
    return queueView;
  }

  /** The item under review; null when the queue is empty. */
  public ReadOnlyObjectProperty<ReviewItem> currentProperty() {
    return current.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ReviewCounts> countsProperty() {
    return counts.getReadOnlyProperty();
  }

  /** Who decides: the session's user name, blank until asked. */
  public ReadOnlyStringProperty reviewerNameProperty() {
    return session.userNameProperty();
  }

  /** Also list frames decided already (filter {@link ReviewFilter#ALL}). */
  public BooleanProperty includeReviewedProperty() {
    return includeReviewed;
  }

  /** The frame being corrected with the mask tools, or {@link #NOT_EDITING}. */
  public ReadOnlyIntegerProperty editingFrameProperty() {
    return editingFrame.getReadOnlyProperty();
  }

  /** First frame of the range for {@link #acceptRange()}; the timeline may set it. */
  public IntegerProperty rangeFromProperty() {
    return rangeFrom;
  }

  /** Last frame (inclusive) of the range for {@link #acceptRange()}. */
  public IntegerProperty rangeToProperty() {
    return rangeTo;
  }

  /** What the last action did, or why it failed. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty messageIsErrorProperty() {
    return messageIsError.getReadOnlyProperty();
  }

  /** True when the current item can be accepted or rejected. */
  public BooleanBinding canDecide() {
    return canDecide;
  }

  /** True when there is a current item (to edit, or to move from). */
  public BooleanBinding hasCurrent() {
    return hasCurrent;
  }

  /** Makes {@code item} current and shows its frame. */
  public void select(ReviewItem item) {
    current.set(item);
    if (item != null) {
      session.currentFrameProperty().set(item.frame());
    }
  }

  public void next() {
    step(+1);
  }

  public void previous() {
    step(-1);
  }

  /** Accepts the current pseudo-label (A): it is copied into the human layer. */
  public void accept() {
    decide((frame, reviewer) -> desk.accept(frame, reviewer), "review.accepted");
  }

  /** Rejects the current pseudo-label (R); nothing is deleted. */
  public void reject(String reason) {
    decide(
        (frame, reviewer) -> desk.reject(frame, reason == null ? "" : reason, reviewer),
        "review.rejected");
  }

  /** Starts correcting the current frame (E): the mask tools take over on that frame. */
  public void edit() {
    ReviewItem item = current.get();
    if (item != null) {
      session.currentFrameProperty().set(item.frame());
      editingFrame.set(item.frame());
      say(text.format("review.editing", item.frame()), false);
      messageFrame = item.frame();
    }
  }

  public void cancelEdit() {
    editingFrame.set(NOT_EDITING);
    say("", false);
  }

  /**
   * The mask a correction starts from: the frame's human mask if it has one (reviewed before), else
   * its pseudo-label.
   */
  public Optional<LabelMask> maskToCorrect() throws IOException {
    int frame = editingFrame.get();
    if (frame == NOT_EDITING) {
      return Optional.empty();
    }
    Optional<LabelMask> human = session.store().humanMask(frame);
    return human.isPresent() ? human : session.store().machineMask(MachineLayer.pseudo(), frame);
  }

  /**
   * Records the reviewer's corrected mask for the frame being edited: the frame becomes CORRECTED
   * and the mask human ground truth. The mask tools call this when the correction is saved.
   */
  public void saveCorrection(LabelMask corrected) {
    if (corrected.frame() != editingFrame.get()) {
      say(text.format("review.notEditing", corrected.frame()), true);
      return;
    }
    Optional<String> reviewer = reviewer();
    if (reviewer.isEmpty()) {
      return;
    }
    List<Integer> after = framesAfterCurrent();
    if (attempt(() -> desk.correct(corrected, reviewer.get()))) {
      editingFrame.set(NOT_EDITING);
      session.edited();
      advance(after);
      say(text.format("review.corrected", corrected.frame()), false);
    }
  }

  /** Accepts every unreviewed frame in [{@link #rangeFromProperty}, {@link #rangeToProperty}]. */
  public void acceptRange() {
    int from = rangeFrom.get();
    int to = rangeTo.get();
    if (from > to) {
      say(text.format("review.range.empty", from, to), true);
      return;
    }
    Optional<String> reviewer = reviewer();
    if (reviewer.isEmpty()) {
      return;
    }
    List<Integer> after = framesAfterCurrent();
    ReviewDesk.RangeAcceptance[] done = new ReviewDesk.RangeAcceptance[1];
    if (attempt(() -> done[0] = desk.acceptRange(from, to, reviewer.get()))) {
      session.edited();
      advance(after);
      say(
          text.format(
              "review.range.done", done[0].accepted().size(), from, to, done[0].skipped().size()),
          !done[0].skipped().isEmpty());
    }
  }

  private interface Decider {
    void decide(int frame, String reviewer) throws IOException;
  }

  private interface StoreAction {
    void run() throws IOException;
  }

  private void decide(Decider decider, String doneKey) {
    ReviewItem item = current.get();
    if (item == null || !isUndecided(item.state())) {
      return;
    }
    Optional<String> reviewer = reviewer();
    if (reviewer.isEmpty()) {
      return;
    }
    List<Integer> after = framesAfterCurrent();
    if (attempt(() -> decider.decide(item.frame(), reviewer.get()))) {
      session.edited();
      advance(after);
      say(text.format(doneKey, item.frame()), false);
    }
  }

  /** Runs a store change; turns a refusal or a disk error into a message. */
  private boolean attempt(StoreAction action) {
    try {
      action.run();
      return true;
    } catch (HumanMaskConflictException e) {
      say(text.format("review.conflict", e.getMessage()), true);
    } catch (IOException e) {
      say(text.format("review.saveFailed", e.getMessage()), true);
    } catch (IllegalStateException | IllegalArgumentException e) {
      say(text.format("review.refused", e.getMessage()), true);
    }
    return false;
  }

  /** The session's reviewer, asked for once if the session has none yet. */
  private Optional<String> reviewer() {
    String known = session.userNameProperty().get();
    if (known != null && !known.isBlank()) {
      return Optional.of(known.strip());
    }
    Optional<String> given =
        prompt.ask(memory.recall()).map(String::strip).filter(name -> !name.isEmpty());
    if (given.isPresent()) {
      session.userNameProperty().set(given.get());
      memory.remember(given.get());
    } else {
      say(text.format("review.nameNeeded"), true);
    }
    return given;
  }

  private void refresh() {
    ReviewFilter filter = includeReviewed.get() ? ReviewFilter.ALL : ReviewFilter.UNREVIEWED;
    List<ReviewItem> items =
        ReviewQueue.build(
            session.project(),
            frame -> session.store().machineProvenance(MachineLayer.pseudo(), frame),
            filter);
    Map<Integer, Double> byModel = disagreement.get();
    queue.setAll(
        byModel == null || byModel.isEmpty()
            ? items
            : ReviewQueue.mostDisagreementFirst(items, byModel));
    counts.set(ReviewCounts.of(session.project()));
    ReviewItem was = current.get();
    current.set(was == null ? null : itemAt(was.frame()).orElse(null));
  }

  /** Selects the first of {@code candidates} still queued, else the queue's first item. */
  private void advance(List<Integer> candidates) {
    for (int frame : candidates) {
      Optional<ReviewItem> item = itemAt(frame);
      if (item.isPresent()) {
        select(item.get());
        return;
      }
    }
    select(queue.isEmpty() ? null : queue.get(0));
  }

  private void step(int direction) {
    if (queue.isEmpty()) {
      return;
    }
    int index = current.get() == null ? -1 : queue.indexOf(current.get());
    int next = Math.floorMod(index + direction, queue.size());
    select(queue.get(index < 0 && direction < 0 ? queue.size() - 1 : next));
  }

  /**
   * When the user moves to a queued frame some other way (timeline), it becomes current; a message
   * true of one frame only goes when the user leaves it.
   */
  private void follow(int frame) {
    if (messageFrame != NOT_EDITING && messageFrame != frame) {
      say("", false);
    }
    if (current.get() == null || current.get().frame() != frame) {
      itemAt(frame).ifPresent(current::set);
    }
  }

  private List<Integer> framesAfterCurrent() {
    int index = current.get() == null ? -1 : queue.indexOf(current.get());
    List<Integer> after = new ArrayList<>();
    for (int i = index + 1; i < queue.size(); i++) {
      after.add(queue.get(i).frame());
    }
    return after;
  }

  private Optional<ReviewItem> itemAt(int frame) {
    return queue.stream().filter(item -> item.frame() == frame).findFirst();
  }

  private static boolean isUndecided(FrameState state) {
    return state == FrameState.PSEUDO_LABELLED || state == FrameState.REJECTED;
  }

  private void say(String words, boolean error) {
    messageFrame = NOT_EDITING;
    message.set(words);
    messageIsError.set(error);
  }
}
