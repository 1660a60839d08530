package org.mojaz.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The getUpdates side of a local Bot API server (the bench's simulated one and the tests' fake): updates wait until
 * an offset confirms them, as Telegram holds them, and a long poll waits for the next one. A poll waits at most
 * one second whatever timeout the bot asks for, so a server shuts down quickly.
 */
public final class UpdateQueue {
    private static final long MAX_WAIT_MILLIS = 1_000;

    private final List<ObjectNode> pending = new ArrayList<>();
    private final Set<ObjectNode> redelivered = Collections.newSetFromMap(new IdentityHashMap<>());
    private long nextUpdateId = 1;

    /** Queues an update, giving it the next update id, and returns that id. */
    public synchronized long push(ObjectNode update) {
        long id = nextUpdateId++;
        update.put("update_id", id);
        pending.add(update);
        notifyAll();
        return id;
    }

    /**
     * Delivers an update with the id it already has, once, even below the confirmed offset: what a bot sees when
     * Telegram re-delivers after a crash or a lost offset.
     */
    public synchronized void pushAgain(ObjectNode update) {
        pending.add(update);
        redelivered.add(update);
        nextUpdateId = Math.max(nextUpdateId, update.path("update_id").asLong() + 1);
        notifyAll();
    }

    /**
     * Answers one getUpdates: forgets what {@code offset} confirms, waits up to {@code timeoutSeconds} (at most one
     * second) for an update, and returns every pending one in update id order.
     */
    public synchronized ArrayNode poll(long offset, long timeoutSeconds) {
        pending.removeIf(u -> u.path("update_id").asLong() < offset && !redelivered.contains(u));
        long deadline = System.currentTimeMillis() + Math.min(timeoutSeconds * 1000, MAX_WAIT_MILLIS);
        while (pending.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        pending.stream().sorted(Comparator.comparingLong(u -> u.path("update_id").asLong())).forEach(out::add);
        redelivered.clear();
        return out;
    }

    /** Ends every waiting poll (the server is closing). */
    public synchronized void wakeAll() {
        notifyAll();
    }
}
