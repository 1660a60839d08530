package org.mojaz.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * RSS/Atom feeds, which chats follow them, and the items seen in them. Feeds and their items are shared by every
 * chat that follows them (an item is fetched and briefed once); which feeds a chat follows is that chat's data and
 * every such query takes its chat id.
 */
public final class Feeds {
    private final Store store;

    public Feeds(Store store) {
        this.store = store;
    }

    /** A feed and what the last conditional GET left behind. */
    public record Feed(long id, String url, String title, String etag, String lastModified, String lastError) {
    }

    /**
     * An item of a followed feed, with its stored article.
     *
     * @param articleId the article's row id (articles are stored once for everyone)
     * @param link      the item's link
     * @param feedTitle the feed's title, or its URL when it has none
     * @param seenAt    when the poller first saw the item
     */
    public record FeedArticle(long articleId, org.mojaz.core.Article article, String link, String feedTitle,
                              Instant seenAt) {
    }

    /** The feed with this URL, created when new; its id. */
    public long feed(String url, String title) {
        synchronized (store) {
            store.update("INSERT INTO feeds (url, title) VALUES (?, ?) ON CONFLICT (url) DO UPDATE SET"
                    + " title = COALESCE(excluded.title, feeds.title)", url, title);
            return store.queryOne("SELECT id FROM feeds WHERE url = ?", rs -> rs.getLong(1), url).orElseThrow();
        }
    }

    /** The chat follows the feed; false when it already did. */
    public boolean follow(long chatId, long feedId) {
        synchronized (store) {
            String now = store.nowText();
            store.update("INSERT INTO chats (chat_id, kind, created_at, updated_at) VALUES (?, 'private', ?, ?)"
                    + " ON CONFLICT (chat_id) DO NOTHING", chatId, now, now);
            return store.update("INSERT INTO chat_feeds (chat_id, feed_id, added_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (chat_id, feed_id) DO NOTHING", chatId, feedId, now) == 1;
        }
    }

    /** Stops following the chat's feed with this URL or list number (1-based, as /feeds shows); false if none. */
    public boolean unfollow(long chatId, String urlOrNumber) {
        List<Feed> mine = of(chatId);
        Optional<Feed> target = mine.stream().filter(f -> f.url().equals(urlOrNumber)).findFirst();
        if (target.isEmpty() && urlOrNumber.matches("\\d{1,4}")) {
            int n = Integer.parseInt(urlOrNumber);
            target = n >= 1 && n <= mine.size() ? Optional.of(mine.get(n - 1)) : Optional.empty();
        }
        if (target.isEmpty()) {
            return false;
        }
        synchronized (store) {
            return store.update("DELETE FROM chat_feeds WHERE chat_id = ? AND feed_id = ?", chatId,
                    target.get().id()) == 1;
        }
    }

    /** The chat's feeds in the order it followed them. */
    public List<Feed> of(long chatId) {
        synchronized (store) {
            return store.query("SELECT f.* FROM feeds f JOIN chat_feeds cf ON cf.feed_id = f.id WHERE cf.chat_id = ?"
                    + " ORDER BY cf.added_at, f.id", Feeds::feed, chatId);
        }
    }

    /** Every feed at least one chat follows (the poller's work list). */
    public List<Feed> followed() {
        synchronized (store) {
            return store.query("SELECT f.* FROM feeds f WHERE EXISTS (SELECT 1 FROM chat_feeds cf"
                    + " WHERE cf.feed_id = f.id) ORDER BY f.id", Feeds::feed);
        }
    }

    /** Remembers the validators for the next conditional GET, or the last error (a short reason). */
    public void fetched(long feedId, String title, String etag, String lastModified, String error) {
        synchronized (store) {
            store.update("UPDATE feeds SET title = COALESCE(?, title), etag = COALESCE(?, etag),"
                    + " last_modified = COALESCE(?, last_modified), last_fetched_at = ?, last_error = ? WHERE id = ?",
                    title, etag, lastModified, store.nowText(), error, feedId);
        }
    }

    /** Records an item the first time it is seen; its row id then, empty when it was seen before. */
    public Optional<Long> newItem(long feedId, String guid, String url, String title, String published) {
        synchronized (store) {
            int n = store.update("INSERT INTO feed_items (feed_id, guid, url, title, published, seen_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (feed_id, guid) DO NOTHING", feedId, guid, url, title,
                    published, Subscriptions.fixed(store.clockInstant()));
            if (n == 0) {
                return Optional.empty();
            }
            return store.queryOne("SELECT id FROM feed_items WHERE feed_id = ? AND guid = ?", rs -> rs.getLong(1),
                    feedId, guid);
        }
    }

    public void linkArticle(long itemId, long articleId) {
        synchronized (store) {
            store.update("UPDATE feed_items SET article_id = ? WHERE id = ?", articleId, itemId);
        }
    }

    /** Items of the chat's feeds first seen at or after {@code since} that have an article, newest first. */
    public List<FeedArticle> itemsFor(long chatId, Instant since, int limit) {
        synchronized (store) {
            return store.query("SELECT a.*, fi.url AS fi_url, fi.seen_at AS fi_seen, COALESCE(f.title, f.url) AS f_title"
                    + " FROM feed_items fi JOIN chat_feeds cf ON cf.feed_id = fi.feed_id AND cf.chat_id = ?"
                    + " JOIN feeds f ON f.id = fi.feed_id JOIN articles a ON a.id = fi.article_id"
                    + " WHERE fi.seen_at >= ? ORDER BY fi.seen_at DESC, fi.id DESC LIMIT ?",
                    rs -> new FeedArticle(rs.getLong("id"), Store.article(rs), rs.getString("fi_url"),
                            rs.getString("f_title"), Instant.parse(rs.getString("fi_seen"))),
                    chatId, Subscriptions.fixed(since), limit);
        }
    }

    /** How many items the feed has recorded (tests, health). */
    public int itemCount(long feedId) {
        synchronized (store) {
            return store.queryOne("SELECT COUNT(*) FROM feed_items WHERE feed_id = ?", rs -> rs.getInt(1), feedId)
                    .orElse(0);
        }
    }

    private static Feed feed(ResultSet rs) throws SQLException {
        return new Feed(rs.getLong("id"), rs.getString("url"), rs.getString("title"), rs.getString("etag"),
                rs.getString("last_modified"), rs.getString("last_error"));
    }
}
