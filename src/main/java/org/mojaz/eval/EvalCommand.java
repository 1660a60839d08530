package org.mojaz.eval;

import picocli.CommandLine.Command;

/** {@code mojaz eval ...}: quality figures on third-party data read from a path. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality on evaluation data (read from a path, never bundled).",
        subcommands = {ExtractEvalCommand.class, SummarizeEvalCommand.class, EntitiesEvalCommand.class,
            NamesEvalCommand.class, QaEvalCommand.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
