package org.mojaz.eval;

import picocli.CommandLine.Command;

/** {@code mojaz train ...}: rebuilds the models the jar ships from data read by path. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the models the jar ships (from data read by path, never bundled).",
        subcommands = {TrainNerCommand.class, TrainNamesCommand.class, TrainWordStatsCommand.class,
                TrainClustersCommand.class})
public final class TrainCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
