package org.mojaz.summary;

import static org.mojaz.summary.NewsFixtures.API_KEY;
import static org.mojaz.summary.NewsFixtures.SUMMARY;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.llm.DailyBudget;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.store.LlmCallLog;
import org.mojaz.store.Store;
import org.mojaz.testing.FakeOpenAi;

/** The digest cache in front of the LLM engine, on a real SQLite file, keeps the Summarizer contract. */
class CachingSummarizerContractTest extends SummarizerContract {
    @TempDir
    Path dir;
    private final FakeOpenAi openAi = new FakeOpenAi();
    private Store store;
    private CachingSummarizer cached;

    @BeforeEach
    void start() {
        NewsFixtures.answersForContractArticles().forEach(openAi::reply);
        store = Store.open(dir.resolve("mojaz.db"));
        LlmCallLog calls = new LlmCallLog(store, Clock.systemUTC());
        LlmSummarizer llm = new LlmSummarizer(NewsFixtures.chat(NewsFixtures.llm("openai-compatible",
                openAi.baseUrl()), API_KEY, Clock.systemUTC()).orElseThrow(),
                PromptTemplates.load(Path.of("no-such-folder")), SUMMARY, 6000);
        cached = new CachingSummarizer(llm, store, calls,
                new DailyBudget(50, 2000, calls::callsToday, calls::callsToday));
    }

    @AfterEach
    void stop() {
        store.close();
        openAi.close();
    }

    @Override
    Summarizer summarizer() {
        return cached;
    }
}
