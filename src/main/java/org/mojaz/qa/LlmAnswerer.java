package org.mojaz.qa;

import java.util.List;
import java.util.Optional;
import org.mojaz.store.QuestionLog;

/** Placeholder replaced below. */
public final class LlmAnswerer {
    public Optional<Answer> answer(long chatId, Retrieval retrieval, List<QuestionLog.Turn> turns) {
        return Optional.empty();
    }
}
