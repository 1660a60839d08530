package org.mojaz.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.Inbox;
import org.mojaz.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durable work, whatever the transport. Each incoming item is written to the {@link Inbox} before {@link #offer}
 * returns (so before the transport acknowledges it); an id seen before is ignored. One chat's items run one at a
 * time in the order they came, different chats in parallel. A failed item is tried again after a growing pause, a
 * bounded number of times, then marked failed with its reason and its chat is told once. Any {@link Throwable}
 * is caught: the chat's next item runs. On start, unfinished items are resumed, except one that was cut short by a
 * crash {@link Options#crashesToGiveUp} times (it probably killed the process). A chat that blocked the transport
 * ({@link Outgoing.ChatUnreachableException}) is marked inactive.
 */
public final class Dispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    static final String SORRY = "Sorry, something went wrong on my side and I could not answer that message."
            + " Please send it again.\n\u200Fعذرًا، حدث خطأ من جهتي ولم أستطع الرد على تلك الرسالة. أرسلها مرة أخرى.";
    private static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(10);

    /**
     * One unit of work as the transport hands it over.
     *
     * @param id      the transport's unique id of the item (Telegram's update id); a repeated id is ignored
     * @param chatId  the chat it belongs to (0 when none); one chat's items run in order
     * @param payload what the transport needs to run it later, e.g. the update as JSON (dropped once finished)
     */
    public record WorkItem(long id, long chatId, String payload) {
    }

    /** What the transport may remember of an item while running it, so that a resumed item picks up from there. */
    public interface Progress {
        /** The "reading…" message an earlier try sent, if any. */
        Optional<Integer> placeholder();

        void placeholderSent(int messageId);
    }

    /** Runs one item; throws to fail it (it is then retried, or reported). */
    @FunctionalInterface
    public interface Work {
        void run(WorkItem item, Progress progress);
    }

    /**
     * @param workers         threads running items (different chats in parallel)
     * @param maxAttempts     tries of an item that fails before it is given up and its chat told
     * @param firstRetry      pause before the second try; each later pause is four times longer (at most 10 min)
     * @param crashesToGiveUp an item cut short by this many crashes is not resumed again
     */
    public record Options(int workers, int maxAttempts, Duration firstRetry, int crashesToGiveUp) {
        public Options {
            if (workers < 1 || maxAttempts < 1 || crashesToGiveUp < 1 || firstRetry.isNegative()) {
                throw new IllegalArgumentException("bad dispatcher options: workers " + workers + ", maxAttempts "
                        + maxAttempts + ", firstRetry " + firstRetry + ", crashesToGiveUp " + crashesToGiveUp);
            }
        }

        /** Two workers per core (at least four), three tries 5 s and 20 s apart, no resume after a second crash. */
        public static Options defaults() {
            return new Options(Math.max(4, Runtime.getRuntime().availableProcessors() * 2), 3, Duration.ofSeconds(5),
                    2);
        }

        public Options withWorkers(int n) {
            return new Options(n, maxAttempts, firstRetry, crashesToGiveUp);
        }
    }

    /** One chat's waiting items, and whether a worker is on them. */
    private static final class ChatQueue {
        final Deque<WorkItem> items = new ArrayDeque<>();
        boolean running;
    }

    private final Inbox inbox;
    private final ChatSettings chats;
    private final Options options;
    private final Clock clock;
    private final Map<Long, ChatQueue> queues = new HashMap<>();
    private ExecutorService workers;
    private ScheduledExecutorService retries;
    private Work work;
    private Outgoing outgoing;
    private volatile boolean closing;

    public Dispatcher(Store store, Options options) {
        this(store, options, Clock.systemUTC());
    }

    public Dispatcher(Store store, Options options, Clock clock) {
        this.inbox = new Inbox(store);
        this.chats = new ChatSettings(store);
        this.options = options;
        this.clock = clock;
    }

    /**
     * Starts the workers, tells chats still owed a notice, and resumes unfinished items.
     *
     * @param work     runs one item (the transport's callback)
     * @param outgoing how to tell a chat that its message could not be answered
     */
    public synchronized void start(Work work, Outgoing outgoing) {
        if (this.work != null) {
            throw new IllegalStateException("the dispatcher is already started");
        }
        this.work = work;
        this.outgoing = outgoing;
        workers = Executors.newFixedThreadPool(options.workers(), named("mojaz-dispatch-worker"));
        retries = Executors.newSingleThreadScheduledExecutor(named("mojaz-dispatch-retry"));
        for (Inbox.Item owed : inbox.noticesOwed()) {
            workers.execute(() -> tell(owed.updateId(), owed.chatId()));
        }
        resume();
    }

    private void resume() {
        List<Inbox.Item> pending = inbox.unfinished();
        if (!pending.isEmpty()) {
            LOG.info("resuming {} unfinished updates", pending.size());
        }
        for (Inbox.Item item : pending) {
            if (item.crashes() >= options.crashesToGiveUp()) {
                LOG.warn("update {} chat {} given up: cut short by {} crashes", item.updateId(), item.chatId(),
                        item.crashes());
                giveUp(item.updateId(), item.chatId(), "cut short by " + item.crashes() + " crashes");
                continue;
            }
            WorkItem w = new WorkItem(item.updateId(), item.chatId(), item.payload());
            long wait = item.nextAttemptAt() == null ? 0
                    : Math.max(0, Duration.between(clock.instant(), item.nextAttemptAt()).toMillis());
            if (wait == 0) {
                enqueue(w);
            } else {
                retries.schedule(() -> enqueue(w), wait, TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * Records the item durably and queues it behind the chat's earlier ones. Returns false, and does nothing, when
     * the id was seen before. Blocks, retrying, while the store cannot be written: the item must not be acknowledged
     * before it is stored.
     */
    public boolean offer(WorkItem item) {
        if (!record(item)) {
            LOG.debug("update {} seen before, ignored", item.id());
            return false;
        }
        enqueue(item);
        return true;
    }

    private boolean record(WorkItem item) {
        long backoff = 200;
        while (true) {
            try {
                return inbox.offer(item.id(), item.chatId(), item.payload());
            } catch (RuntimeException e) {
                LOG.error("update {}: inbox write failed ({}), retrying", item.id(), e.getClass().getSimpleName());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("stopped before update " + item.id() + " was stored", ie);
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    private void enqueue(WorkItem item) {
        synchronized (queues) {
            if (closing || workers == null) {
                LOG.info("update {} left pending: the dispatcher is {}", item.id(), closing ? "stopping" : "not started");
                return;
            }
            ChatQueue queue = queues.computeIfAbsent(item.chatId(), id -> new ChatQueue());
            queue.items.add(item);
            if (!queue.running) {
                queue.running = true;
                submit(item.chatId());
            }
        }
    }

    /** Runs the chat's next item on a worker; the chat goes back in line after each item, so chats share fairly. */
    private void submit(long chatId) {
        try {
            workers.execute(() -> drainOne(chatId));
        } catch (RejectedExecutionException e) {
            LOG.info("chat {}: items left pending, the dispatcher is stopping", chatId);
        }
    }

    private void drainOne(long chatId) {
        WorkItem item;
        synchronized (queues) {
            ChatQueue queue = queues.get(chatId);
            item = queue == null ? null : queue.items.poll();
            if (item == null || closing) {
                queues.remove(chatId);
                return;
            }
        }
        try {
            run(item);
        } finally {
            synchronized (queues) {
                ChatQueue queue = queues.get(chatId);
                if (queue != null && !queue.items.isEmpty() && !closing) {
                    submit(chatId);
                } else {
                    queues.remove(chatId);
                }
            }
        }
    }

    private void run(WorkItem item) {
        long started = System.nanoTime();
        try {
            inbox.attempt(item.id());
            reactivate(item.chatId());
            work.run(item, progress(item.id()));
            inbox.markDone(item.id());
        } catch (Outgoing.ChatUnreachableException e) {
            chatGone(e.chatId());
            inbox.markDone(item.id());
        } catch (Throwable t) { // an Error too: the chat's next message must still be answered
            try {
                failed(item, t);
            } catch (RuntimeException again) {
                LOG.error("update {} chat {}: the failure could not be recorded ({})", item.id(), item.chatId(),
                        again.getClass().getSimpleName());
            }
        } finally {
            LOG.debug("update {} chat {} handled in {} ms", item.id(), item.chatId(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void failed(WorkItem item, Throwable t) {
        String reason = t.getClass().getSimpleName();
        if (closing) {
            LOG.info("update {} left pending for the next start ({})", item.id(), reason);
            inbox.release(item.id());
            return;
        }
        if (t instanceof Outgoing.DeliveryException) {
            LOG.warn("update {} chat {} failed: {}", item.id(), item.chatId(), t.getMessage());
        } else {
            LOG.error("update {} chat {} failed: {}", item.id(), item.chatId(), reason, t);
        }
        if (t instanceof Error) { // out of memory, stack overflow: the same input would do it again
            giveUp(item.id(), item.chatId(), reason);
            return;
        }
        int failures = inbox.failure(item.id(), reason);
        if (failures >= options.maxAttempts()) {
            LOG.warn("update {} chat {} given up after {} failed tries", item.id(), item.chatId(), failures);
            giveUp(item.id(), item.chatId(), reason + " after " + failures + " tries");
            return;
        }
        Duration wait = delay(failures);
        inbox.retryAt(item.id(), clock.instant().plus(wait));
        LOG.info("update {} chat {}: try {} of {} in {} ms", item.id(), item.chatId(), failures + 1,
                options.maxAttempts(), wait.toMillis());
        retries.schedule(() -> enqueue(item), wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The pause after the n-th failed try: firstRetry, then four times longer each time. */
    private Duration delay(int failures) {
        Duration d = options.firstRetry();
        for (int i = 1; i < failures && d.compareTo(MAX_RETRY_DELAY) < 0; i++) {
            d = d.multipliedBy(4);
        }
        return d.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : d;
    }

    private void giveUp(long id, long chatId, String reason) {
        inbox.giveUp(id, reason);
        tell(id, chatId);
    }

    /** Tells the chat once that its message was not answered; a notice that could not be sent is tried on next start. */
    private void tell(long id, long chatId) {
        if (chatId == 0) {
            inbox.noticeGiven(id);
            return;
        }
        try {
            outgoing.send(chatId, Reply.of(Html.escape(SORRY)));
            inbox.noticeGiven(id);
        } catch (Outgoing.ChatUnreachableException e) {
            chatGone(chatId);
            inbox.noticeGiven(id);
        } catch (RuntimeException e) {
            LOG.warn("update {} chat {}: the notice could not be sent ({}); trying again on next start", id, chatId,
                    e.getClass().getSimpleName());
        }
    }

    /** A chat that writes again can be written to again. */
    private void reactivate(long chatId) {
        if (chatId != 0 && !chats.get(chatId).active()) {
            chats.setActive(chatId, true);
        }
    }

    private void chatGone(long chatId) {
        chats.setActive(chatId, false);
        LOG.info("chat {}: unreachable, marked inactive", chatId);
    }

    private Progress progress(long id) {
        return new Progress() {
            @Override
            public Optional<Integer> placeholder() {
                return inbox.placeholder(id);
            }

            @Override
            public void placeholderSent(int messageId) {
                inbox.placeholderSent(id, messageId);
            }
        };
    }

    private static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Stops taking items, lets running ones finish for a few seconds, then interrupts them; whatever did not finish
     * stays pending for the next start (a stopped try is not counted as a crash).
     */
    @Override
    public void close() {
        synchronized (queues) {
            closing = true;
            queues.clear();
        }
        if (retries != null) {
            retries.shutdownNow();
        }
        if (workers != null) {
            workers.shutdown();
            try {
                if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                    workers.shutdownNow();
                    workers.awaitTermination(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                workers.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
