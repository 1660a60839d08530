package org.mojaz.qa;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.llm.DailyBudget;
import org.mojaz.llm.LlmChat;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.store.LlmCallLog;
import org.mojaz.store.PassageIndex;
import org.mojaz.store.QuestionLog;
import org.mojaz.store.Store;
import org.mojaz.text.SentenceSplitter;
import org.mojaz.text.Tokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds question answering from the settings: makes the store index the passages of every article it saves,
 * indexes the articles stored before, and returns the {@link QuestionAnswerer} - with the model when a chat is
 * given (the same one the summarizer uses, so the breaker and the daily caps are shared), else extractive only.
 */
public final class QuestionAnswering {
    private static final Logger LOG = LoggerFactory.getLogger(QuestionAnswering.class);
    private static final int BACKFILL_BATCH = 200;

    private QuestionAnswering() {
    }

    /** The model's side: the shared chat, prompts, call log and daily budget. */
    public record Model(LlmChat chat, PromptTemplates prompts, LlmCallLog calls, DailyBudget budget) {
    }

    /**
     * @param model the model and what it shares with the summarizer, or empty for the extractive engine only
     */
    public static QuestionAnswerer build(QaOptions options, Store store, EntityExtractor entities,
                                         Optional<Model> model, Clock clock) {
        QaTerms terms = new QaTerms(new Tokenizer());
        Passages passages = new Passages(new SentenceSplitter(), terms);
        store.indexPassagesWith(passages);
        backfill(store, passages);
        QuestionLog log = new QuestionLog(store);
        Optional<LlmAnswerer> llm = model.map(m -> new LlmAnswerer(m.chat(), m.prompts(), log, m.calls(), m.budget(),
                entities));
        return new QuestionAnswerer(new QuestionReader(terms, entities),
                new Retriever(store, entities, options.window(), clock),
                new ExtractiveAnswerer(new Relevance(options.minCoverage())), llm, log, options.memoryTurns(),
                options.window());
    }

    /** Indexes the passages of every stored article that has none yet; returns how many articles it indexed. */
    public static int backfill(Store store, Store.PassageMaker passages) {
        PassageIndex index = new PassageIndex(store);
        long start = System.nanoTime();
        int done = 0;
        long last = 0;
        for (List<PassageIndex.Unindexed> batch = index.unindexed(last, BACKFILL_BATCH); !batch.isEmpty();
             batch = index.unindexed(last, BACKFILL_BATCH)) {
            for (PassageIndex.Unindexed u : batch) {
                index.index(u.articleId(), passages.passages(u.article()));
                last = u.articleId();
                done++;
            }
        }
        if (done > 0) {
            LOG.info("passages indexed for stored articles articles={} ms={}", done, (System.nanoTime() - start) / 1_000_000);
        }
        return done;
    }
}
