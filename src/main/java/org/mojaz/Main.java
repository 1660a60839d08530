package org.mojaz;

import org.mojaz.eval.BenchCommand;
import org.mojaz.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parses the command line, loads config, builds objects by hand and starts a transport. */
@Command(name = "mojaz", mixinStandardHelpOptions = true, version = "mojaz 0.1.0",
        description = "Turns Arabic and English news into short bilingual briefings.",
        subcommands = {EvalCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }
}
