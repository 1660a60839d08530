package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.config.ConfigSource;
import org.mojaz.config.Settings;
import org.mojaz.store.Store;
import org.mojaz.testing.FakeOpenAi;

class SummarizerChainTest {
    @TempDir
    Path dir;

    private final FakeOpenAi openAi = new FakeOpenAi();
    private final FakeExtractive extractive = new FakeExtractive();

    @AfterEach
    void stop() {
        openAi.close();
    }

    private Settings settings(Map<String, String> env) {
        return Settings.from(ConfigSource.load(null, env), env);
    }

    @Test
    void shouldUseTheExtractiveEngineAloneWhenNoProviderIsConfigured() {
        // given
        Settings settings = settings(Map.of());

        // when
        try (Store store = Store.open(dir.resolve("m.db"))) {
            Summarizer chain = SummarizerChain.build(settings, store, extractive, new LeadCondenser(),
                    Clock.systemUTC());

            // then
            assertThat(chain).isSameAs(extractive);
        }
    }

    @Test
    void shouldBuildTheCachedLlmChainFromEnvironmentSettings() {
        // given
        Settings settings = settings(Map.of("MOJAZ_LLM_PROVIDER", "openai-compatible", "MOJAZ_LLM_MODEL", "test-model",
                "MOJAZ_LLM_BASE_URL", openAi.baseUrl(), "MOJAZ_PROMPTS_DIR", dir.toString()));
        openAi.reply(NewsFixtures.answerForEnglish());

        // when
        try (Store store = Store.open(dir.resolve("m.db"))) {
            Summarizer chain = SummarizerChain.build(settings, store, extractive, new LeadCondenser(),
                    Clock.systemUTC());
            Digest first = chain.summarize(NewsFixtures.english(), 1L);
            Digest second = chain.summarize(NewsFixtures.english(), 2L);

            // then
            assertThat(first.engine()).isEqualTo("llm:openai-compatible/test-model");
            assertThat(second).isEqualTo(first);
            assertThat(openAi.requestCount()).isEqualTo(1);
            assertThat(openAi.lastRequest().header("Authorization")).isEqualTo("Bearer not-needed");
        }
    }
}
