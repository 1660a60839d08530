package org.mojaz.briefing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutionException;
import org.mojaz.store.Subscriptions;
import org.mojaz.store.Subscriptions.Delivery;
import org.mojaz.store.Subscriptions.Subscription;
import org.mojaz.core.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each subscription's briefing once per local day at its local time. Due times are computed in the
 * subscription's zone with java.time (on a spring-forward day a time that does not exist moves forward by the
 * gap; on a fall-back day the first of the two moments counts). Every delivery is claimed in the database before
 * it is sent, so a restart, a crash in the middle of a fan-out or a second process never sends one twice; a
 * briefing missed during downtime is sent if still within the grace window, else recorded as skipped.
 */
public final class Scheduler implements Service {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final Subscriptions subscriptions;
    private final org.mojaz.briefing.Delivery delivery;
    private final Clock clock;
    private final Duration grace;
    private final Duration lease;
    private final Duration tick;
    private final ExecutorService senders;
    private final ScheduledExecutorService timer;
    private volatile boolean closing;

    public Scheduler(Subscriptions subscriptions, org.mojaz.briefing.Delivery delivery, Clock clock, Duration grace,
                     Duration lease, Duration tick, int senders) {
        this.subscriptions = subscriptions;
        this.delivery = delivery;
        this.clock = clock;
        this.grace = grace;
        this.lease = lease;
        this.tick = tick;
        this.senders = Executors.newFixedThreadPool(senders, daemon("briefing-sender"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("briefing-scheduler"));
    }

    /** Looks for due briefings every tick (the first after one tick, once the transport is up) until closed. */
    @Override
    public void start() {
        timer.scheduleWithFixedDelay(this::safeTick, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.error("briefing tick failed ({}); next tick retries", e.getClass().getSimpleName(), e);
        }
    }

    /** One pass: claims and sends every due briefing, waits for them; the outcomes counted. */
    public Map<org.mojaz.briefing.Delivery.Outcome, Integer> tick() {
        Instant now = clock.instant();
        List<Future<org.mojaz.briefing.Delivery.Outcome>> running = new ArrayList<>();
        java.util.Set<String> settled = subscriptions.settledSince(now.atZone(java.time.ZoneOffset.UTC)
                .toLocalDate().minusDays(2));
        for (Subscription s : subscriptions.active()) {
            for (LocalDate date : candidateDates(s, now)) {
                Instant due = dueAt(s, date);
                if (due.isAfter(now) || due.isBefore(s.createdAt()) || settled.contains(s.id() + ":" + date)) {
                    continue;
                }
                if (Duration.between(due, now).compareTo(grace) > 0) {
                    tooLate(s, date, due);
                    continue;
                }
                running.add(senders.submit(() -> claimAndDeliver(s, date)));
            }
        }
        Map<org.mojaz.briefing.Delivery.Outcome, Integer> counts =
                new EnumMap<>(org.mojaz.briefing.Delivery.Outcome.class);
        for (Future<org.mojaz.briefing.Delivery.Outcome> f : running) {
            try {
                org.mojaz.briefing.Delivery.Outcome outcome = f.get();
                if (outcome != null) {
                    counts.merge(outcome, 1, Integer::sum);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                LOG.error("briefing delivery crashed ({})", e.getCause().getClass().getSimpleName(), e.getCause());
            }
        }
        return counts;
    }

    /** Claims just before sending, so a long fan-out never holds claims it has not started on. */
    private org.mojaz.briefing.Delivery.Outcome claimAndDeliver(Subscription s, LocalDate date) {
        Instant now = clock.instant();
        if (closing || !subscriptions.claim(s.id(), date, now, now.plus(lease))) {
            return null;
        }
        int attempt = subscriptions.delivery(s.id(), date).map(Delivery::attempts).orElse(1);
        return delivery.deliver(s, date, attempt);
    }

    /** The local dates whose briefing may be due now: yesterday's (a grace window across midnight) and today's. */
    private static List<LocalDate> candidateDates(Subscription s, Instant now) {
        LocalDate today = now.atZone(s.zone()).toLocalDate();
        return List.of(today.minusDays(1), today);
    }

    /** The instant of the subscription's local time on that date (DST gaps move it forward, overlaps take the first). */
    static Instant dueAt(Subscription s, LocalDate date) {
        return ZonedDateTime.of(date, s.localTime(), s.zone()).toInstant();
    }

    private void tooLate(Subscription s, LocalDate date, Instant due) {
        var existing = subscriptions.delivery(s.id(), date);
        if (existing.isEmpty()) {
            if (subscriptions.skip(s.id(), date, "missed: more than " + grace.toMinutes() + " min late")) {
                LOG.warn("briefing sub {} chat {} {} skipped: due at {} and the grace window ({} min) has passed",
                        s.id(), s.chatId(), date, due, grace.toMinutes());
            }
        } else if (existing.get().status().equals("pending")
                && !existing.get().claimedUntil().isAfter(clock.instant())) {
            subscriptions.markFailed(s.id(), date, "missed: still unsent when the grace window ended");
            LOG.warn("briefing sub {} chat {} {} failed: still unsent when the grace window ended", s.id(),
                    s.chatId(), date);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Claims nothing more: deliveries already under way finish, queued ones are left for the next process. */
    void stopClaiming() {
        closing = true;
    }

    @Override
    public void close() {
        stopClaiming();
        timer.shutdownNow();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(10, TimeUnit.SECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
