package org.mojaz.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The one limiter all outgoing traffic goes through: token buckets that allow short bursts. About one message a
 * second per chat, twenty a minute per group or channel, thirty a second overall (Telegram's published limits).
 * A 429 from Telegram pauses what it concerns for {@code retry_after}: the chat, or every send when the 429 was
 * global (a request that is no chat message, or 429s for two chats at once); and it halves the overall rate, which
 * comes back once a minute passes without another.
 */
final class SendLimiter {
    /**
     * One under Telegram's 30 a second: requests from several threads reach the server with a little jitter, and a
     * limiter at exactly the server's rate turns any jitter into a 429 (measured with {@code mojaz bench briefing}).
     */
    static final int FULL_RATE = 29;
    /**
     * Messages that may go at once overall: fewer than Telegram's 30, so the server's own bucket keeps some slack when
     * a fan-out starts with a burst and jitter bunches the next sends.
     */
    static final int BURST = 20;
    private static final int SLOWEST_RATE = 4;
    private static final long RECOVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final LongSupplier nanoTime;
    private final Bucket global;
    private final Map<Long, Bucket> chats = new HashMap<>();
    private final Map<Long, Bucket> groups = new HashMap<>();
    private final Map<Long, Long> chatPausedUntil = new HashMap<>();
    private long pausedUntil;
    private long lastLimitedChat;
    private long lastLimitedUntil;
    private long lastLimitedAt;
    private int rate = FULL_RATE;

    private final boolean off;

    SendLimiter(LongSupplier nanoTime) {
        this(nanoTime, false);
    }

    /** A limiter that never waits: only for the bench, against a simulated server. */
    static SendLimiter off() {
        return new SendLimiter(System::nanoTime, true);
    }

    private SendLimiter(LongSupplier nanoTime, boolean off) {
        this.off = off;
        this.nanoTime = nanoTime;
        long now = nanoTime.getAsLong();
        this.global = new Bucket(BURST, FULL_RATE, TimeUnit.SECONDS, now);
        this.pausedUntil = now;
        this.lastLimitedUntil = now;
    }

    /**
     * Telegram answered 429 for this chat ({@code 0}: a request that is no chat message): pauses the chat, or every
     * send when the 429 looks global, for {@code retryAfterNanos}, and slows the overall rate. Returns true when
     * every send was paused.
     */
    synchronized boolean rateLimited(long chatId, long retryAfterNanos) {
        long now = nanoTime.getAsLong();
        long until = now + retryAfterNanos;
        boolean global = chatId == 0 || lastLimitedChat != chatId && lastLimitedChat != 0 && lastLimitedUntil > now;
        if (global) {
            pausedUntil = Math.max(pausedUntil, until);
        } else {
            chatPausedUntil.merge(chatId, until, Math::max);
        }
        lastLimitedChat = chatId;
        lastLimitedUntil = until;
        lastLimitedAt = now;
        rate = Math.max(SLOWEST_RATE, rate / 2);
        this.global.setRate(rate, now);
        this.global.empty();
        return global;
    }

    /** Messages a second allowed overall right now (lower for a minute after a 429). */
    synchronized int rate() {
        recover(nanoTime.getAsLong());
        return rate;
    }

    private void recover(long now) {
        if (rate < FULL_RATE && now - lastLimitedAt > RECOVERY_NANOS) {
            rate = FULL_RATE;
            global.setRate(rate, now);
        }
    }

    /** How long the pauses still hold a message to this chat (0: none). */
    private long paused(long chatId, long now) {
        Long chatUntil = chatPausedUntil.get(chatId);
        if (chatUntil != null && chatUntil <= now) {
            chatPausedUntil.remove(chatId);
            chatUntil = null;
        }
        return Math.max(0, Math.max(pausedUntil, chatUntil == null ? now : chatUntil) - now);
    }

    /** Reserves one message to the chat; returns how long to wait before sending it, in nanoseconds. */
    synchronized long reserve(long chatId) {
        long now = nanoTime.getAsLong();
        if (off) {
            return paused(chatId, now);
        }
        recover(now);
        long wait = Math.max(paused(chatId, now), global.take(now));
        wait = Math.max(wait, chats.computeIfAbsent(chatId, id -> new Bucket(3, 1, TimeUnit.SECONDS, now)).take(now));
        if (chatId < 0) {
            wait = Math.max(wait, groups.computeIfAbsent(chatId, id -> new Bucket(5, 20, TimeUnit.MINUTES, now))
                    .take(now));
        }
        return wait;
    }

    /** Reserves a request that is not a chat message (chat actions, button answers): the global bucket only. */
    synchronized long reserveGlobal() {
        long now = nanoTime.getAsLong();
        if (off) {
            return Math.max(0, pausedUntil - now);
        }
        recover(now);
        return Math.max(Math.max(0, pausedUntil - now), global.take(now));
    }

    /** Blocks until one message to the chat may go. */
    void acquire(long chatId) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(reserve(chatId));
    }

    void acquireGlobal() throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(reserveGlobal());
    }

    /** A token bucket that may go into debt: each taker waits until its token has been refilled. */
    private static final class Bucket {
        private final double capacity;
        private double perNano;
        private double tokens;
        private long last;

        Bucket(int burst, int rate, TimeUnit per, long now) {
            this.capacity = burst;
            this.perNano = rate / (double) per.toNanos(1);
            this.tokens = burst;
            this.last = now;
        }

        /** Changes the refill rate from now on, keeping the tokens earned so far. */
        void setRate(int perSecond, long now) {
            refill(now);
            perNano = perSecond / (double) TimeUnit.SECONDS.toNanos(1);
        }

        /** Spends the burst: after a 429, nothing more goes at once. */
        void empty() {
            tokens = Math.min(tokens, 0);
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
        }

        long take(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            tokens -= 1;
            return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
        }
    }
}
