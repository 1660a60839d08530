package org.mojaz.telegram;

/** A request failed for good (refused, or the network stayed down through every retry). */
final class SendFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SendFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
