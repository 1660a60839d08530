package org.mojaz.eval;

import picocli.CommandLine.Command;

/** {@code mojaz bench ...}: speed and memory figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory.",
        subcommands = {SummarizeBenchCommand.class, QaBenchCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
