package org.inbetween.app.cli;

import picocli.CommandLine.Command;

/** {@code inbetween train}: groups the trainable methods' training commands. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a pseudo-label network or the kmn decoder.",
    subcommands = {TrainFgplgCommand.class, TrainKmnCommand.class})
public final class TrainCommand {}
