package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The help texts say what the program does: every pseudo-label method of the registry with its
 * description and the one default, and no option a command does not have.
 */
class MethodHelpTest {
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]*");

  private static CommandSpec spec(String... path) {
    CommandLine cli =
        InbetweenCli.create(
            new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
    for (String name : path) {
      cli = cli.getSubcommands().get(name);
    }
    return cli.getCommandSpec();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pseudo-label", "bench pseudo-labels"})
  void helpListsEveryRegisteredMethodWithItsDescriptionAndTheDefault(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    String help = run.out().replaceAll("\\s+", " ");
    GeneratorRegistry registry = GeneratorRegistry.standard();
    assertTrue(registry.factories().size() >= 5, "copy, warp, fgplg, kmn, kmn-warp at least");
    for (GeneratorFactory factory : registry.factories().values()) {
      assertTrue(
          help.contains(factory.name() + " " + factory.description()),
          factory.name() + " and its description in:\n" + run.out());
    }
    String defaultMethod = registry.defaultMethod();
    assertTrue(
        help.contains(
            defaultMethod
                + " "
                + registry.get(defaultMethod).description().replaceAll("\\s+", " ")
                + " (default)"),
        run.out());
  }

  @Test
  void pseudoLabelHelpStatesTheDefaultMethod() {
    String help = CliRun.of("pseudo-label", "--help").out().replaceAll("\\s+", " ");
    assertTrue(
        help.contains("(default: " + GeneratorRegistry.standard().defaultMethod() + ";"), help);
  }

  @Test
  void theDefaultMethodIsTheRegistrysAndFgplgWithItsBundledModel() {
    GeneratorRegistry registry = GeneratorRegistry.standard();
    assertEquals("fgplg", registry.defaultMethod(), "the bundled model is in this build");
    assertEquals(
        registry.defaultMethod(),
        spec("pseudo-label").findOption("--method").initialValue(),
        "the command line's --method default");
  }

  /** Every "--option" a command's help names is one of that command's own options. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "adapt",
        "pseudo-label",
        "predict",
        "bench pseudo-labels",
        "train fgplg",
        "train ner",
        "import",
        "export",
        "info",
        "eval",
        "import-dataset",
        "open"
      })
  void helpNamesOnlyOptionsTheCommandHas(String command) {
    CommandSpec spec = spec(command.split(" "));
    String help = new CommandLine(spec).getUsageMessage(CommandLine.Help.Ansi.OFF);
    Matcher options = OPTION.matcher(help);
    List<String> named = new ArrayList<>();
    while (options.find()) {
      named.add(options.group());
    }
    assertFalse(named.isEmpty(), help);
    for (String option : named) {
      assertTrue(
          spec.optionsMap().containsKey(option),
          command + " --help names " + option + ", which it does not have:\n" + help);
    }
  }
}
