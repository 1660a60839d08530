package org.mojaz.store;

/** The database failed (disk full, locked too long, corrupt file). Callers report it; retrying rarely helps. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
