package org.mojaz.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A chat's last questions (the follow-up memory) and its cached model answers. Both belong to the chat and go
 * with {@link Store#forgetChat}.
 */
public final class QuestionLog {
    private final Store store;

    public QuestionLog(Store store) {
        this.store = store;
    }

    /**
     * One earlier question.
     *
     * @param question the question as asked
     * @param carried  the terms and names it carries into a follow-up, space-separated
     * @param answer   the answer's text, or null
     */
    public record Turn(String question, String carried, String answer) {
    }

    /** Records a question and keeps only the chat's last {@code keep} turns. */
    public void remember(long chatId, Turn turn, int keep) {
        synchronized (store) {
            store.inTransaction(() -> {
                store.ensureChatExists(chatId);
                store.update("INSERT INTO qa_turns (chat_id, question, carried, answer, created_at) VALUES (?, ?, ?, ?, ?)",
                        chatId, turn.question(), turn.carried(), turn.answer(), store.nowText());
                store.update("DELETE FROM qa_turns WHERE chat_id = ? AND id NOT IN (SELECT id FROM qa_turns WHERE"
                        + " chat_id = ? ORDER BY id DESC LIMIT ?)", chatId, chatId, Math.max(0, keep));
                return null;
            });
        }
    }

    /** The chat's last {@code n} turns, oldest first. */
    public List<Turn> recent(long chatId, int n) {
        synchronized (store) {
            List<Turn> turns = new ArrayList<>(store.query("SELECT question, carried, answer FROM qa_turns"
                    + " WHERE chat_id = ? ORDER BY id DESC LIMIT ?", rs -> new Turn(rs.getString(1), rs.getString(2),
                    rs.getString(3)), chatId, n));
            Collections.reverse(turns);
            return turns;
        }
    }

    public Optional<String> cachedAnswer(long chatId, String key) {
        synchronized (store) {
            return store.queryOne("SELECT answer_json FROM qa_answers WHERE chat_id = ? AND key = ?",
                    rs -> rs.getString(1), chatId, key);
        }
    }

    public void saveAnswer(long chatId, String key, String json) {
        synchronized (store) {
            store.inTransaction(() -> {
                store.ensureChatExists(chatId);
                store.update("INSERT INTO qa_answers (chat_id, key, answer_json, created_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (chat_id, key) DO UPDATE SET answer_json = excluded.answer_json", chatId, key,
                        json, store.nowText());
                return null;
            });
        }
    }
}
