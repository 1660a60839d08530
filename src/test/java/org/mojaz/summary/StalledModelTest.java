package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mojaz.summary.NewsFixtures.API_KEY;
import static org.mojaz.summary.NewsFixtures.SUMMARY;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mojaz.llm.LlmModels;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.testing.FakeAnthropic;
import org.mojaz.testing.FakeGemini;
import org.mojaz.testing.FakeLlmServer;
import org.mojaz.testing.FakeOpenAi;

/**
 * A model server that sends its headers and then stops in the middle of the body must not hold the user forever:
 * {@code llm.timeout} bounds the whole call, body included, for every provider. The JUnit time-out only stops a
 * hanging run; nothing here asserts how fast the fallback comes.
 */
class StalledModelTest {
    private final PromptTemplates prompts = PromptTemplates.load(Path.of("no-such-folder"));
    private final FakeExtractive extractive = new FakeExtractive();

    private Digest summarizeWith(String provider, FakeLlmServer server) {
        LlmSummarizer llm = new LlmSummarizer(NewsFixtures.chat(NewsFixtures.llm(provider, server.baseUrl(),
                Duration.ofSeconds(1), 3), API_KEY, Clock.systemUTC()).orElseThrow(), prompts, SUMMARY, 6000);
        return new FallbackSummarizer(llm, extractive).summarize(NewsFixtures.english(), 5L);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldFallBackWithTheTimeoutNoteWhenAnOpenAiCompatibleServerStallsItsBody() {
        try (FakeOpenAi openAi = new FakeOpenAi()) {
            // given
            openAi.stallBody(NewsFixtures.answerForEnglish());

            // when
            Digest d = summarizeWith("openai-compatible", openAi);

            // then
            assertThat(d.engine()).isEqualTo("extractive");
            assertThat(d.notice()).startsWith("the model timed out · ");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldFallBackWithTheTimeoutNoteWhenAnthropicStallsItsBody() {
        try (FakeAnthropic anthropic = new FakeAnthropic()) {
            // given
            anthropic.stallBody(NewsFixtures.answerForEnglish());

            // when
            Digest d = summarizeWith("anthropic", anthropic);

            // then
            assertThat(d.engine()).isEqualTo("extractive");
            assertThat(d.notice()).startsWith("the model timed out · ");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void shouldFallBackWithTheTimeoutNoteWhenGeminiStallsItsBody() {
        try (FakeGemini gemini = new FakeGemini()) {
            // given
            gemini.stallBody(NewsFixtures.answerForEnglish());

            // when
            Digest d = summarizeWith("gemini", gemini);

            // then
            assertThat(d.engine()).isEqualTo("extractive");
            assertThat(d.notice()).startsWith("the model timed out · ");
        }
    }
}
