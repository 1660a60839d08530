package org.mojaz.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Score article extraction (Zyte benchmark or trafilatura snippets).")
public final class ExtractEvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("not yet available");
        return 2;
    }
}
