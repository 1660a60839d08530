package org.mojaz.store;

import java.util.Optional;

/**
 * Which article each sent message of a brief shows, per chat: every part of a split brief, the placeholder edited
 * into its first part, the parts of a redraw. A reply to any of them is a question about that article. The rows
 * belong to the chat's link to the article and go with it ({@link Store#forgetChat}).
 */
public final class BriefMessages {
    private final Store store;

    public BriefMessages(Store store) {
        this.store = store;
    }

    /** Remembers that message {@code messageId} of the chat shows the article; false when the chat does not hold it. */
    public boolean remember(long chatId, int messageId, long articleId) {
        synchronized (store) {
            return store.inTransaction(() -> {
                if (store.article(chatId, articleId).isEmpty()) {
                    return false;
                }
                store.update("INSERT INTO brief_messages (chat_id, message_id, article_id, sent_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (chat_id, message_id) DO UPDATE SET article_id = excluded.article_id,"
                        + " sent_at = excluded.sent_at", chatId, messageId, articleId, store.nowText());
                return true;
            });
        }
    }

    /** The article the chat's message shows, when it was part of a brief the chat still holds. */
    public Optional<Long> article(long chatId, int messageId) {
        synchronized (store) {
            return store.queryOne("SELECT article_id FROM brief_messages WHERE chat_id = ? AND message_id = ?",
                    rs -> rs.getLong(1), chatId, messageId);
        }
    }

    /** How many messages of this chat are remembered, for tests. */
    public int count(long chatId) {
        synchronized (store) {
            return store.queryOne("SELECT COUNT(*) FROM brief_messages WHERE chat_id = ?", rs -> rs.getInt(1), chatId)
                    .orElse(0);
        }
    }
}
