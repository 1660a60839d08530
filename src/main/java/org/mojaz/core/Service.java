package org.mojaz.core;

/**
 * A background service of {@code mojaz bot} (the briefing scheduler, the feed poller): started once after wiring,
 * closed once on shutdown, in reverse order. {@link #close} must be safe to call when {@link #start} never ran.
 */
public interface Service extends AutoCloseable {
    void start();

    @Override
    void close();
}
