package org.mojaz.qa;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mojaz.llm.ModelUnavailableException;
import org.mojaz.store.QuestionLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a question from one chat's articles: reads it (with the names of the chat's previous question, for
 * follow-ups), retrieves passages, and answers with the model when one is configured and else - or when the model
 * fails, is over budget or answers badly - with the extractive engine. Remembers the chat's last turns.
 */
public final class QuestionAnswerer {
    private static final Logger LOG = LoggerFactory.getLogger(QuestionAnswerer.class);
    static final String UNKNOWN_FAILURE = "the model failed · أخفق النموذج";

    private final QuestionReader reader;
    private final Retriever retriever;
    private final ExtractiveAnswerer extractive;
    private final Optional<LlmAnswerer> llm;
    private final QuestionLog log;
    private final int memoryTurns;
    private final Duration window;

    public QuestionAnswerer(QuestionReader reader, Retriever retriever, ExtractiveAnswerer extractive,
                            Optional<LlmAnswerer> llm, QuestionLog log, int memoryTurns, Duration window) {
        this.reader = reader;
        this.retriever = retriever;
        this.extractive = extractive;
        this.llm = llm;
        this.log = log;
        this.memoryTurns = memoryTurns;
        this.window = window;
    }

    /**
     * @param articleId the article the question replies to, or null for the chat's recent articles
     */
    public Answer answer(long chatId, String question, Long articleId) {
        long start = System.nanoTime();
        List<QuestionLog.Turn> turns = memoryTurns > 0 ? log.recent(chatId, memoryTurns) : List.of();
        Query query = reader.read(question, carried(turns));
        Retrieval retrieval = retriever.retrieve(chatId, query, articleId);
        Answer answer;
        if (retrieval.articlesInScope() == 0) {
            answer = new Answer(AnswerWords.noArticles(query.language(), window.toDays()), List.of(),
                    ExtractiveAnswerer.ENGINE, false, null);
        } else if (llm.isPresent()) {
            answer = withModel(llm.get(), chatId, retrieval, turns);
        } else {
            answer = extractive.answer(retrieval);
        }
        if (memoryTurns > 0) {
            log.remember(chatId, new QuestionLog.Turn(query.text(), String.join(" ", query.ownTerms()),
                    answer.found() ? answer.text() : null), memoryTurns);
        }
        LOG.info("question answered chat={} type={} articles={} candidates={} found={} engine={} ms={}", chatId,
                query.type(), retrieval.articlesInScope(), retrieval.evidence().size(), answer.found(), answer.engine(),
                (System.nanoTime() - start) / 1_000_000);
        return answer;
    }

    /** What retrieval finds for the question, without answering or remembering it (eval). */
    public Retrieval retrieve(long chatId, String question, Long articleId) {
        return retriever.retrieve(chatId, reader.read(question, List.of()), articleId);
    }

    /** The model's answer, or the extractive one with a short note when the model cannot give a checked answer. */
    private Answer withModel(LlmAnswerer model, long chatId, Retrieval retrieval, List<QuestionLog.Turn> turns) {
        try {
            return model.answer(chatId, retrieval, turns);
        } catch (ModelUnavailableException e) {
            LOG.info("answering without the model chat={} reason={}", chatId, e.reason());
            return extractive.answer(retrieval).withNotice(e.reason().notice());
        } catch (RuntimeException e) {
            LOG.warn("model answer failed unexpectedly chat={} error={}", chatId, e.getClass().getName());
            return extractive.answer(retrieval).withNotice(UNKNOWN_FAILURE);
        }
    }

    /** The previous question's terms: a follow-up ("and who leads it?") keeps what it was about. */
    private static List<String> carried(List<QuestionLog.Turn> turns) {
        if (turns.isEmpty()) {
            return List.of();
        }
        String last = turns.get(turns.size() - 1).carried();
        return last.isBlank() ? List.of() : new ArrayList<>(List.of(last.split(" ")));
    }
}
