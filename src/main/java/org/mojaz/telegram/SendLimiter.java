package org.mojaz.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The one limiter all outgoing traffic goes through: token buckets that allow short bursts. About one message a
 * second per chat, twenty a minute per group or channel, thirty a second overall (Telegram's published limits).
 */
final class SendLimiter {
    private final LongSupplier nanoTime;
    private final Bucket global;
    private final Map<Long, Bucket> chats = new HashMap<>();
    private final Map<Long, Bucket> groups = new HashMap<>();

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
        this.global = new Bucket(30, 30, TimeUnit.SECONDS, nanoTime.getAsLong());
    }

    /** Reserves one message to the chat; returns how long to wait before sending it, in nanoseconds. */
    synchronized long reserve(long chatId) {
        if (off) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        long wait = global.take(now);
        wait = Math.max(wait, chats.computeIfAbsent(chatId, id -> new Bucket(3, 1, TimeUnit.SECONDS, now)).take(now));
        if (chatId < 0) {
            wait = Math.max(wait, groups.computeIfAbsent(chatId, id -> new Bucket(5, 20, TimeUnit.MINUTES, now))
                    .take(now));
        }
        return wait;
    }

    /** Reserves a request that is not a chat message (chat actions, button answers): the global bucket only. */
    synchronized long reserveGlobal() {
        if (off) {
            return 0;
        }
        return global.take(nanoTime.getAsLong());
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
        private final double perNano;
        private double tokens;
        private long last;

        Bucket(int burst, int rate, TimeUnit per, long now) {
            this.capacity = burst;
            this.perNano = rate / (double) per.toNanos(1);
            this.tokens = burst;
            this.last = now;
        }

        long take(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            tokens -= 1;
            return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
        }
    }
}
