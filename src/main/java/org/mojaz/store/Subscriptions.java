package org.mojaz.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Daily-briefing subscriptions (one per chat) and their deliveries, keyed by (subscription, local date). Every
 * claim is a conditional insert or update, so two bot processes sharing the database never both win the same
 * delivery.
 */
public final class Subscriptions {
    private final Store store;

    public Subscriptions(Store store) {
        this.store = store;
    }

    /**
     * One chat's subscription.
     *
     * @param id        row id, the delivery key together with the local date
     * @param chatId    the chat
     * @param localTime when the briefing is due, in {@code zone}
     * @param zone      the subscription's timezone
     * @param active    false after /unsubscribe or when the chat became unreachable
     * @param createdAt when the chat first subscribed
     */
    public record Subscription(long id, long chatId, LocalTime localTime, ZoneId zone, boolean active,
                               Instant createdAt) {
    }

    /** A delivery row. {@code status} is pending, sent, failed or skipped. */
    public record Delivery(long subscriptionId, LocalDate localDate, String status, int attempts,
                           Instant claimedUntil, Instant sentAt, String error) {
    }

    /** Subscribes the chat (or changes its time and zone, and resumes a paused subscription). */
    public Subscription subscribe(long chatId, LocalTime localTime, ZoneId zone) {
        synchronized (store) {
            String now = store.nowText();
            store.update("INSERT INTO chats (chat_id, kind, created_at, updated_at) VALUES (?, 'private', ?, ?)"
                    + " ON CONFLICT (chat_id) DO NOTHING", chatId, now, now);
            store.update("INSERT INTO subscriptions (chat_id, local_time, timezone, active, created_at, updated_at)"
                    + " VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET local_time = excluded.local_time,"
                    + " timezone = excluded.timezone, active = 1, paused_reason = NULL, updated_at = excluded.updated_at",
                    chatId, localTime.toString(), zone.getId(), now, now);
            return of(chatId).orElseThrow();
        }
    }

    /** Stops the chat's briefings; false when it had none running. */
    public boolean unsubscribe(long chatId) {
        return pause(chatId, "unsubscribed");
    }

    /** Pauses the chat's subscription with a short reason ("unreachable", "unsubscribed"). */
    public boolean pause(long chatId, String reason) {
        synchronized (store) {
            return store.update("UPDATE subscriptions SET active = 0, paused_reason = ?, updated_at = ?"
                    + " WHERE chat_id = ? AND active = 1", reason, store.nowText(), chatId) == 1;
        }
    }

    public Optional<Subscription> of(long chatId) {
        synchronized (store) {
            return store.queryOne("SELECT * FROM subscriptions WHERE chat_id = ?", Subscriptions::subscription,
                    chatId);
        }
    }

    /** Every running subscription (the scheduler's work list). */
    public List<Subscription> active() {
        synchronized (store) {
            return store.query("SELECT * FROM subscriptions WHERE active = 1 ORDER BY id", Subscriptions::subscription);
        }
    }

    // ---- deliveries -------------------------------------------------------------------------------------------

    /**
     * Claims the delivery of (subscription, local date) until {@code until}: true for exactly one caller, whichever
     * process it runs in. A pending row whose claim ran out (a crash, a retry back-off) can be claimed again.
     */
    public boolean claim(long subscriptionId, LocalDate localDate, Instant now, Instant until) {
        synchronized (store) {
            int inserted = store.update("INSERT INTO deliveries (subscription_id, local_date, status, claimed_until,"
                    + " attempts) VALUES (?, ?, 'pending', ?, 1) ON CONFLICT (subscription_id, local_date) DO NOTHING",
                    subscriptionId, localDate.toString(), fixed(until));
            if (inserted == 1) {
                return true;
            }
            return store.update("UPDATE deliveries SET claimed_until = ?, attempts = attempts + 1"
                    + " WHERE subscription_id = ? AND local_date = ? AND status = 'pending' AND claimed_until <= ?",
                    fixed(until), subscriptionId, localDate.toString(), fixed(now)) == 1;
        }
    }

