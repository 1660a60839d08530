package org.mojaz.store;

import java.util.List;

/**
 * Incoming updates, written before they are acknowledged to the transport and marked done after the reply is
 * sent. An update id seen before is refused, so nothing is handled twice; unfinished rows are handled on start.
 */
public final class Inbox {
    private final Store store;

    public Inbox(Store store) {
        this.store = store;
    }

    /** One unfinished update. */
    public record Item(long updateId, long chatId, String payload, int attempts) {
    }

    /** Records the update; false when this update id was seen before (then it must be ignored). */
    public boolean offer(long updateId, long chatId, String payload) {
        synchronized (store) {
            return store.update("INSERT INTO inbox (update_id, chat_id, payload, status, attempts, received_at)"
                    + " VALUES (?, ?, ?, 'pending', 0, ?) ON CONFLICT (update_id) DO NOTHING",
                    updateId, chatId, payload, store.nowText()) == 1;
        }
    }

    /** Counts one more try at handling the update. */
    public void attempt(long updateId) {
        synchronized (store) {
            store.update("UPDATE inbox SET attempts = attempts + 1 WHERE update_id = ?", updateId);
        }
    }

    public void markDone(long updateId) {
        synchronized (store) {
            // the message itself is dropped once answered (the id stays, so a redelivery is still recognised)
            store.update("UPDATE inbox SET status = 'done', done_at = ?, error = NULL, payload = '' WHERE update_id = ?",
                    store.nowText(), updateId);
        }
    }

    /** Gives up on the update; {@code error} is a short reason, never a message body. */
    public void markFailed(long updateId, String error) {
        synchronized (store) {
            store.update("UPDATE inbox SET status = 'failed', done_at = ?, error = ?, payload = '' WHERE update_id = ?",
                    store.nowText(), error, updateId);
        }
    }

    /** Pending updates, oldest first: what a crash left behind. */
    public List<Item> unfinished() {
        synchronized (store) {
            return store.query("SELECT update_id, chat_id, payload, attempts FROM inbox WHERE status = 'pending'"
                    + " ORDER BY update_id", rs -> new Item(rs.getLong(1), rs.getLong(2), rs.getString(3),
                    rs.getInt(4)));
        }
    }

    /** Remembers the placeholder message sent for an update. */
    public void placeholderSent(long updateId, int messageId) {
        synchronized (store) {
            store.update("UPDATE inbox SET placeholder_message_id = ? WHERE update_id = ?", messageId, updateId);
        }
    }

    /** The placeholder message an earlier try sent for this update, if any. */
    public java.util.Optional<Integer> placeholder(long updateId) {
        synchronized (store) {
            return store.queryOne("SELECT placeholder_message_id FROM inbox WHERE update_id = ?"
                    + " AND placeholder_message_id IS NOT NULL", rs -> rs.getInt(1), updateId);
        }
    }

    /** The status of one update ({@code pending}, {@code done}, {@code failed}), if it was ever seen. */
    public java.util.Optional<String> status(long updateId) {
        synchronized (store) {
            return store.queryOne("SELECT status FROM inbox WHERE update_id = ?", rs -> rs.getString(1), updateId);
        }
    }
}
