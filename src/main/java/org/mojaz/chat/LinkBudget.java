package org.mojaz.chat;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** New links a chat may send per minute: a token bucket per chat that refills continuously. */
final class LinkBudget {
    private final int perMinute;
    private final Clock clock;
    private final Map<Long, double[]> buckets = new HashMap<>();

    LinkBudget(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one link from the chat's budget; false when it is spent. */
    synchronized boolean take(long chatId) {
        long now = clock.millis();
        double[] bucket = buckets.computeIfAbsent(chatId, id -> new double[] {perMinute, now});
        double refill = (now - bucket[1]) * perMinute / 60_000.0;
        bucket[0] = Math.min(perMinute, bucket[0] + refill);
        bucket[1] = now;
        if (bucket[0] < 1) {
            return false;
        }
        bucket[0] -= 1;
        return true;
    }
}
