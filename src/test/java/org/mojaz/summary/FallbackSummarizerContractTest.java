package org.mojaz.summary;

import static org.mojaz.summary.NewsFixtures.API_KEY;
import static org.mojaz.summary.NewsFixtures.SUMMARY;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.testing.FakeOpenAi;

/** With the model down (every call a 500), the fallback chain still keeps the Summarizer contract. */
class FallbackSummarizerContractTest extends SummarizerContract {
    private static final ExtractiveSummarizer EXTRACTIVE = new ExtractiveSummarizer(new EntityExtractor());
    private final FakeOpenAi openAi = new FakeOpenAi();
    private FallbackSummarizer chain;

    @BeforeEach
    void start() {
        for (int i = 0; i < 4; i++) {
            openAi.fail(500);
        }
        LlmSummarizer llm = new LlmSummarizer(NewsFixtures.chat(NewsFixtures.llm("openai-compatible",
                openAi.baseUrl()), API_KEY, Clock.systemUTC()).orElseThrow(),
                PromptTemplates.load(Path.of("no-such-folder")), SUMMARY, 6000);
        chain = new FallbackSummarizer(llm, EXTRACTIVE);
    }

    @AfterEach
    void stop() {
        openAi.close();
    }

    @Override
    Summarizer summarizer() {
        return chain;
    }
}
