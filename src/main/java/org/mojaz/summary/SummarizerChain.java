package org.mojaz.summary;

import java.time.Clock;
import java.util.Optional;
import java.util.function.BiFunction;
import org.mojaz.config.Settings;
import org.mojaz.core.Article;
import org.mojaz.llm.LlmChat;
import org.mojaz.llm.LlmModels;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.store.LlmCallLog;
import org.mojaz.store.Store;

/**
 * Builds the summarizer Main uses from the settings:
 * {@code FallbackSummarizer(CachingSummarizer(LlmSummarizer), extractive)}, or the extractive engine alone when
 * {@code llm.provider=none}.
 */
public final class SummarizerChain {
    private SummarizerChain() {
    }

    /**
     * @param extractive the engine that answers without a model (and on every model failure)
     * @param condenser  fits long articles into {@code llm.input-token-budget}; pass {@code new LeadCondenser()}
     *                   until the extractive engine's ranking is wired in
     */
    public static Summarizer build(Settings settings, Store store, Summarizer extractive,
                                   BiFunction<Article, Integer, Article> condenser, Clock clock) {
        Optional<LlmChat> chat = LlmModels.chat(settings.llm(), settings.secrets().llmApiKey(), clock);
        if (chat.isEmpty()) {
            return extractive;
        }
        Settings.Llm llm = settings.llm();
        LlmSummarizer engine = new LlmSummarizer(chat.get(), PromptTemplates.load(settings.promptsDir()),
                settings.summary(), llm.inputTokenBudget(), condenser);
        CachingSummarizer cached = new CachingSummarizer(engine, store, new LlmCallLog(store, clock),
                llm.dailyCallsPerChat(), llm.dailyCallsGlobal());
        return new FallbackSummarizer(cached, extractive);
    }
}
