package org.inbetween.app.project.store.crash;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;

/**
 * The edits of the crash test, each a pure function of its number k (and of the objects and frame
 * states that earlier edits left), so that the writer process and the checking process agree on
 * what every acknowledged edit must have left behind.
 *
 * <p>Kinds by k: every 50th adds an object; otherwise k mod 5 = 1 paints a human mask on a frame ≡
 * 0 (mod 4), 2 marks an object absent on a frame ≡ 1, 3 writes a pseudo-label on a fresh frame ≡ 2,
 * 4 reviews that pseudo-label (accept, reject or correct); k mod 10 = 5 clears the human mask edit
 * k-4 painted (skipped if there is none), k mod 10 = 0 marks or unmarks a keyframe slot on a frame
 * ≡ 3. The frame classes never mix, so the expected outcome of each edit is simple to state.
 */
final class CrashSchedule {
  static final int WIDTH = 24;
  static final int HEIGHT = 16;
  static final int FRAMES = 20_000;
  static final int MAX_OBJECTS = 250;
  static final String AUTHOR = "crash-writer";
  private static final int INTERVAL = 5;
  private static final MachineLayer PSEUDO = MachineLayer.pseudo();

  private CrashSchedule() {}

  static NewProject spec() {
    return NewProject.of(SourceKind.DEMO, null, FRAMES, 25, WIDTH, HEIGHT);
  }

  /** Everything the checks compare: what a project holds, as plain values. */
  record Observed(
      List<String> objects,
      Map<Integer, FrameState> states,
      Map<Integer, LabelMask> human,
      Map<Integer, TreeSet<Integer>> absent,
      Map<Integer, LabelMask> pseudo,
      Map<Integer, Provenance> pseudoProvenance,
      Map<Integer, List<String>> reviews,
      TreeSet<Integer> addedKeyframes,
      TreeSet<Integer> removedKeyframes) {
    static Observed empty() {
      return new Observed(
          new ArrayList<>(),
          new TreeMap<>(),
          new TreeMap<>(),
          new TreeMap<>(),
          new TreeMap<>(),
          new TreeMap<>(),
          new TreeMap<>(),
          new TreeSet<>(),
          new TreeSet<>());
    }

    Observed copy() {
      Map<Integer, TreeSet<Integer>> absentCopy = new TreeMap<>();
      absent.forEach((f, ids) -> absentCopy.put(f, new TreeSet<>(ids)));
      Map<Integer, List<String>> reviewCopy = new TreeMap<>();
      reviews.forEach((f, list) -> reviewCopy.put(f, new ArrayList<>(list)));
      return new Observed(
          new ArrayList<>(objects),
          new TreeMap<>(states),
          new TreeMap<>(human),
          absentCopy,
          new TreeMap<>(pseudo),
          new TreeMap<>(pseudoProvenance),
          reviewCopy,
          new TreeSet<>(addedKeyframes),
          new TreeSet<>(removedKeyframes));
    }

    /** Reads what {@code store} holds. */
    static Observed of(ProjectStore store) throws IOException {
      Observed o = empty();
      store.project().objects().forEach(obj -> o.objects.add(obj.name()));
      o.addedKeyframes.addAll(store.project().addedKeyframes());
      o.removedKeyframes.addAll(store.project().removedKeyframes());
      for (FrameRecord record : store.project().frames().values()) {
        int f = record.frame();
        o.states.put(f, record.state());
        store.humanMask(f).ifPresent(m -> o.human.put(f, m));
        if (!record.absent().isEmpty()) {
          o.absent.put(f, new TreeSet<>(record.absent().keySet()));
        }
        store.machineMask(PSEUDO, f).ifPresent(m -> o.pseudo.put(f, m));
        store.machineProvenance(PSEUDO, f).ifPresent(p -> o.pseudoProvenance.put(f, p));
        if (!record.reviews().isEmpty()) {
          o.reviews.put(
              f, record.reviews().stream().map(r -> r.decision() + ":" + r.reason()).toList());
        }
      }
      return o;
    }
  }

  /** Performs edit k on the store; false if the schedule says to skip it in this state. */
  static boolean perform(ProjectStore store, long k) throws IOException {
    int objects = store.project().objects().size();
    switch (kind(k)) {
      case ADD -> {
        if (objects >= MAX_OBJECTS) {
          return false;
        }
        store.addObject("obj-" + k);
      }
      case HUMAN -> store.putHumanMask(mask(k, humanFrame(k), objects), AUTHOR);
      case CLEAR -> {
        int f = humanFrame(k - 4);
        if (store.project().frame(f).humanLabel().isEmpty()) {
          return false;
        }
        store.clearHumanMask(f, AUTHOR);
      }
      case MARK -> store.markKeyframeSlot(markFrame(k), markAsSlot(k), AUTHOR);
      case ABSENT -> store.markAbsent(absentFrame(k), objectId(k, objects), AUTHOR);
      case PSEUDO -> store.putMachineMask(PSEUDO, mask(k, pseudoFrame(k), objects), provenance(k));
      case REVIEW -> {
        int g = pseudoFrame(k);
        if (store.project().frame(g).state() != FrameState.PSEUDO_LABELLED) {
          return false;
        }
        store.review(g, decision(k, g, objects), AUTHOR);
      }
    }
    return true;
  }

