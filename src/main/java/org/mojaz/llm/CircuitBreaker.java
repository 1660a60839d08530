package org.mojaz.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a failing model for a while. Closed: calls go through. After {@code failureThreshold} outages in a
 * row it opens for {@code cooldown}; then it is half-open: one call is let through, success closes it, failure opens
 * it again. Time comes from the injected {@link Clock}, so tests move time instead of sleeping.
 */
public final class CircuitBreaker {
    private final int failureThreshold;
    private final Duration cooldown;
    private final Clock clock;
    private int failuresInARow;
    private Instant openUntil;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration cooldown, Clock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
        this.failureThreshold = failureThreshold;
        this.cooldown = cooldown;
        this.clock = clock;
    }

    /** True when a call may go out now; in the half-open state only the first caller gets true. */
    public synchronized boolean allowCall() {
        if (openUntil == null) {
            return true;
        }
        if (clock.instant().isBefore(openUntil) || trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    public synchronized void recordSuccess() {
        failuresInARow = 0;
        openUntil = null;
        trialInFlight = false;
    }

    public synchronized void recordFailure() {
        failuresInARow++;
        if (trialInFlight || failuresInARow >= failureThreshold) {
            openUntil = clock.instant().plus(cooldown);
        }
        trialInFlight = false;
    }

    /**
     * The call ended in a way that says nothing about the service's health (a configuration error): counts stay as
     * they are, and a half-open trial is released so the next call may try again.
     */
    public synchronized void recordNeutral() {
        trialInFlight = false;
    }

    public synchronized boolean isOpen() {
        return openUntil != null && clock.instant().isBefore(openUntil);
    }
}
