package org.inbetween.app.ui.editor;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.inbetween.app.editing.navigation.Jump;
import org.inbetween.app.ui.commands.Command;
import org.inbetween.app.ui.objects.ObjectListViewModel;
import org.inbetween.app.ui.timeline.TimelineNavigation;
import org.inbetween.app.ui.tools.MaskEditor;
import org.inbetween.app.ui.tools.MaskTools;
import org.inbetween.app.ui.tools.ToolKind;
import org.inbetween.app.ui.viewer.FrameView;
import org.inbetween.app.ui.viewer.ViewerViewModel;
import org.inbetween.models.pseudo.GeneratorRegistry;

/**
 * The editor's own commands, declared once: file, edit, tools, objects, frame navigation and the
 * timeline jumps. Review, jobs and help declare theirs next to their panels. The keys are chosen so
 * that none clashes (the registry refuses a clash) and every frequent action has one key:
 *
 * <ul>
 *   <li>frames: arrows, Shift+arrows (±l), Home/End, K play, PageUp/PageDown keyframes
 *   <li>tools: B brush, X eraser, P/Shift+P polygon add/subtract, G fill, S/Shift+S smart select, [
 *       ] brush size, Ctrl+Z / Ctrl+Shift+Z undo/redo
 *   <li>objects: 1–9 select, H hide, O absent here
 *   <li>view: F fit, Ctrl+1 actual pixels, D a model layer as its difference with the pseudo-label
 *   <li>pseudo-labels: Ctrl+G fills every gap between keyframes (fgplg), in the jobs panel
 *   <li>review (declared by the review panel): A accept, R reject, E edit, N/Shift+N queue
 * </ul>
 */
final class EditorCommands {
  private EditorCommands() {}

  /** What the commands act on. */
  record Targets(
      Runnable openProject,
      Runnable openSource,
      Runnable openRecent,
      Runnable save,
      Runnable export,
      Runnable rename,
      Runnable close,
      MaskEditor editor,
      MaskTools tools,
      ObjectListViewModel objects,
      ViewerViewModel viewer,
      FrameView frameView,
      TimelineNavigation navigation,
      Runnable askKeyframeInterval,
      Consumer<String> generatePseudoLabels,
      Runnable propagateFromFrame,
      Runnable askFlowPreset,
      ObservableBooleanValue canGenerate,
      Consumer<Exception> report) {}

  static List<Command> all(Targets t) {
    List<Command> commands = new ArrayList<>();
    commands.add(
        cmd("file.openProject", "menu.file", key(KeyCode.O, SHORTCUT_DOWN), t.openProject()));
    commands.add(
        cmd(
            "file.openSource",
            "menu.file",
            key(KeyCode.O, SHORTCUT_DOWN, SHIFT_DOWN),
            t.openSource()));
    commands.add(
        Command.of(
            "file.openRecent", "menu.file", "command.file.openRecent", null, t.openRecent()));
    commands.add(cmd("file.save", "menu.file", key(KeyCode.S, SHORTCUT_DOWN), t.save()));
    commands.add(cmd("file.export", "menu.file", key(KeyCode.E, SHORTCUT_DOWN), t.export()));
    commands.add(cmd("file.rename", "menu.file", null, t.rename()));
    commands.add(cmd("file.close", "menu.file", key(KeyCode.W, SHORTCUT_DOWN), t.close()));
    commands.add(
        cmd("edit.undo", "menu.edit", key(KeyCode.Z, SHORTCUT_DOWN), t.editor()::undo)
            .enabledWhen(t.editor().canUndoProperty()));
    commands.add(
        cmd("edit.redo", "menu.edit", key(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN), t.editor()::redo)
            .enabledWhen(t.editor().canRedoProperty()));
    addTools(commands, t.tools());
    addObjects(commands, t.objects());
    addFrames(commands, t.viewer(), t.frameView());
    addTimeline(commands, t);
    addGenerators(commands, t);
    addPropagation(commands, t);
    return commands;
  }

  /**
   * Ctrl+G runs the default method; the Pseudo-labels menu also offers every other registered
   * method (warp, KMN...) by name, without a shortcut.
   */
  private static void addGenerators(List<Command> commands, Targets t) {
    String standard = EditorWindow.DEFAULT_GENERATOR;
    commands.add(
        Command.of(
                "labels.generate",
                "menu.labels",
                generateLabelKey(standard),
                key(KeyCode.G, SHORTCUT_DOWN),
                () -> t.generatePseudoLabels().accept(standard))
            .enabledWhen(t.canGenerate()));
    for (String method : GeneratorRegistry.standard().factories().keySet()) {
      if (!method.equals(standard)) {
        commands.add(
            Command.of(
                    generateCommandId(method),
                    "menu.labels",
                    generateLabelKey(method),
                    null,
                    () -> t.generatePseudoLabels().accept(method))
                .enabledWhen(t.canGenerate()));
      }
    }
  }

  /**
   * "Propagate from this frame": from the shown frame's human mask to the next keyframe, or to the
   * end of the video when there is none ({@link EditorWindow#PROPAGATION_METHOD}); and "Optical
   * flow…", the flow these jobs compute ({@link FlowPresetDialog}).
   */
  private static void addPropagation(List<Command> commands, Targets t) {
    commands.add(
        cmd("labels.propagate", "menu.labels", null, t.propagateFromFrame())
            .enabledWhen(t.canGenerate()));
    commands.add(cmd("labels.flow", "menu.labels", null, t.askFlowPreset()));
  }

  /** The command id of "Generate with {@code method}" (ids are letters and digits: kmnWarp). */
  static String generateCommandId(String method) {
    String letters = method.replaceAll("[^A-Za-z0-9]", "");
    return "labels.generate" + Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
  }