  /** What edit k leaves behind, applied to the expected contents. */
  static void apply(Observed o, long k) {
    int objects = o.objects().size();
    switch (kind(k)) {
      case ADD -> {
        if (objects < MAX_OBJECTS) {
          o.objects().add("obj-" + k);
        }
      }
      case HUMAN -> {
        o.human().put(humanFrame(k), mask(k, humanFrame(k), objects));
        o.states().put(humanFrame(k), FrameState.KEYFRAME);
      }
      case CLEAR -> {
        if (o.human().remove(humanFrame(k - 4)) != null) {
          o.states().remove(humanFrame(k - 4)); // nothing else on these frames: untouched again
        }
      }
      case MARK -> applyMark(o, markFrame(k), markAsSlot(k));
      case ABSENT -> {
        o.absent().computeIfAbsent(absentFrame(k), f -> new TreeSet<>()).add(objectId(k, objects));
        o.states().put(absentFrame(k), FrameState.KEYFRAME);
      }
      case PSEUDO -> {
        int g = pseudoFrame(k);
        o.pseudo().put(g, mask(k, g, objects));
        o.pseudoProvenance().put(g, provenance(k));
        o.states().put(g, FrameState.PSEUDO_LABELLED);
      }
      case REVIEW -> applyReview(o, k, objects);
    }
  }

  private static void applyReview(Observed o, long k, int objects) {
    int g = pseudoFrame(k);
    if (o.states().get(g) != FrameState.PSEUDO_LABELLED) {
      return;
    }
    Decision d = decision(k, g, objects);
    if (d instanceof Decision.Accept) {
      o.human().put(g, o.pseudo().get(g));
    } else if (d instanceof Decision.Correct c) {
      o.human().put(g, c.mask());
    }
    String reason = d instanceof Decision.Reject r ? r.reason() : "";
    o.reviews().computeIfAbsent(g, f -> new ArrayList<>()).add(d.kind() + ":" + reason);
    o.states()
        .put(
            g,
            switch (d.kind()) {
              case ACCEPT -> FrameState.ACCEPTED;
              case REJECT -> FrameState.REJECTED;
              case CORRECT -> FrameState.CORRECTED;
              case REOPEN -> throw new IllegalStateException("the schedule reviews pseudo-labels");
            });
  }

  /** The store's rule, restated: only marks that differ from the l-grid are kept. */
  private static void applyMark(Observed o, int frame, boolean slot) {
    boolean onGrid = frame % INTERVAL == 0;
    o.addedKeyframes().remove(frame);
    o.removedKeyframes().remove(frame);
    if (slot && !onGrid) {
      o.addedKeyframes().add(frame);
    } else if (!slot && onGrid) {
      o.removedKeyframes().add(frame);
    }
  }

  private enum Kind {
    ADD,
    HUMAN,
    CLEAR,
    MARK,
    ABSENT,
    PSEUDO,
    REVIEW
  }

  private static Kind kind(long k) {
    if (k % 50 == 0) {
      return Kind.ADD;
    }
    if (k % 10 == 0) {
      return Kind.MARK;
    }
    return switch ((int) (k % 5)) {
      case 0 -> Kind.CLEAR;
      case 1 -> Kind.HUMAN;
      case 2 -> Kind.ABSENT;
      case 3 -> Kind.PSEUDO;
      default -> Kind.REVIEW;
    };
  }

  private static int humanFrame(long k) {
    return 4 * (int) (k % 997);
  }

  /** Frames ≡ 3 (mod 4); with l = 5 some are grid slots (15, 35, ...), most are not. */
  private static int markFrame(long k) {
    return 4 * (int) ((k / 10) % 1000) + 3;
  }

  /** Two marks for every unmark. */
  private static boolean markAsSlot(long k) {
    return (k / 10) % 3 != 1;
  }

  private static int absentFrame(long k) {
    return 4 * (int) (k % 991) + 1;
  }

  /** Edits 5m+3 and 5m+4 share the fresh frame of m. */
  private static int pseudoFrame(long k) {
    return 4 * (int) ((k / 5) % (FRAMES / 4)) + 2;
  }

  private static int objectId(long k, int objects) {
    return 1 + (int) (k % objects);
  }

  private static Decision decision(long k, int frame, int objects) {
    return switch ((int) ((k / 5) % 3)) {
      case 0 -> Decision.accept();
      case 1 -> Decision.reject("r" + k);
      default -> Decision.correct(mask(k * 31, frame, objects));
    };
  }

  /** Two rectangles of two objects, placed and sized by k. */
  static LabelMask mask(long k, int frame, int objects) {
    int x = (int) (k % (WIDTH - 6));
    int y = (int) ((k / 7) % (HEIGHT - 5));
    LabelMask first = rect(frame, objectId(k, objects), x, y, 2 + (int) (k % 5), 2 + (int) (k % 4));
    int second = objectId(k / 3 + 1, objects);
    return first.withPainted(
        rect(frame, 1, (x + 9) % WIDTH, (y + 4) % HEIGHT, 3, 3).binary(1), second);
  }

  private static LabelMask rect(int frame, int id, int x, int y, int w, int h) {
    boolean[] region = new boolean[WIDTH * HEIGHT];
    for (int row = y; row < Math.min(HEIGHT, y + h); row++) {
      for (int col = x; col < Math.min(WIDTH, x + w); col++) {
        region[row * WIDTH + col] = true;
      }
    }
    return Masks.fromBinary(frame, WIDTH, HEIGHT, region, id);
  }

  private static Provenance provenance(long k) {
    return new Provenance(
        "fgplg",
        "fgplg.pt",
        "v" + (k % 3),
        Map.of("k", Long.toString(k)),
        Instant.ofEpochSecond(k));
  }
}
