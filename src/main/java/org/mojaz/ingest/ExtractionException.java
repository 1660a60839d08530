package org.mojaz.ingest;

/** A page was fetched but holds no readable article; the user is asked to paste the text. */
public final class ExtractionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExtractionFailure failure;

    public ExtractionException(ExtractionFailure failure) {
        super(failure.userMessage());
        this.failure = failure;
    }

    public ExtractionFailure failure() {
        return failure;
    }
}
