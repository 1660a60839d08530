package org.mojaz.ingest;

import java.time.Duration;

/**
 * The time one page may take to read. The extractor's loops call {@link #check()}; once the time is up the page is
 * refused as {@link ExtractionFailure#TOO_COMPLEX} instead of holding a worker for minutes. Not thread-safe: one
 * per extraction.
 */
final class Budget {
    /** Checks the clock once in this many calls. */
    private static final int EVERY = 256;

    private final long deadline;
    private int calls;

    private Budget(long deadline) {
        this.deadline = deadline;
    }

    static Budget of(Duration time) {
        return new Budget(System.nanoTime() + time.toNanos());
    }

    void check() {
        if (++calls % EVERY == 0 && System.nanoTime() - deadline > 0) {
            throw new ExtractionException(ExtractionFailure.TOO_COMPLEX);
        }
    }
}
