package org.inbetween.app.cli;

import picocli.CommandLine.Command;

/** {@code inbetween bench ...}: the benchmarks the project's claims rest on. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run a benchmark and print (and optionally save) its table.",
    subcommands = {
      BenchPseudoLabelsCommand.class,
      BenchQualityCommand.class,
      BenchEffortCommand.class
    })
public final class BenchCommand {}
