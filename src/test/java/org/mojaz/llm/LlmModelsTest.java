package org.mojaz.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LlmModelsTest {

    private static LlmOptions llm(String provider) {
        return new LlmOptions(provider, "some-model", "", Duration.ofSeconds(5), 0.2, 1200);
    }

    private static CircuitBreaker breaker() {
        return new CircuitBreaker(3, Duration.ofSeconds(60), Clock.systemUTC());
    }

    @Test
    void shouldBuildNoChatWhenTheProviderIsNone() {
        assertThat(LlmModels.chat(llm("none"), null, breaker())).isEmpty();
    }

    @Test
    void shouldNameTheEngineByProviderAndModelForEveryProvider() {
        // given / when / then
        for (String provider : new String[] {"openai-compatible", "anthropic", "gemini"}) {
            assertThat(LlmModels.chat(llm(provider), "key", breaker()).orElseThrow().engine())
                    .isEqualTo("llm:" + provider + "/some-model");
        }
    }
}
