package org.mojaz.telegram;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.mojaz.chat.Dispatcher;
import org.mojaz.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "⏳ reading…" message of slow work: sent only when the work takes longer than {@code after} (a slow model),
 * remembered with the work item so that after a crash the resumed work edits it instead of sending another.
 */
final class Placeholders implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Placeholders.class);

    private final Outbox outbox;
    private final Duration after;
    private final ScheduledExecutorService timers =
            Executors.newScheduledThreadPool(2, Threads.named("mojaz-telegram-placeholder"));

    Placeholders(Outbox outbox, Duration after) {
        this.outbox = outbox;
        this.after = after;
    }

    /** The placeholder of one piece of work: sent by the timer unless the work was done first. */
    final class Pending {
        private final long chatId;
        private final Reply placeholder;
        private final Integer replyTo;
        private final Dispatcher.Progress progress;
        private Integer id;
        private boolean finished;
        private ScheduledFuture<?> timer;

        private Pending(long chatId, Reply placeholder, Integer replyTo, Dispatcher.Progress progress) {
            this.chatId = chatId;
            this.placeholder = placeholder;
            this.replyTo = replyTo;
            this.progress = progress;
        }

        /** Stops the timer (waiting for a placeholder being sent right now) and gives the id to edit, if any. */
        Integer finish() {
            synchronized (this) {
                finished = true;
                if (timer != null) {
                    timer.cancel(false);
                }
                return id;
            }
        }

        private void send() {
            synchronized (this) {
                if (finished) {
                    return;
                }
                try {
                    id = outbox.send(chatId, placeholder, replyTo);
                    progress.placeholderSent(id);
                } catch (RuntimeException e) {
                    LOG.info("chat {}: placeholder not sent ({})", chatId, e.getClass().getSimpleName());
                }
            }
        }
    }

    /**
     * Shows typing at once, and the placeholder at once, after the delay, or not at all when an earlier try of the
     * same work already sent one.
     */
    Pending begin(long chatId, Reply placeholder, Integer replyTo, Dispatcher.Progress progress) {
        outbox.typing(chatId);
        Pending pending = new Pending(chatId, placeholder, replyTo, progress);
        pending.id = progress.placeholder().orElse(null);
        if (pending.id == null && after.isZero()) {
            pending.send();
        } else if (pending.id == null) {
            pending.timer = timers.schedule(pending::send, after.toMillis(), TimeUnit.MILLISECONDS);
        }
        return pending;
    }

    @Override
    public void close() {
        Threads.shutdown(timers, 2);
    }
}