    /** Records a briefing that was due but is too late to send (after downtime); false when a row existed. */
    public boolean skip(long subscriptionId, LocalDate localDate, String reason) {
        synchronized (store) {
            return store.update("INSERT INTO deliveries (subscription_id, local_date, status, error) VALUES"
                    + " (?, ?, 'skipped', ?) ON CONFLICT (subscription_id, local_date) DO NOTHING",
                    subscriptionId, localDate.toString(), reason) == 1;
        }
    }

    public void markSent(long subscriptionId, LocalDate localDate, int items) {
        synchronized (store) {
            store.update("UPDATE deliveries SET status = 'sent', sent_at = ?, item_count = ?, error = NULL"
                    + " WHERE subscription_id = ? AND local_date = ?", fixed(store.clockInstant()), items, subscriptionId,
                    localDate.toString());
        }
    }

    /** Leaves the row pending, claimable again at {@code retryAt}. */
    public void retryLater(long subscriptionId, LocalDate localDate, Instant retryAt, String error) {
        synchronized (store) {
            store.update("UPDATE deliveries SET claimed_until = ?, error = ? WHERE subscription_id = ? AND local_date = ?"
                    + " AND status = 'pending'", fixed(retryAt), error, subscriptionId, localDate.toString());
        }
    }

    public void markFailed(long subscriptionId, LocalDate localDate, String error) {
        synchronized (store) {
            store.update("UPDATE deliveries SET status = 'failed', error = ? WHERE subscription_id = ? AND local_date = ?",
                    error, subscriptionId, localDate.toString());
        }
    }

    public Optional<Delivery> delivery(long subscriptionId, LocalDate localDate) {
        synchronized (store) {
            return store.queryOne("SELECT * FROM deliveries WHERE subscription_id = ? AND local_date = ?",
                    Subscriptions::delivery, subscriptionId, localDate.toString());
        }
    }

    /** "subscriptionId:localDate" of every delivery from {@code from} on that needs nothing more (not pending). */
    public java.util.Set<String> settledSince(LocalDate from) {
        synchronized (store) {
            return new java.util.HashSet<>(store.query("SELECT subscription_id, local_date FROM deliveries"
                    + " WHERE local_date >= ? AND status <> 'pending'", rs -> rs.getLong(1) + ":" + rs.getString(2),
                    from.toString()));
        }
    }

    /** When the chat's last briefing went out, if ever. */
    public Optional<Instant> lastSent(long chatId) {
        synchronized (store) {
            return store.queryOne("SELECT MAX(d.sent_at) FROM deliveries d JOIN subscriptions s"
                    + " ON s.id = d.subscription_id WHERE s.chat_id = ? AND d.status = 'sent'",
                    rs -> rs.getString(1) == null ? null : Instant.parse(rs.getString(1)), chatId);
        }
    }

    /** Deliveries counted by status, for benchmarks and health checks. */
    public int count(String status) {
        synchronized (store) {
            return store.queryOne("SELECT COUNT(*) FROM deliveries WHERE status = ?", rs -> rs.getInt(1), status)
                    .orElse(0);
        }
    }

    /** Instants as fixed-width UTC text (milliseconds always present), so SQL compares them as text correctly. */
    static String fixed(Instant instant) {
        return FIXED.format(instant);
    }

    private static final java.time.format.DateTimeFormatter FIXED =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", java.util.Locale.ROOT)
                    .withZone(java.time.ZoneOffset.UTC);

    private static Subscription subscription(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Subscription(rs.getLong("id"), rs.getLong("chat_id"), LocalTime.parse(rs.getString("local_time")),
                ZoneId.of(rs.getString("timezone")), rs.getInt("active") == 1, Instant.parse(rs.getString("created_at")));
    }

    private static Delivery delivery(java.sql.ResultSet rs) throws java.sql.SQLException {
        String until = rs.getString("claimed_until");
        String sent = rs.getString("sent_at");
        return new Delivery(rs.getLong("subscription_id"), LocalDate.parse(rs.getString("local_date")),
                rs.getString("status"), rs.getInt("attempts"), until == null ? null : Instant.parse(until),
                sent == null ? null : Instant.parse(sent), rs.getString("error"));
    }
}
