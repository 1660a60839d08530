package org.mojaz.chat;

import java.util.List;
import java.util.Optional;
import org.mojaz.store.Store;
import org.mojaz.store.StoredArticle;

/**
 * What a short plain message gets until a question handler is plugged in with {@link Conversation#onQuestion}:
 * "questions are coming soon" about the brief it replies to, else a hint on what to send.
 */
final class QuestionHint implements MessageHandler {
    private final Store store;
    private final int minTextChars;

    QuestionHint(Store store, int minTextChars) {
        this.store = store;
        this.minTextChars = minTextChars;
    }

    @Override
    public List<Reply> handle(Message m, String ui) {
        if (m.replyToArticleId() != null) {
            Optional<StoredArticle> about = store.article(m.chatId(), m.replyToArticleId());
            if (about.isPresent()) {
                return Replies.one(Say.QUESTION_ABOUT.in(ui, about.get().article().title()));
            }
        }
        return Replies.one(Say.QUESTION_HINT.in(ui, minTextChars));
    }
}
