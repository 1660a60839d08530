package org.mojaz.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mojaz.config.Settings;

class LlmModelsTest {

    private static Settings.Llm llm(String provider) {
        return new Settings.Llm(provider, "some-model", "", Duration.ofSeconds(5), 0.2, 1200, 6000, 50, 2000, 3,
                Duration.ofSeconds(60));
    }

    @Test
    void shouldBuildNoChatWhenTheProviderIsNone() {
        assertThat(LlmModels.chat(llm("none"), null, Clock.systemUTC())).isEmpty();
    }

    @Test
    void shouldNameTheEngineByProviderAndModelForEveryProvider() {
        // given / when / then
        for (String provider : new String[] {"openai-compatible", "anthropic", "gemini"}) {
            assertThat(LlmModels.chat(llm(provider), "key", Clock.systemUTC()).orElseThrow().engine())
                    .isEqualTo("llm:" + provider + "/some-model");
        }
    }
}
