package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mojaz.summary.NewsFixtures.API_KEY;
import static org.mojaz.summary.NewsFixtures.SUMMARY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.mojaz.entity.Entity;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.testing.FakeAnthropic;
import org.mojaz.testing.FakeGemini;
import org.mojaz.testing.FakeLlmServer;

class ProvidersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PromptTemplates prompts = PromptTemplates.load(Path.of("no-such-folder"));

    private Digest summarizeWith(String provider, FakeLlmServer server) {
        LlmSummarizer llm = new LlmSummarizer(NewsFixtures.chat(NewsFixtures.llm(provider, server.baseUrl()), API_KEY,
                Clock.systemUTC()).orElseThrow(), prompts, SUMMARY, 6000);
        return llm.summarize(NewsFixtures.english());
    }

    @Test
    void shouldSummarizeThroughAnthropicWithTheSystemPromptApartAndTheKeyInItsHeader() throws Exception {
        try (FakeAnthropic anthropic = new FakeAnthropic()) {
            // given
            anthropic.reply("```json\n" + NewsFixtures.answerForEnglish() + "\n```");

            // when
            Digest d = summarizeWith("anthropic", anthropic);

            // then
            assertThat(d.engine()).isEqualTo("llm:anthropic/test-model");
            assertThat(d.entities()).extracting(Entity::nameEn).contains("Samira Haddad");
            assertThat(anthropic.lastRequest().path()).isEqualTo("/v1/messages");
            assertThat(anthropic.lastRequest().header("x-api-key")).isEqualTo(API_KEY);
            JsonNode body = JSON.readTree(anthropic.lastRequest().body());
            assertThat(body.path("system").toString()).contains("untrusted DATA");
            assertThat(body.path("messages")).hasSize(1);
            assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
            assertThat(body.path("messages").get(0).toString()).contains("<article>");
        }
    }

    @Test
    void shouldSummarizeThroughGeminiAskingForJsonWithTheKeyInAHeaderNotTheUrl() throws Exception {
        try (FakeGemini gemini = new FakeGemini()) {
            // given
            gemini.reply(NewsFixtures.answerForEnglish());

            // when
            Digest d = summarizeWith("gemini", gemini);

            // then
            assertThat(d.engine()).isEqualTo("llm:gemini/test-model");
            assertThat(d.english().summary()).startsWith("Port Halden opened");
            assertThat(gemini.lastRequest().path()).isEqualTo("/v1beta/models/test-model:generateContent");
            assertThat(gemini.lastRequest().header("x-goog-api-key")).isEqualTo(API_KEY);
            JsonNode body = JSON.readTree(gemini.lastRequest().body());
            assertThat(body.path("systemInstruction").toString()).contains("untrusted DATA");
            assertThat(body.path("generationConfig").path("responseMimeType").asText()).isEqualTo("application/json");
            assertThat(body.path("contents").toString()).contains("<article>").doesNotContain("untrusted DATA");
        }
    }
}
