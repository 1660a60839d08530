package org.mojaz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Article;
import org.mojaz.llm.CircuitBreaker;
import org.mojaz.llm.LlmModels;
import org.mojaz.llm.LlmOptions;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.summary.Digest;
import org.mojaz.summary.FallbackSummarizer;
import org.mojaz.summary.LlmSummarizer;
import org.mojaz.summary.Summarizer;
import org.mojaz.summary.SummaryLength;
import org.mojaz.testing.FakeSummarizer;
import org.mojaz.testing.TestWiring;

/** The soak's model must answer what the bot's answer check accepts, or the soak would only measure fallbacks. */
class SimulatedModelTest {
    private final SimulatedModel model = new SimulatedModel();
    private final SimulatedNewsSite site = new SimulatedNewsSite();

    /** The bot's LLM chain with this whole-call timeout, the fake extractive engine as its fallback. */
    private Summarizer chain(Duration timeout) {
        return new FallbackSummarizer(new LlmSummarizer(LlmModels.chat(
                new LlmOptions("openai-compatible", "bench-model", model.baseUrl(), timeout, 0.2, 1200),
                null, new CircuitBreaker(100, Duration.ofSeconds(60), Clock.systemUTC())).orElseThrow(),
                PromptTemplates.load(Path.of("no-such-folder")), new SummaryLength(60, 5), 6000),
                FakeSummarizer.standard());
    }

    @AfterEach
    void stop() {
        model.close();
        site.close();
    }

    @Test
    void shouldAnswerAnArabicAndAnEnglishPageWithBriefsTheAnswerCheckAccepts() {
        // given the bench's Arabic page (odd) and English page (even)
        Article arabic = TestWiring.ingestor().fromUrl(site.url(7));
        Article english = TestWiring.ingestor().fromUrl(site.url(8));

        // when the LLM chain summarizes them through the simulated model
        Summarizer chain = chain(Duration.ofSeconds(30)); // a loaded machine must not turn an answer into a timeout
        Digest a = chain.summarize(arabic);
        Digest e = chain.summarize(english);

        // then both briefs are the model's, not the fallback's
        assertThat(a.engine()).startsWith("llm:openai-compatible");
        assertThat(e.engine()).startsWith("llm:openai-compatible");
        assertThat(model.calls()).isEqualTo(2);
    }

    @Test
    void shouldStallSoTheWholeCallTimeoutEndsItAndTheFallbackAnswers() {
        // given a model that stalls every answer
        model.injectFaults(1.0);
        Article english = TestWiring.ingestor().fromUrl(site.url(8));

        // when the chain summarizes
        Digest d = chain(Duration.ofSeconds(2)).summarize(english);

        // then the fallback answered, and the stall was counted
        assertThat(d.engine()).doesNotStartWith("llm:");
        assertThat(model.faults().toString()).contains("stalled 1");
    }
}
