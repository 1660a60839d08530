package org.mojaz.ingest;

/**
 * A link could not be fetched. The message is written for the user (no stack traces, no internals);
 * the {@link Reason} lets callers decide what to do next.
 */
public final class FetchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, grouped by what the caller does next. */
    public enum Reason {
        /** The URL itself is refused: scheme, syntax, or a private/forbidden address. Never retry. */
        REFUSED,
        /** The server answered with an error status (404, 410, 500 ...). */
        HTTP_STATUS,
        /** Not a page we can read (image, video, PDF when unsupported ...). */
        UNSUPPORTED_TYPE,
        /** Larger than the configured cap. */
        TOO_LARGE,
        /** Time-out, DNS failure, connection refused, TLS error. Retrying later may help. */
        NETWORK,
        /** The page answered but had nothing in it. */
        EMPTY,
        /** Redirect loop or too many redirects. */
        TOO_MANY_REDIRECTS
    }

    private final Reason reason;

    public FetchException(Reason reason, String userMessage) {
        super(userMessage);
        this.reason = reason;
    }

    public FetchException(Reason reason, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
