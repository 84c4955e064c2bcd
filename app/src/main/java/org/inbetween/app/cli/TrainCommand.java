package org.inbetween.app.cli;

import picocli.CommandLine.Command;

/** {@code inbetween train}: groups the trainable methods' training commands. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a pseudo-label network, the kmn decoder or RCRNet+NER.",
    subcommands = {TrainFgplgCommand.class, TrainKmnCommand.class, TrainNerCommand.class})
public final class TrainCommand {}
