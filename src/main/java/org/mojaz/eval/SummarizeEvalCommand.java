package org.mojaz.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "summarize", mixinStandardHelpOptions = true, description = "ROUGE of our summaries and baselines on a JSONL summary set.")
public final class SummarizeEvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("not yet available");
        return 2;
    }
}
