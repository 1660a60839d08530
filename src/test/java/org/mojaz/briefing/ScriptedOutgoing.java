package org.mojaz.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.mojaz.chat.Outgoing;
import org.mojaz.chat.Reply;

/**
 * A transport for briefing tests: records what would have been sent, and can be told to fail for one chat (403,
 * a transient error) or to die at the n-th message (a crash in the middle of a fan-out).
 */
final class ScriptedOutgoing implements Outgoing {
    record Sent(long chatId, java.time.Instant at, Reply reply) {
    }

    /** Thrown to stand for the process dying: not a RuntimeException, so nothing in the product catches it. */
    static final class Crash extends Error {
        Crash() {
            super("simulated crash");
        }
    }

    private final java.time.Clock clock;
    private final List<Sent> sent = new ArrayList<>();
    private final Map<Long, LongFunction<RuntimeException>> failures = new ConcurrentHashMap<>();
    private volatile int crashAt = -1;
    private volatile Runnable onCrash = () -> { };

    ScriptedOutgoing(java.time.Clock clock) {
        this.clock = clock;
    }

    void failFor(long chatId, LongFunction<RuntimeException> failure) {
        failures.put(chatId, failure);
    }

    void heal(long chatId) {
        failures.remove(chatId);
    }

    /** The n-th send from now on (1-based) crashes instead of sending, after running {@code dying}. */
    synchronized void crashAtSend(int n, Runnable dying) {
        crashAt = sent.size() + n;
        onCrash = dying;
    }

    @Override
    public synchronized int send(long chatId, Reply reply) {
        LongFunction<RuntimeException> failure = failures.get(chatId);
        if (failure != null) {
            throw failure.apply(chatId);
        }
        if (crashAt == sent.size() + 1) {
            crashAt = -1;
            onCrash.run();
            throw new Crash();
        }
        sent.add(new Sent(chatId, clock.instant(), reply));
        return sent.size();
    }

    @Override
    public void edit(long chatId, int messageId, Reply reply) {
        throw new UnsupportedOperationException("briefings never edit");
    }

    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    synchronized List<Sent> sentTo(long chatId) {
        return sent.stream().filter(s -> s.chatId() == chatId).toList();
    }
}
