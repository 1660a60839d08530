package org.mojaz.store;

/** Per-chat preferences (/lang, /length) and whether Telegram still lets us write to the chat. */
public final class ChatSettings {
    private final Store store;

    public ChatSettings(Store store) {
        this.store = store;
    }

    /**
     * One chat's preferences.
     *
     * @param showLanguages  which summaries to show: {@code ar}, {@code en} or {@code both}
     * @param uiLanguage     interface language: {@code ar} or {@code en}
     * @param summaryLength  {@code short} or {@code long}
     * @param active         false after Telegram answered 403 (bot blocked or removed)
     */
    public record Preferences(String showLanguages, String uiLanguage, String summaryLength, boolean active) {
        public static final Preferences DEFAULT = new Preferences("both", "en", "short", true);
    }

    /** Creates the chat on first contact with the interface language of its user; later calls change nothing. */
    public void ensure(long chatId, String kind, String uiLanguage) {
        synchronized (store) {
            String now = store.nowText();
            store.update("INSERT INTO chats (chat_id, kind, ui_language, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (chat_id) DO NOTHING", chatId, kind, uiLanguage, now, now);
        }
    }

    public Preferences get(long chatId) {
        synchronized (store) {
            return store.queryOne("SELECT show_languages, ui_language, summary_length, active FROM chats"
                    + " WHERE chat_id = ?", rs -> new Preferences(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getInt(4) == 1), chatId).orElse(Preferences.DEFAULT);
        }
    }

    public void setLanguages(long chatId, String showLanguages, String uiLanguage) {
        set(chatId, "show_languages = ?, ui_language = ?", showLanguages, uiLanguage);
    }

    public void setLength(long chatId, String summaryLength) {
        set(chatId, "summary_length = ?", summaryLength);
    }

    public void setActive(long chatId, boolean active) {
        set(chatId, "active = ?", active ? 1 : 0);
    }

    private void set(long chatId, String assignments, Object... values) {
        synchronized (store) {
            Object[] params = new Object[values.length + 2];
            System.arraycopy(values, 0, params, 0, values.length);
            params[values.length] = store.nowText();
            params[values.length + 1] = chatId;
            store.update("UPDATE chats SET " + assignments + ", updated_at = ? WHERE chat_id = ?", params);
        }
    }
}
