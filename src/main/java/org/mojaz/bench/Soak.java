package org.mojaz.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The closed loop of a soak run: each simulated user sends a message (a link or /help), waits for the final reply,
 * thinks, and sends the next, until the time is up. A reply that comes when its user is waiting for none is a
 * duplicate; a message still unanswered when the run has drained is lost.
 */
final class Soak {
    private static final String SORRY = "something went wrong";

    private final SimulatedBotApi api;
    private final SimulatedNewsSite site;
    private final long thinkMs;
    private final Map<Long, Long> waiting = new ConcurrentHashMap<>();
    private final Map<Long, Integer> count = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger replies = new AtomicInteger();
    private final AtomicInteger notices = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
    private volatile long endsAt;

    Soak(SimulatedBotApi api, SimulatedNewsSite site, long thinkMs) {
        this.api = api;
        this.site = site;
        this.thinkMs = thinkMs;
    }

    /** Told of every message the bot sends or edits. */
    void sent(long chat, String text) {
        if (text.startsWith("⏳")) {
            return;
        }
        if (waiting.remove(chat) == null) {
            duplicates.incrementAndGet();
            return;
        }
        replies.incrementAndGet();
        if (text.contains(SORRY)) {
            notices.incrementAndGet();
        }
        clock.schedule(() -> next(chat), think(), TimeUnit.MILLISECONDS);
    }

    /** Runs the loop for {@code length} with chats {@code 1..chats}, then waits up to {@code drain} for late replies. */
    void run(int chats, Duration length, Duration drain) throws InterruptedException {
        endsAt = System.nanoTime() + length.toNanos();
        for (long chat = 1; chat <= chats; chat++) {
            long c = chat;
            clock.schedule(() -> next(c), ThreadLocalRandom.current().nextLong(Math.max(1, thinkMs)),
                    TimeUnit.MILLISECONDS);
        }
        TimeUnit.NANOSECONDS.sleep(length.toNanos());
        long drainEnd = System.nanoTime() + drain.toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < drainEnd) {
            Thread.sleep(200);
        }
        Thread.sleep(2_000); // a duplicate would come late: give it the chance to be counted
        clock.shutdownNow();
    }

    private void next(long chat) {
        if (System.nanoTime() > endsAt) {
            return;
        }
        int n = count.merge(chat, 1, Integer::sum);
        waiting.put(chat, System.nanoTime());
        sent.incrementAndGet();
        api.userSays(chat, n % 2 == 1 ? site.url(pages.incrementAndGet()) : "/help");
    }

    private long think() {
        return thinkMs == 0 ? 0 : (long) (thinkMs * (0.5 + ThreadLocalRandom.current().nextDouble()));
    }

    int lost() {
        return waiting.size();
    }

    int duplicates() {
        return duplicates.get();
    }

    /** The figures; {@code model} and {@code bot} are the simulated model and the bot's child JVM of the run. */
    void report(PrintStream out, double minutes, int chats, double faultRate, SimulatedModel model, BotChild bot,
                String botHeap) {
        out.printf(Locale.ROOT, "bot soak: %.1f min, %d chats, think %d ms, faults %.1f%% per kind, bot in its own"
                + " JVM with -Xmx%s%n", minutes, chats, thinkMs, faultRate * 100, botHeap);
        out.printf(Locale.ROOT, "updates sent: %d, replies received: %d (of which %d 'sorry' notices),"
                + " duplicates: %d, lost: %d%n", sent.get(), replies.get(), notices.get(), duplicates.get(), lost());
        out.printf(Locale.ROOT, "faults injected: Bot API %s; news site %s%n", api.faults(), site.faults());
        out.printf(Locale.ROOT, "model: %d calls; faults injected: %s%n",
                model.calls(), model.faults());
        out.printf(Locale.ROOT, "bot process: killed with kill -9 %d times, restarted %d times on the same database%n",
                bot.kills(), bot.restarts());
        out.printf(Locale.ROOT, "peak heap used: %d MB (the bot's JVM, highest before any garbage collection, over"
                + " %d runs)%n", bot.peakHeapBytes() / (1024 * 1024), bot.restarts() + 1);
    }
}
