package org.mojaz.briefing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.mojaz.chat.Outgoing;
import org.mojaz.chat.Reply;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.Subscriptions;
import org.mojaz.store.Subscriptions.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one claimed briefing through the transport's {@link Outgoing} and records what happened: sent; the chat
 * unreachable (subscription paused, chat marked inactive); a transient failure left pending for a retry after a
 * growing back-off; or, once the attempts are used up, failed. Nothing is dropped without a row saying so.
 */
public final class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    private static final Duration FIRST_BRIEFING_WINDOW = Duration.ofHours(24);

    /** What became of one attempt. */
    public enum Outcome { SENT, RETRY, FAILED, UNREACHABLE }

    private final Subscriptions subscriptions;
    private final ChatSettings chats;
    private final Composer composer;
    private final Outgoing outgoing;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration backoff;

    public Delivery(Subscriptions subscriptions, ChatSettings chats, Composer composer, Outgoing outgoing, Clock clock,
                    int maxAttempts, Duration backoff) {
        this.subscriptions = subscriptions;
        this.chats = chats;
        this.composer = composer;
        this.outgoing = outgoing;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    /** Composes and sends the briefing of (subscription, local date), which the caller has claimed. */
    public Outcome deliver(Subscription s, LocalDate date, int attempt) {
        long started = System.nanoTime();
        try {
            Instant since = subscriptions.lastSent(s.chatId()).orElse(clock.instant().minus(FIRST_BRIEFING_WINDOW));
            Briefing briefing = composer.compose(s.chatId(), s.zone(), since);
            for (Reply r : briefing.messages()) {
                outgoing.send(s.chatId(), r);
            }
            subscriptions.markSent(s.id(), date, briefing.items());
            LOG.info("briefing sub {} chat {} {} sent: {} stories, {} messages in {} ms", s.id(), s.chatId(), date,
                    briefing.items(), briefing.messages().size(), (System.nanoTime() - started) / 1_000_000);
            return Outcome.SENT;
        } catch (Outgoing.ChatUnreachableException e) {
            subscriptions.pause(s.chatId(), "unreachable");
            chats.setActive(s.chatId(), false);
            subscriptions.markFailed(s.id(), date, "chat unreachable");
            LOG.info("briefing sub {} chat {} {}: chat unreachable, subscription paused", s.id(), s.chatId(), date);
            return Outcome.UNREACHABLE;
        } catch (RuntimeException e) {
            String reason = e.getClass().getSimpleName();
            if (attempt >= maxAttempts) {
                subscriptions.markFailed(s.id(), date, "gave up after " + attempt + " attempts: " + reason);
                LOG.warn("briefing sub {} chat {} {} failed after {} attempts ({})", s.id(), s.chatId(), date,
                        attempt, reason);
                return Outcome.FAILED;
            }
            Duration wait = backoff.multipliedBy(1L << Math.min(10, attempt - 1));
            subscriptions.retryLater(s.id(), date, clock.instant().plus(wait), reason);
            LOG.warn("briefing sub {} chat {} {} attempt {} failed ({}), retry in {} s", s.id(), s.chatId(), date,
                    attempt, reason, wait.toSeconds());
            return Outcome.RETRY;
        }
    }
}
