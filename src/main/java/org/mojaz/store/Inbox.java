package org.mojaz.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Incoming updates, written before they are acknowledged to the transport and marked done after the reply is
 * sent. An update id seen before is refused, so nothing is handled twice; unfinished rows are handled on start.
 * A try that failed is counted apart from one a crash cut short, so the two can be told apart on start.
 */
public final class Inbox {
    private final Store store;

    public Inbox(Store store) {
        this.store = store;
    }

    /**
     * One unfinished update.
     *
     * @param attempts      tries started
     * @param failures      tries that ended in an error (the rest of {@code attempts} were cut short by a crash)
     * @param nextAttemptAt when a failed update may be tried again, or null
     */
    public record Item(long updateId, long chatId, String payload, int attempts, int failures, Instant nextAttemptAt) {
        /** Tries that neither finished nor failed: the process died while running them. */
        public int crashes() {
            return Math.max(0, attempts - failures);
        }
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

    /** Takes back a try that was stopped on purpose (the process is shutting down), so it does not count as a crash. */
    public void release(long updateId) {
        synchronized (store) {
            store.update("UPDATE inbox SET attempts = MAX(0, attempts - 1) WHERE update_id = ?", updateId);
        }
    }

    public void markDone(long updateId) {
        synchronized (store) {
            // the message itself is dropped once answered (the id stays, so a redelivery is still recognised)
            store.update("UPDATE inbox SET status = 'done', done_at = ?, error = NULL, payload = '',"
                    + " next_attempt_at = NULL WHERE update_id = ?", store.nowText(), updateId);
        }
    }

    /**
     * Counts a failed try; {@code error} is a short reason, never a message body. Returns how many tries of this
     * update have failed so far.
     */
    public int failure(long updateId, String error) {
        synchronized (store) {
            store.update("UPDATE inbox SET failures = failures + 1, error = ? WHERE update_id = ?", error, updateId);
            return store.queryOne("SELECT failures FROM inbox WHERE update_id = ?", rs -> rs.getInt(1), updateId)
                    .orElse(0);
        }
    }

    /** When a failed update may be tried again (kept across a restart). */
    public void retryAt(long updateId, Instant nextAttemptAt) {
        synchronized (store) {
            store.update("UPDATE inbox SET next_attempt_at = ? WHERE update_id = ?", nextAttemptAt.toString(), updateId);
        }
    }

    /** Gives up on the update without telling anyone; {@code error} is a short reason, never a message body. */
    public void markFailed(long updateId, String error) {
        fail(updateId, error, false);
    }

    /** Gives up on the update and remembers that its chat is owed a notice until {@link #noticeGiven} is called. */
    public void giveUp(long updateId, String error) {
        fail(updateId, error, true);
    }

    private void fail(long updateId, String error, boolean owesNotice) {
        synchronized (store) {
            store.update("UPDATE inbox SET status = 'failed', done_at = ?, error = ?, payload = '',"
                    + " next_attempt_at = NULL, notice_owed = ? WHERE update_id = ?",
                    store.nowText(), error, owesNotice ? 1 : 0, updateId);
        }
    }

    public void noticeGiven(long updateId) {
        synchronized (store) {
            store.update("UPDATE inbox SET notice_owed = 0 WHERE update_id = ?", updateId);
        }
    }

    /** Updates given up on whose chat has not been told yet (a crash came between the two), oldest first. */
    public List<Item> noticesOwed() {
        synchronized (store) {
            return store.query("SELECT update_id, chat_id, attempts, failures FROM inbox WHERE status = 'failed'"
                    + " AND notice_owed = 1 ORDER BY update_id",
                    rs -> new Item(rs.getLong(1), rs.getLong(2), "", rs.getInt(3), rs.getInt(4), null));
        }
    }

    /** Pending updates, oldest first: what a crash left behind, and failed tries waiting for their retry. */
    public List<Item> unfinished() {
        synchronized (store) {
            return store.query("SELECT update_id, chat_id, payload, attempts, failures, next_attempt_at FROM inbox"
                    + " WHERE status = 'pending' ORDER BY update_id", rs -> new Item(rs.getLong(1), rs.getLong(2),
                    rs.getString(3), rs.getInt(4), rs.getInt(5),
                    rs.getString(6) == null ? null : Instant.parse(rs.getString(6))));
        }
    }

    /** The reason recorded for an update's last failure, if any. */
    public Optional<String> error(long updateId) {
        synchronized (store) {
            return store.queryOne("SELECT error FROM inbox WHERE update_id = ? AND error IS NOT NULL",
                    rs -> rs.getString(1), updateId);
        }
    }

    /** Remembers the placeholder message sent for an update. */
    public void placeholderSent(long updateId, int messageId) {
        synchronized (store) {
            store.update("UPDATE inbox SET placeholder_message_id = ? WHERE update_id = ?", messageId, updateId);
        }
    }

    /** The placeholder message an earlier try sent for this update, if any. */
    public Optional<Integer> placeholder(long updateId) {
        synchronized (store) {
            return store.queryOne("SELECT placeholder_message_id FROM inbox WHERE update_id = ?"
                    + " AND placeholder_message_id IS NOT NULL", rs -> rs.getInt(1), updateId);
        }
    }

    /** The status of one update ({@code pending}, {@code done}, {@code failed}), if it was ever seen. */
    public Optional<String> status(long updateId) {
        synchronized (store) {
            return store.queryOne("SELECT status FROM inbox WHERE update_id = ?", rs -> rs.getString(1), updateId);
        }
    }
}
