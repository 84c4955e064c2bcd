package org.inbetween.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inbetween.app.project.ProjectNames;
import org.inbetween.app.project.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween rename}: gives a project a new name, the one {@code info} shows and exports use
 * as the sequence name. The folder stays where it is.
 *
 * <pre>
 * inbetween rename --project work/VID_2026 "Street crossing"
 * </pre>
 */
@Command(
    name = "rename",
    mixinStandardHelpOptions = true,
    description = {
      "Rename a project: the name info shows and the sequence name of its exports (made a safe"
          + " folder name). The project folder is not moved.",
      "A name is refused when it is empty, is . or .., or holds '/', '\\' or a control"
          + " character; the project is then unchanged."
    })
final class RenameCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--project", required = true, paramLabel = "DIR", description = "The project.")
  Path project;

  @Parameters(index = "0", paramLabel = "NAME", description = "The new name.")
  String name;

  @Override
  public Integer call() throws Exception {
    ProjectNames.check(name); // refused before the project is opened
    String old;
    try (ProjectStore store = ProjectStore.open(project)) {
      old = store.project().name();
      store.rename(name);
    }
    spec.commandLine()
        .getOut()
        .printf(
            "Renamed \"%s\" to \"%s\" (exports as %s)%n", old, name, ProjectNames.folderName(name));
    return ExitCodes.OK;
  }
}