  /**
   * The label of Ctrl+G, which names the method the job runs: one UI string per registered method,
   * so the menu and F1 follow the default wherever it is chosen.
   */
  static String generateLabelKey(String method) {
    return "command.labels.generate." + method;
  }

  private static void addTools(List<Command> commands, MaskTools tools) {
    tool(commands, tools, "tools.brush", ToolKind.BRUSH, key(KeyCode.B));
    tool(commands, tools, "tools.eraser", ToolKind.ERASER, key(KeyCode.X));
    tool(commands, tools, "tools.polygonAdd", ToolKind.POLYGON_ADD, key(KeyCode.P));
    tool(
        commands,
        tools,
        "tools.polygonSubtract",
        ToolKind.POLYGON_SUBTRACT,
        key(KeyCode.P, SHIFT_DOWN));
    tool(commands, tools, "tools.fill", ToolKind.FILL, key(KeyCode.G));
    tool(commands, tools, "tools.smartBox", ToolKind.SMART_BOX, key(KeyCode.S));
    tool(commands, tools, "tools.smartStrokes", ToolKind.SMART_STROKES, key(KeyCode.S, SHIFT_DOWN));
    commands.add(
        cmd(
            "tools.brushSmaller",
            "menu.tools",
            key(KeyCode.OPEN_BRACKET),
            tools.editor().brush()::shrink));
    commands.add(
        cmd(
            "tools.brushLarger",
            "menu.tools",
            key(KeyCode.CLOSE_BRACKET),
            tools.editor().brush()::grow));
  }

  private static void tool(
      List<Command> commands, MaskTools tools, String id, ToolKind kind, KeyCombination keys) {
    commands.add(cmd(id, "menu.tools", keys, () -> tools.kindProperty().set(kind)));
  }

  private static void addObjects(List<Command> commands, ObjectListViewModel objects) {
    for (int n = 1; n <= ObjectListViewModel.NUMBER_KEYS; n++) {
      int number = n;
      commands.add(
          cmd(
              "objects.select" + n,
              "menu.objects",
              key(KeyCode.valueOf("DIGIT" + n)),
              () -> objects.selectNumber(number)));
    }
    commands.add(
        cmd(
            "objects.toggleHidden",
            "menu.objects",
            key(KeyCode.H),
            () -> objects.toggleHidden(objects.currentObjectIdProperty().get())));
    commands.add(
        cmd(
            "objects.toggleAbsent",
            "menu.objects",
            key(KeyCode.O),
            () -> objects.setCurrentAbsent(!objects.currentAbsentProperty().get())));
  }

  private static void addFrames(List<Command> commands, ViewerViewModel viewer, FrameView view) {
    commands.add(cmd("frames.next", "menu.frames", key(KeyCode.RIGHT), viewer::next));
    commands.add(cmd("frames.previous", "menu.frames", key(KeyCode.LEFT), viewer::previous));
    commands.add(
        cmd(
            "frames.forwardInterval",
            "menu.frames",
            key(KeyCode.RIGHT, SHIFT_DOWN),
            viewer::forwardInterval));
    commands.add(
        cmd(
            "frames.backInterval",
            "menu.frames",
            key(KeyCode.LEFT, SHIFT_DOWN),
            viewer::backInterval));
    commands.add(cmd("frames.first", "menu.frames", key(KeyCode.HOME), viewer::first));
    commands.add(cmd("frames.last", "menu.frames", key(KeyCode.END), viewer::last));
    commands.add(cmd("frames.play", "menu.frames", key(KeyCode.K), viewer::togglePlay));
    commands.add(cmd("view.fit", "menu.view", key(KeyCode.F), view::fit));
    commands.add(
        cmd("view.oneToOne", "menu.view", key(KeyCode.DIGIT1, SHORTCUT_DOWN), view::oneToOne));
    commands.add(
        cmd("view.compareModel", "menu.view", key(KeyCode.D), viewer.layers()::toggleCompare));
    commands.add(
        cmd(
            "view.sideBySide",
            "menu.view",
            key(KeyCode.D, SHIFT_DOWN),
            viewer.layers()::toggleSideBySide));
  }

  private static void addTimeline(List<Command> commands, Targets t) {
    jump(commands, t, "frames.nextKeyframe", Jump.NEXT_KEYFRAME, key(KeyCode.PAGE_DOWN));
    jump(commands, t, "frames.previousKeyframe", Jump.PREVIOUS_KEYFRAME, key(KeyCode.PAGE_UP));
    jump(commands, t, "frames.nextUnlabelledSlot", Jump.NEXT_UNLABELLED_SLOT, key(KeyCode.U));
    jump(commands, t, "frames.nextUnreviewed", Jump.NEXT_UNREVIEWED, key(KeyCode.U, SHIFT_DOWN));
    jump(commands, t, "frames.nextRejected", Jump.NEXT_REJECTED, key(KeyCode.J));
    commands.add(
        cmd(
            "frames.toggleKeyframe",
            "menu.frames",
            key(KeyCode.M),
            () -> {
              try {
                t.navigation().toggleKeyframeMark();
              } catch (Exception e) {
                t.report().accept(e);
              }
            }));
    commands.add(
        cmd(
            "frames.keyframeInterval",
            "menu.frames",
            key(KeyCode.L, SHORTCUT_DOWN),
            t.askKeyframeInterval()));
  }

  private static void jump(
      List<Command> commands, Targets t, String id, Jump jump, KeyCombination keys) {
    commands.add(cmd(id, "menu.frames", keys, () -> t.navigation().jump(jump)));
  }

  private static Command cmd(String id, String menu, KeyCombination keys, Runnable action) {
    return Command.of(id, menu, "command." + id, keys, action);
  }

  private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
    return new KeyCodeCombination(code, modifiers);
  }
}
