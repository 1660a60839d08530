package org.mojaz.summary;

import static org.mojaz.summary.NewsFixtures.API_KEY;
import static org.mojaz.summary.NewsFixtures.SUMMARY;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.testing.FakeOpenAi;

/** The LLM engine over a local fake OpenAI-compatible server keeps the Summarizer contract. */
class LlmSummarizerContractTest extends SummarizerContract {
    private final FakeOpenAi openAi = new FakeOpenAi();
    private LlmSummarizer engine;

    @BeforeEach
    void start() {
        NewsFixtures.answersForContractArticles().forEach(openAi::reply);
        engine = new LlmSummarizer(NewsFixtures.chat(NewsFixtures.llm("openai-compatible", openAi.baseUrl()), API_KEY,
                Clock.systemUTC()).orElseThrow(), PromptTemplates.load(Path.of("no-such-folder")), SUMMARY, 6000);
    }

    @AfterEach
    void stop() {
        openAi.close();
    }

    @Override
    Summarizer summarizer() {
        return engine;
    }
}
