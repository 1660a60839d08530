package org.mojaz.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "summarize", mixinStandardHelpOptions = true, description = "Articles per second, latency percentiles and heap of the summarizer.")
public final class SummarizeBenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("not yet available");
        return 2;
    }
}
