package org.mojaz.store;

import java.util.List;

/** The entities a chat follows (/follow الجزائر, /follow Algeria): one row per entity, whichever name was typed. */
public final class EntityFollows {
    private final Store store;

    public EntityFollows(Store store) {
        this.store = store;
    }

    /**
     * A followed entity.
     *
     * @param key    the matching key (English name folded to lower case, else the Arabic name)
     * @param nameAr the Arabic name, or null
     * @param nameEn the English name, or null
     */
    public record Followed(String key, String nameAr, String nameEn) {
    }

    /** False when the chat already followed it. */
    public boolean follow(long chatId, Followed entity) {
        synchronized (store) {
            String now = store.nowText();
            store.update("INSERT INTO chats (chat_id, kind, created_at, updated_at) VALUES (?, 'private', ?, ?)"
                    + " ON CONFLICT (chat_id) DO NOTHING", chatId, now, now);
            return store.update("INSERT INTO chat_entities (chat_id, entity_key, name_ar, name_en, added_at)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id, entity_key) DO NOTHING", chatId, entity.key(),
                    entity.nameAr(), entity.nameEn(), now) == 1;
        }
    }

    public boolean unfollow(long chatId, String key) {
        synchronized (store) {
            return store.update("DELETE FROM chat_entities WHERE chat_id = ? AND entity_key = ?", chatId, key) == 1;
        }
    }

    public List<Followed> of(long chatId) {
        synchronized (store) {
            return store.query("SELECT entity_key, name_ar, name_en FROM chat_entities WHERE chat_id = ?"
                    + " ORDER BY added_at, entity_key", rs -> new Followed(rs.getString(1), rs.getString(2),
                    rs.getString(3)), chatId);
        }
    }
}
